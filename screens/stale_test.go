package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// TestALoadFromBeforeAnOwnWriteIsNotApplied: another program's entry
// makes the session reload; while that load is under way, the note-taker
// stores an entry of their own. The load read the file before that entry,
// so applying it would take the entry off the screen (and the change feed
// never reports the program's own write, so nothing would bring it back).
// The screen loads again instead, and shows both.
func TestALoadFromBeforeAnOwnWriteIsNotApplied(t *testing.T) {
	s, ctx := openSession(t, 1)
	other := sessions.Contribution{SessionID: s.session.ID, StepID: s.session.Steps[0].ID, Text: "van de andere laptop"}
	if err := ctx.Store.AddContribution(&other); err != nil {
		t.Fatal(err)
	}
	early := s.load() // the reload the change feed asked for, read now
	typeText(t, s, "van deze laptop")
	press(t, s, "enter")
	drive(t, s, early)
	v := render(s, 100, 30)
	if !strings.Contains(v, "van deze laptop") || !strings.Contains(v, "van de andere laptop") || !strings.Contains(v, "Vastgelegd: 2") {
		t.Fatalf("after a load from before its own entry the screen should show both entries:\n%s", v)
	}
}

// TestEnterInASessionWithoutSteps keeps the text and says what to do,
// instead of SQLite's "FOREIGN KEY constraint failed".
func TestEnterInASessionWithoutSteps(t *testing.T) {
	ctx, w := testContext(t)
	se, err := ctx.Store.AddSession(w.ID, "Extra")
	if err != nil {
		t.Fatal(err)
	}
	s := newSessionScreen(ctx, w.ID, se.ID)
	s.SetSize(100, 30)
	lastNav = nil
	drive(t, s, s.Init()())
	typeText(t, s, "toch iets gezegd")
	press(t, s, "enter")
	if got := statusText(); !strings.Contains(got, ctx.T("session.nosteps")) || strings.Contains(got, "FOREIGN") {
		t.Errorf("status %q, want the plain notice", got)
	}
	if s.capture.input.Value() != "toch iets gezegd" {
		t.Errorf("the text should stay in the input, it is %q", s.capture.input.Value())
	}
}
