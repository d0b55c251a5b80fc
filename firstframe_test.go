package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/i18n"
	"werkgroep/store"
)

// TestStartingShowsHomeOnItsFirstView: Init opens the file and reads the
// home list, so the first view (the one Bubble Tea renders right after
// Init) already shows the list, not an empty screen.
func TestStartingShowsHomeOnItsFirstView(t *testing.T) {
	path := demoFile(t)
	m := &starting{path: path, lang: i18n.For("nl")}
	m.Init()
	s := m.s
	if s.err != nil || s.guard == nil || s.st == nil {
		t.Fatalf("start: %+v", s)
	}
	defer s.st.Close()
	next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if next != tea.Model(s.guard) {
		t.Errorf("after the first message the model is %T, want the guard", next)
	}
	screen := ansi.Strip(m.View().Content)
	if !strings.Contains(screen, "Visie & Participatie") {
		t.Errorf("the first view does not show the werkgroep:\n%s", screen)
	}
	// No character on the home screen may make the renderer build its
	// width table before the first frame (warmWidths, cursorMark).
	for _, r := range screen {
		if r >= 0x300 {
			t.Errorf("the home screen shows %q (U+%04X): the first frame would wait for go-runewidth's table", r, r)
		}
	}
}

// TestStartingThatFailedQuits: when the start fails (here: the place of
// the file's WAL is taken by a folder, which store.Check cannot see), Init
// quits the program at once and nothing is drawn; the error is kept for
// runTUI to explain after the terminal is given back.
func TestStartingThatFailedQuits(t *testing.T) {
	path := demoFile(t)
	if err := os.Mkdir(path+"-wal", 0o700); err != nil {
		t.Fatal(err)
	}
	m := initQuits(t, path)
	var oe *store.OpenError
	if !errors.As(m.s.err, &oe) || oe.Problem != store.CannotWrite {
		t.Errorf("error %v, want the file that cannot be written", m.s.err)
	}
	if m.s.st != nil || m.s.guard != nil {
		t.Error("a failed start left a store or a model")
	}
	if v := m.View(); v.Content != "" || v.AltScreen {
		t.Errorf("a failed start draws %q (alternate screen %v)", v.Content, v.AltScreen)
	}
	if next, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"}); next != tea.Model(m) || cmd != nil {
		t.Error("a key after a failed start did something")
	}
}

// TestStartingThatPanicked: a panic in the start-up itself ends like a
// panic under the guard: the program quits without drawing, the store is
// closed, and what is kept is a crash report without the panic's value
// (it may hold what people typed; here it holds the file's path).
func TestStartingThatPanicked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	t.Setenv("WERKGROEP_CRASH_TEST", "start")
	m := initQuits(t, path)
	c := m.s.crash
	if c == nil || m.s.err != nil || m.s.st != nil || m.s.guard != nil {
		t.Fatalf("start: %+v", m.s)
	}
	if c.Where != "start" || c.Message != "" || !strings.Contains(string(c.Stack), "firstframe.go:") {
		t.Errorf("crash: where %q, message %q, stack:\n%s", c.Where, c.Message, c.Stack)
	}
	if text := string(c.Text()); strings.Contains(text, "must not be written") || strings.Contains(text, path) {
		t.Errorf("the report holds the panic's value:\n%s", text)
	}
	if v := m.View(); v.Content != "" {
		t.Errorf("a failed start draws %q", v.Content)
	}
	// The store was opened and closed again: another can open the file.
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
}

// demoFile is a data file with the small demo in it.
func demoFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.db")
	var out, errb strings.Builder
	if code := run([]string{"demo", "--data", path}, &out, &errb); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errb.String())
	}
	return path
}

// initQuits starts the program's first model on path and checks that its
// Init quits at once.
func initQuits(t *testing.T, path string) *starting {
	t.Helper()
	m := &starting{path: path, lang: i18n.For("nl")}
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("Init returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("Init does not quit")
	}
	return m
}
