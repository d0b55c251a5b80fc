package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/i18n"
)

// TestStartingShowsHomeOnItsFirstView: the file is opened and the home
// list read in the background, and the first view (the one Bubble Tea
// draws right after Init) already shows the list, not an empty screen.
func TestStartingShowsHomeOnItsFirstView(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	var out, errb strings.Builder
	if code := run([]string{"demo", "--data", path}, &out, &errb); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errb.String())
	}
	m := &starting{ready: startInBackground(path, i18n.For("nl"))}
	m.Init()
	s := m.result()
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

// TestStartingThatFailedQuits: when the background start failed, Init
// quits the program at once and nothing is drawn; the error is kept for
// runTUI to explain after the terminal is given back.
func TestStartingThatFailedQuits(t *testing.T) {
	ready := make(chan startup, 1)
	failed := errors.New("kapot")
	ready <- startup{err: failed}
	m := &starting{ready: ready}
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("Init returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("Init does not quit")
	}
	if v := m.View(); v.Content != "" || v.AltScreen {
		t.Errorf("a failed start draws %q (alternate screen %v)", v.Content, v.AltScreen)
	}
	if next, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"}); next != tea.Model(m) || cmd != nil {
		t.Error("a key after a failed start did something")
	}
	if !errors.Is(m.result().err, failed) {
		t.Errorf("error %v, want %v", m.result().err, failed)
	}
}

// TestStartingResultWithoutInit: when Bubble Tea cannot take the terminal
// it never calls Init; runTUI still gets the store, to close it.
func TestStartingResultWithoutInit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nieuw.db")
	m := &starting{ready: startInBackground(path, i18n.For("en"))}
	s := m.result()
	if s.err != nil || s.st == nil {
		t.Fatalf("start: %+v", s)
	}
	if err := s.st.Close(); err != nil {
		t.Error(err)
	}
}
