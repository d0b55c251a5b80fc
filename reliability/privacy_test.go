//go:build unix

package reliability

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestRemovedParticipantIsGoneEverywhere removes a participant through
// the participants screen of the real program, choosing to delete what
// they said. Right after (the program still running, the file open) and
// after quitting: none of their words is in the raw bytes of the data
// file, its WAL or its shared-memory file; an export made while the
// program runs does not show them; and everyone else's words are still
// there. Their half-typed text, kept as drafts, is gone too.
// (store.TestRemovedWordsAreGoneFromTheFile does the same for
// "keep the words, without the name", with a second program open.)
func TestRemovedParticipantIsGoneEverywhere(t *testing.T) {
	f := newFixture(t)
	st, err := store.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	gone := sessions.Participant{WerkgroepID: f.werkgroep.ID, Name: "Xandria Quenelle", About: "woont aan de Zwavelkade", Naming: sessions.FullName}
	if err := st.SaveParticipant(&gone); err != nil {
		t.Fatal(err)
	}
	se := f.sessions[0]
	var others []string
	for i := range 120 {
		c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[i%len(se.Steps)].ID}
		if i%4 == 0 {
			c.ParticipantID, c.Text = gone.ID, fmt.Sprintf("Quokkageheim %d: mijn schuld bij de Zwavelbank", i)
		} else {
			c.ParticipantID, c.Text = f.people[i%3].ID, fmt.Sprintf("gewone inbreng %d", i)
			others = append(others, c.Text)
		}
		if err := st.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		if c.ParticipantID == gone.ID && i%8 == 0 {
			st.SetOutcome(c.ID, sessions.PartlyAdopted, "Quokkanotitie: deels, om de Zwavelbank")
		}
	}
	st.SavePlacement(&sessions.Placement{SessionID: se.ID, ParticipantID: gone.ID, Dimension: 2, Now: 3, Wish: 6, Example: "Zwavelvoorbeeld"})
	// Their half-typed words, kept by an earlier program that has ended.
	st.SaveDraft(sessions.Draft{Key: fmt.Sprintf("capture/%d/%d/%d/p%d/0", f.werkgroep.ID, se.ID, se.Steps[0].ID, gone.ID),
		Text: "Quokkaklad: wat ik nog wilde zeggen", Author: gone.ID})
	st.SaveDraft(sessions.Draft{Key: fmt.Sprintf("schema/%d/%d/%d/2", f.werkgroep.ID, se.ID, gone.ID),
		Text: "Zwavelschets bij het schema", Author: gone.ID, Placement: true})
	st.Close()
	secrets := []string{"Xandria", "Quenelle", "Quokkageheim", "Quokkanotitie", "Zwavelkade", "Zwavelbank", "Zwavelvoorbeeld", "Quokkaklad", "Zwavelschets"}

	tm := start(t, termOpts{args: []string{"--data", f.path}})
	tm.waitFor("Buurtwerk", 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	tm.send("p")
	tm.waitFor("Xandria Quenelle", 5*time.Second)
	for range len(f.people) {
		tm.send("\x1b[B") // down to the fourth participant
		time.Sleep(30 * time.Millisecond)
	}
	tm.waitFor("» Xandria", 2*time.Second)
	tm.send("x")
	tm.waitFor(nl.T("people.remove.title", gone.Name), 5*time.Second)
	tm.send("v") // delete what they said
	time.Sleep(50 * time.Millisecond)
	tm.send("j")
	tm.waitFor(nl.T("people.removed", gone.Name), 5*time.Second)

	rawSearch(t, f.path, secrets, "while the program runs")
	out := filepath.Join(t.TempDir(), "verslag.md")
	if code, msg := runCLI(t, t.TempDir(), "export", "--data", f.path, "--out", out); code != 0 {
		t.Fatalf("export: %d %s", code, msg)
	}
	md, _ := os.ReadFile(out)
	for _, s := range secrets {
		if strings.Contains(string(md), s) {
			t.Errorf("the export still shows %q", s)
		}
	}
	for _, o := range others {
		if !strings.Contains(string(md), o) {
			t.Errorf("the export lost someone else's words: %q", o)
			break
		}
	}
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	rawSearch(t, f.path, secrets, "after quitting")
	integrity(t, f.path)
	if got := texts(t, f.path, se.ID); len(got) != len(others) {
		t.Errorf("%d contributions left, want the %d of the others", len(got), len(others))
	}
}

// rawSearch fails when any of words is in the raw bytes of the data file
// or the files SQLite keeps beside it.
func rawSearch(t *testing.T, path string, words []string, when string) {
	t.Helper()
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		b, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words {
			if i := bytes.Index(b, []byte(w)); i >= 0 {
				t.Errorf("%s: %q is still in %s at byte %d", when, w, filepath.Base(p), i)
			}
		}
	}
}

// TestEverythingWrittenIsPrivate: the data file (and its WAL and shared
// memory), the folder made for it, every export (Markdown, its SVG
// charts, HTML) and a backup are readable by their owner only from the
// moment they exist, whatever the umask.
func TestEverythingWrittenIsPrivate(t *testing.T) {
	// The most permissive umask, inherited by the program: only modes
	// the program chooses itself keep the files private.
	defer syscall.Umask(syscall.Umask(0))
	home := t.TempDir()
	// The default file, whose folder the program makes (a folder named
	// with --data must exist: a missing one is taken for a typo).
	dir := filepath.Join(home, "data", "werkgroep")
	data := filepath.Join(dir, "werkgroep.db")
	if code, msg := runCLI(t, home, "demo"); code != 0 {
		t.Fatalf("demo: %d %s", code, msg)
	}
	outDir := t.TempDir()
	for _, args := range [][]string{
		{"export", "--data", data, "--out", filepath.Join(outDir, "verslag.md")},
		{"export", "--data", data, "--out", filepath.Join(outDir, "verslag.html")},
		{"backup", "--data", data, "--out", filepath.Join(outDir, "kopie.db")},
	} {
		if code, msg := runCLI(t, home, args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, msg)
		}
	}
	// The program itself, for the WAL and shared-memory files it keeps
	// while running.
	tm := start(t, termOpts{home: home, args: []string{"--data", data}})
	tm.waitFor("Visie & Participatie", 5*time.Second)
	check := func(p string, want fs.FileMode) {
		t.Helper()
		fi, err := os.Stat(p)
		if err != nil {
			t.Error(err)
			return
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v", p, fi.Mode().Perm(), want)
		}
	}
	check(dir, 0o700)
	for _, p := range []string{data, data + "-wal", data + "-shm"} {
		check(p, 0o600)
	}
	written, _ := filepath.Glob(filepath.Join(outDir, "*"))
	var svgs int
	for _, p := range written {
		check(p, 0o600)
		if strings.HasSuffix(p, ".svg") {
			svgs++
		}
	}
	if len(written) < 4 || svgs == 0 {
		t.Errorf("expected Markdown, HTML, SVG charts and a backup, got %v", written)
	}
	tm.send(keyCtrlC)
	tm.wait(5 * time.Second)
}
