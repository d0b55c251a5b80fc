package screens

import (
	"testing"

	"werkgroep/sessions"
)

// TestSessionThatCannotBeReadGoesBack: when the session cannot be read at
// its first load (a damaged page in the file, or removed by another
// program), the screen does not stay empty and deaf to every key but esc
// and q: it goes back, with the message in the status line.
func TestSessionThatCannotBeReadGoesBack(t *testing.T) {
	ctx, w := testContext(t)
	lastNav = nil
	s := NewSessionScreen(ctx, w.ID, sessions.ID(9999))
	drive(t, s, s.Init()())
	if !meetingNavHas("error") {
		t.Errorf("no message for a session that cannot be read: %v", lastNav)
	}
	if !meetingNavHas("pop") {
		t.Errorf("the screen stays open, empty, on a session that cannot be read: %v", lastNav)
	}
}
