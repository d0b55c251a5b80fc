//go:build unix

package reliability

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReexportReplacesTheMinutes: writing over earlier minutes (an
// ordinary text file) needs no question, and the new file is private and
// whole, with no temporary file left.
func TestReexportReplacesTheMinutes(t *testing.T) {
	data, _ := demoFile(t)
	home, dir := t.TempDir(), t.TempDir()
	out := filepath.Join(dir, "verslag.md")
	os.WriteFile(out, []byte("vorige week\n"), 0o644)
	for range 2 {
		if code, msg := runCLI(t, home, "export", "--data", data, "--out", out); code != 0 {
			t.Fatalf("exit %d:\n%s", code, msg)
		}
	}
	b, _ := os.ReadFile(out)
	if !bytes.Contains(b, []byte("\n# Visie & Participatie (voorbeeld)")) || bytes.Contains(b, []byte("vorige week")) {
		t.Errorf("the minutes were not replaced:\n%.200s", b)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(tmp) > 0 {
		t.Errorf("left behind: %v", tmp)
	}
}

// TestAFailedExportLeavesTheOldMinutesWhole: as an ordinary user whose
// earlier minutes are their own but sit in a folder they may not write in,
// the export fails with the plain message, and the old minutes are whole
// and unchanged, with no half file or temporary file beside them (the new
// text goes to a temporary file in the same folder first, and only a
// rename puts it in place).
func TestAFailedExportLeavesTheOldMinutesWhole(t *testing.T) {
	cred := ordinaryUser(t)
	if cred == nil {
		t.Skip("needs root, to make a folder that the user may not write in")
	}
	dir := userDir(t, cred)
	data := filepath.Join(dir, "werkgroep.db")
	if code, msg := (cliRun{home: dir, user: cred}).run(t, "demo", "--data", data); code != 0 {
		t.Fatalf("demo: %d %s", code, msg)
	}
	shared := filepath.Join(filepath.Dir(dir), "gedeeld") // root's, 0755
	if err := os.Mkdir(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(shared, "verslag.md")
	old := []byte("# Verslag van vorige week\n\nAlles wat toen is gezegd.\n")
	os.WriteFile(out, old, 0o600)
	giveTo(t, cred, out)
	code, msg := (cliRun{home: dir, user: cred}).run(t, "export", "--data", data, "--out", out)
	if code != 1 || !strings.Contains(msg, nl.T("export.cannotwrite", out, "permission denied")) {
		t.Errorf("exit %d:\n%s\nwant exit 1 and the plain message", code, msg)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, old) {
		t.Errorf("the old minutes changed:\n%s", got)
	}
	if entries, _ := os.ReadDir(shared); len(entries) != 1 {
		t.Errorf("%d files in the folder, want only the old minutes", len(entries))
	}
}
