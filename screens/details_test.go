package screens

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// meetingOpen sizes s and runs its Init like the program loop would.
func meetingOpen(t *testing.T, s Screen, w, h int) Screen {
	t.Helper()
	s.SetSize(w, h)
	return runCmd(t, s, s.Init(), 0)
}

// meetingPaste pastes text into the focused field. Typing rune by rune
// works too, but every key then waits for huh's cursor blink.
func meetingPaste(t *testing.T, s Screen, text string) Screen {
	t.Helper()
	return drive(t, s, tea.PasteMsg{Content: text})
}

// meetingFits checks that a rendered view stays inside w × h cells.
func meetingFits(t *testing.T, s Screen, w, h int) string {
	t.Helper()
	out := render(s, w, h)
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Errorf("%d×%d: %d lines:\n%s", w, h, len(lines), out)
	}
	for _, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("%d×%d: line wider than %d: %q", w, h, w, l)
		}
	}
	return out
}

func meetingSession(t *testing.T, ctx *Context, w sessions.Werkgroep, n int) sessions.Session {
	t.Helper()
	all, err := ctx.Store.Sessions(w.ID)
	if err != nil || len(all) < n {
		t.Fatalf("sessions: %v (%d)", err, len(all))
	}
	return all[n-1]
}

func meetingNavHas(kind string) bool {
	for _, m := range lastNav {
		switch m.(type) {
		case PopMsg:
			if kind == "pop" {
				return true
			}
		case StatusMsg:
			if kind == "status" {
				return true
			}
		case ErrorMsg:
			if kind == "error" {
				return true
			}
		}
	}
	return false
}

func TestDetailsSavesAndRejectsABadDate(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 2)
	lastNav = nil
	s := meetingOpen(t, NewSessionDetails(ctx, se.ID), 80, 21)
	if !s.Typing() {
		t.Fatal("the form should have the keys")
	}
	if !strings.Contains(plain(s.View()), "2026-11-22") {
		t.Error("today's date should be offered as a hint")
	}
	s = press(t, s, "enter") // keep the title
	s = meetingPaste(t, s, "32-13-2026")
	s = press(t, s, "enter")
	if v := plain(s.View()); !strings.Contains(v, "Deze datum klopt niet") {
		t.Errorf("no message for a bad date:\n%s", v)
	}
	if meetingNavHas("pop") {
		t.Fatal("a bad date must not close the form")
	}
	for range len("32-13-2026") {
		s, _ = s.Update(keyMsg("backspace"))
	}
	s = meetingPaste(t, s, "2026-12-03")
	s = press(t, s, "enter")
	s = meetingPaste(t, s, "Buurthuis\x1b[31m De Pijp")
	press(t, s, "enter", "down", "enter") // planned → running, save
	got, err := ctx.Store.Session(se.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Date != "2026-12-03" || got.Place != "Buurthuis De Pijp" || got.Status != sessions.Running || got.Title != se.Title {
		t.Errorf("stored %+v", got)
	}
	if !meetingNavHas("pop") || !meetingNavHas("status") {
		t.Errorf("saving should close the form with a notice: %v", lastNav)
	}
}

func TestDetailsReopensADoneSession(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	se.Status = sessions.Done
	if err := ctx.Store.UpdateSession(&se); err != nil {
		t.Fatal(err)
	}
	s := meetingOpen(t, NewSessionDetails(ctx, se.ID), 80, 21)
	press(t, s, "enter", "enter", "enter", "up", "enter")
	got, _ := ctx.Store.Session(se.ID)
	if got.Status != sessions.Running {
		t.Errorf("status %v, want running (reopened)", got.Status)
	}
}

func TestDetailsEscChangesNothing(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	lastNav = nil
	s := meetingOpen(t, NewSessionDetails(ctx, se.ID), 80, 21)
	s = meetingPaste(t, s, " erbij")
	press(t, s, "esc")
	got, _ := ctx.Store.Session(se.ID)
	if got.Title != se.Title {
		t.Errorf("esc stored %q", got.Title)
	}
	if !meetingNavHas("pop") {
		t.Error("esc should go back")
	}
}

func TestDetailsFitsTheWindow(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	s := meetingOpen(t, NewSessionDetails(ctx, se.ID), 80, 24)
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {40, 7}} {
		meetingFits(t, s, sz[0], sz[1])
	}
	// with a problem showing, too
	s.SetSize(40, 12)
	s = press(t, s, "enter")
	s = meetingPaste(t, s, "volgende week")
	s = press(t, s, "enter")
	if out := meetingFits(t, s, 40, 12); !strings.Contains(out, "!") {
		t.Errorf("the problem should show at 40×12:\n%s", out)
	}
}
