//go:build unix

package reliability

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// startSession opens the werkgroep on home, the session the overview
// offers (all are planned: the first), and stores a first entry there: the
// session starts.
func startSession(t *testing.T, tm *term, text string) {
	t.Helper()
	tm.waitFor("» Buurtwerk", 10*time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("session.input"), 5*time.Second)
	tm.paste(text)
	tm.waitFor(text, 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(captured(1), 5*time.Second)
}

// TestASessionStartsWithACopy: the real program, on the first entry in a
// planned session, keeps a copy of the file beside it (folder 0700, file
// 0600, named after the werkgroep and the session), says so in the status
// line, and the copy is a sound werkgroep file.
func TestASessionStartsWithACopy(t *testing.T) {
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	startSession(t, tm, "Eerst luisteren, dan oplossen")
	tm.waitFor(say("copy.made"), 10*time.Second)
	dir := store.CopiesDir(f.path)
	copies, _ := filepath.Glob(filepath.Join(dir, "*-buurtwerk-bijeenkomst-1.db"))
	if len(copies) != 1 {
		entries, _ := os.ReadDir(dir)
		t.Fatalf("copies %v; the folder holds %v", copies, entries)
	}
	if !strings.Contains(tm.screen(), filepath.Join(filepath.Base(dir), filepath.Base(copies[0]))) {
		t.Errorf("the status line does not name the copy:\n%s", tm.screen())
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(copies[0]); fi.Mode().Perm() != 0o600 {
		t.Errorf("copy mode %v, want 0600", fi.Mode().Perm())
	}
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	integrity(t, copies[0])
	if got := texts(t, copies[0], f.sessions[0].ID); len(got) != 1 {
		t.Errorf("the copy holds %v, want the first entry", got)
	}
}

// TestACopyThatCannotBeMadeDoesNotStopTheSession: run as an ordinary user
// whose copy folder belongs to someone else, the session starts all the
// same, the entry is stored, and the status line says plainly that no copy
// was made.
func TestACopyThatCannotBeMadeDoesNotStopTheSession(t *testing.T) {
	cred := ordinaryUser(t)
	if cred == nil {
		t.Skip("needs root, to make a folder that the user may not write in")
	}
	dir := userDir(t, cred)
	data := filepath.Join(dir, "werkgroep.db")
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	w := sessions.Werkgroep{Name: "Buurtwerk"}
	if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := st.Sessions(w.ID)
	st.Close()
	giveTo(t, cred, data)
	if err := os.Mkdir(store.CopiesDir(data), 0o700); err != nil { // root's own
		t.Fatal(err)
	}

	tm := start(t, termOpts{args: []string{"--data", data}, home: dir, user: cred})
	startSession(t, tm, "Ook zonder kopie gaat het door")
	tm.waitFor(say("copy.failed"), 10*time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	if got := texts(t, data, ss[0].ID); len(got) != 1 {
		t.Errorf("stored %v, want the entry", got)
	}
	st, err = store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if se, _ := st.Session(ss[0].ID); se.Status != sessions.Running {
		t.Errorf("status %v, want running", se.Status)
	}
}
