package main

import (
	"bytes"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestBackupWhileOpen copies a file that another handle is writing to and
// has not checkpointed: what is only in the WAL must be in the copy too.
func TestBackupWhileOpen(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "w.db")
	live, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	w := sessions.Werkgroep{Name: "Buurtwerk"}
	if err := live.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := live.Sessions(w.ID)
	var texts []string
	for i := range 40 {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, Text: "bijdrage " + strings.Repeat("x", i)}
		if err := live.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, c.Text)
	}
	if fi, err := os.Stat(data + "-wal"); err != nil || fi.Size() == 0 {
		t.Fatalf("expected the contributions in the WAL still (%v)", err)
	}

	out := filepath.Join(dir, "kopie.db")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"backup", "--lang", "nl", "--data", data, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), out) {
		t.Errorf("stdout does not name the copy: %q", stdout.String())
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("copy has mode %v, want 0600", fi.Mode().Perm())
	}
	cp, err := store.Open(out)
	if err != nil {
		t.Fatalf("the copy does not open as a werkgroep file: %v", err)
	}
	defer cp.Close()
	got, err := cp.Contributions(ss[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(texts) {
		t.Fatalf("copy has %d contributions, want %d", len(got), len(texts))
	}
	for i, c := range got {
		if c.Text != texts[i] {
			t.Errorf("contribution %d: %q, want %q", i, c.Text, texts[i])
		}
	}
}

func TestBackupNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "w.db")
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	out := filepath.Join(dir, "belangrijk.txt")
	body := []byte("iets wat er al stond\n")
	os.WriteFile(out, body, 0o644)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"backup", "--lang", "en", "--data", data, "--out", out}, &stdout, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "already a file") || !strings.Contains(stderr.String(), out) {
		t.Errorf("message %q", stderr.String())
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, body) {
		t.Error("the existing file was changed")
	}
	// the data file itself is never a destination either
	if err := reopen(t, data).Backup(data); err == nil {
		t.Error("Backup onto the data file itself succeeded")
	}
}

func TestBackupOfAMissingOrForeignFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "kopie.db")
	var stdout, stderr bytes.Buffer
	missing := filepath.Join(dir, "tikfout.db")
	if code := run([]string{"backup", "--lang", "en", "--data", missing, "--out", out}, &stdout, &stderr); code != 1 {
		t.Errorf("missing data: exit %d, want 1", code)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("backup made a new data file")
	}
	foreign := filepath.Join(dir, "notes.txt")
	body := []byte(strings.Repeat("boodschappen\n", 50))
	os.WriteFile(foreign, body, 0o644)
	sum := sha256.Sum256(body)
	stderr.Reset()
	if code := run([]string{"backup", "--lang", "en", "--data", foreign, "--out", out}, &stdout, &stderr); code != 1 {
		t.Errorf("foreign data: exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "not a werkgroep file") {
		t.Errorf("message %q", stderr.String())
	}
	if got, _ := os.ReadFile(foreign); sha256.Sum256(got) != sum {
		t.Error("the foreign file was changed")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a copy was written of a file that is not ours")
	}
	stderr.Reset()
	if code := run([]string{"backup", "--lang", "en", "--data", foreign}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "--out") {
		t.Errorf("no --out: exit %d, %q", code, stderr.String())
	}
}

func reopen(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
