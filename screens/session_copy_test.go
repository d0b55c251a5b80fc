package screens

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// copies are the names in the data file's copy folder.
func copies(t *testing.T, ctx *Context) []string {
	t.Helper()
	entries, err := os.ReadDir(store.CopiesDir(ctx.Store.Path()))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// TestStartingASessionKeepsACopy: s in the list starts the session and,
// off the update path, keeps a copy of the file, said in the status line;
// reopening a finished session does not make another.
func TestStartingASessionKeepsACopy(t *testing.T) {
	s, ctx := openSession(t, 1)
	press(t, s, "esc")
	_, cmd := s.Update(keyMsg("s"))
	if got := copies(t, ctx); len(got) != 0 {
		t.Fatalf("the copy was made inside Update, where it would hold up the screen: %v", got)
	}
	lastNav = nil
	runCmd(t, s, cmd, 0)
	name := "2026-11-22-100000-visie-participatie-bijeenkomst-1.db"
	if got := copies(t, ctx); len(got) != 1 || got[0] != name {
		t.Fatalf("copies %v, want %s", got, name)
	}
	want := ctx.T("session.status.now", ctx.T("status.1")) + " " + ctx.T("copy.made", filepath.Join("w.db.backups", name))
	if !strings.Contains(statusTexts(), want) {
		t.Errorf("status lines:\n%s\nwant %q", statusTexts(), want)
	}
	if fi, _ := os.Stat(filepath.Join(store.CopiesDir(ctx.Store.Path()), name)); fi.Mode().Perm() != 0o600 {
		t.Errorf("copy mode %v, want 0600", fi.Mode().Perm())
	}
	press(t, s, "s", "s", "s") // done (asked, confirmed), then reopened
	if se, _ := ctx.Store.Session(s.session.ID); se.Status != sessions.Running {
		t.Fatalf("status %v, want running again", se.Status)
	}
	if got := copies(t, ctx); len(got) != 1 {
		t.Errorf("reopening made another copy: %v", got)
	}
}

// TestFirstEntryStartsTheSessionWithACopy: the first entry in a planned
// session starts it; the copy is made then and holds that entry.
func TestFirstEntryStartsTheSessionWithACopy(t *testing.T) {
	s, ctx := openSession(t, 2)
	typeText(t, s, "Eerst luisteren")
	lastNav = nil
	press(t, s, "enter")
	got := copies(t, ctx)
	if len(got) != 1 || !strings.HasSuffix(got[0], "-bijeenkomst-2.db") {
		t.Fatalf("copies %v, want one of session 2", got)
	}
	if !strings.Contains(statusTexts(), ctx.T("copy.made", "")) {
		t.Errorf("no word of the copy in the status line: %q", statusTexts())
	}
	cp, err := store.Open(filepath.Join(store.CopiesDir(ctx.Store.Path()), got[0]))
	if err != nil {
		t.Fatal(err)
	}
	if cs, _ := cp.Contributions(s.session.ID); len(cs) != 1 {
		t.Errorf("the copy holds %d entries, want the first one", len(cs))
	}
	cp.Close()
	typeText(t, s, "En dan nog iets")
	press(t, s, "enter")
	if got := copies(t, ctx); len(got) != 1 {
		t.Errorf("a second entry made another copy: %v", got)
	}
}

// TestDetailsStartingASessionKeepsACopy: planned → running in the session
// details keeps a copy too.
func TestDetailsStartingASessionKeepsACopy(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 3)
	lastNav = nil
	s := meetingOpen(t, NewSessionDetails(ctx, se.ID), 80, 21)
	press(t, s, "enter", "enter", "enter", "down", "enter")
	if got, _ := ctx.Store.Session(se.ID); got.Status != sessions.Running {
		t.Fatalf("status %v, want running", got.Status)
	}
	if got := copies(t, ctx); len(got) != 1 || !strings.HasSuffix(got[0], "-bijeenkomst-3.db") {
		t.Errorf("copies %v, want one of session 3", got)
	}
	if !strings.Contains(statusTexts(), ctx.T("copy.made", "")) {
		t.Errorf("no word of the copy in the status line: %q", statusTexts())
	}
}

// TestACopyThatFailsDoesNotStopTheSession: with a file where the folder
// should be, the session starts all the same, and the status line says
// plainly that no copy was made (a status, not an error).
func TestACopyThatFailsDoesNotStopTheSession(t *testing.T) {
	s, ctx := openSession(t, 1)
	os.WriteFile(store.CopiesDir(ctx.Store.Path()), []byte("in de weg"), 0o600)
	press(t, s, "esc")
	lastNav = nil
	press(t, s, "s")
	if se, _ := ctx.Store.Session(s.session.ID); se.Status != sessions.Running {
		t.Errorf("status %v, want running", se.Status)
	}
	got := statusTexts()
	if !strings.Contains(got, strings.SplitN(ctx.T("copy.failed", "x"), "(", 2)[0]) || strings.Contains(got, "error:") {
		t.Errorf("status lines: %q", got)
	}
}
