package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// ChangedMsg tells a screen that another program changed the data file,
// so that it reloads what it shows (STYLE.md rule 12). The root gives it
// to every screen on its stack, not only the top one, so that going back
// shows the new state too. A screen keeps what is being typed, an open
// form, and its cursor on the same record (keepOn); it must not navigate.
type ChangedMsg struct{}

// feedMsg is one value from the program's change feed. The root turns it
// into ChangedMsg for the screens and waits for the next one; only this
// message re-issues the wait, so a ChangedMsg sent by a test or another
// part of the program never starts a second waiter.
type feedMsg struct{}

// waitForChange is a command that waits for the feed's next value, as
// glow streams long work through a command that re-issues itself. A nil
// or closed feed ends the wait.
func waitForChange(feed <-chan struct{}) tea.Cmd {
	if feed == nil {
		return nil
	}
	return func() tea.Msg {
		if _, ok := <-feed; !ok {
			return nil
		}
		return feedMsg{}
	}
}

// keepOn puts c back on the row whose ID is id after rows were reloaded,
// so that a change made elsewhere (a row added above it, another removed)
// does not move the selection to another record. When the row is gone,
// the cursor stays at its place in the list.
func keepOn[T any](c *cursor, rows []T, id sessions.ID, idOf func(T) sessions.ID) {
	c.SetLen(len(rows))
	if id == 0 {
		return
	}
	for i, r := range rows {
		if idOf(r) == id {
			c.To(i)
			return
		}
	}
}

// selectedID is the ID of the row under c, or zero.
func selectedID[T any](c *cursor, rows []T, idOf func(T) sessions.ID) sessions.ID {
	if c.Index >= 0 && c.Index < len(rows) {
		return idOf(rows[c.Index])
	}
	return 0
}
