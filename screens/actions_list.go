package screens

import (
	"fmt"
	"strings"

	"werkgroep/sessions"
)

// actionWord is an action's status as a word: never colour alone.
func actionWord(c *Context, st sessions.ActionStatus) string {
	return c.T(fmt.Sprintf("action.%d", st))
}

// nextActionStatus is what space makes of a status: open → gedaan →
// vervallen → open.
func nextActionStatus(st sessions.ActionStatus) sessions.ActionStatus {
	switch st {
	case sessions.ActionOpen:
		return sessions.ActionDone
	case sessions.ActionDone:
		return sessions.ActionDropped
	}
	return sessions.ActionOpen
}

// overdue reports whether a is still open after its date. Dates are
// YYYY-MM-DD, so they compare as strings.
func overdue(a sessions.Action, today string) bool {
	return a.Status == sessions.ActionOpen && a.Due != "" && a.Due < today
}

// earlierOpen picks the actions of sessions before number that are open,
// or that were shown before (seen): an action closed on screen stays in
// view, so that a slip of the space bar can be undone. It adds what it
// picks to seen.
func earlierOpen(all []sessions.Action, numbers map[sessions.ID]int, number int, seen map[sessions.ID]bool) []sessions.Action {
	var out []sessions.Action
	for _, a := range all {
		n, ok := numbers[a.SessionID]
		if ok && n < number && (a.Status == sessions.ActionOpen || seen[a.ID]) {
			seen[a.ID] = true
			out = append(out, a)
		}
	}
	return out
}

// actionList is a list of actions with a cursor, shared by the actions
// screen and the look-back, so that both show and change actions alike.
type actionList struct {
	items []sessions.Action
	cur   cursor
	// names shows an owner; numbers is the session number of a session ID,
	// shown as "uit bijeenkomst N" when origin is on.
	names   map[sessions.ID]string
	numbers map[sessions.ID]int
	origin  bool
}

// set takes a new list, with the cursor on the same action when it is
// still there.
func (l *actionList) set(items []sessions.Action) {
	keep := selectedID(&l.cur, l.items, actionID)
	l.items = items
	keepOn(&l.cur, items, keep, actionID)
}

func (l *actionList) selected() (sessions.Action, bool) {
	if l.cur.Index < len(l.items) {
		return l.items[l.cur.Index], true
	}
	return sessions.Action{}, false
}

// cycle moves the selected action to its next status and stores it.
func (l *actionList) cycle(c *Context) (sessions.Action, error) {
	a, ok := l.selected()
	if !ok {
		return a, nil
	}
	a.Status = nextActionStatus(a.Status)
	if err := c.Store.SaveAction(&a); err != nil {
		return a, err
	}
	l.items[l.cur.Index] = a
	return a, nil
}

// owner says who does a, in words.
func (l *actionList) owner(c *Context, a sessions.Action) string {
	return ownersText(c.Lang, a, l.names)
}

// ownersText is everyone who does a, by names (a participant's label) or
// as typed, separated by commas; "niemand in het bijzonder" for nobody.
func ownersText(c interface{ T(string, ...any) string }, a sessions.Action, names map[sessions.ID]string) string {
	var out []string
	for _, o := range a.Owners {
		switch {
		case o.ParticipantID != 0:
			if n, ok := names[o.ParticipantID]; ok && n != "" {
				out = append(out, n)
			}
		case o.Name != "":
			out = append(out, o.Name)
		}
	}
	if len(out) == 0 {
		return c.T("actions.who.nobody")
	}
	return strings.Join(out, ", ")
}

// line is one action on one line: status in words (and "te laat"), what,
// who, by when, and where it came from.
func (l *actionList) line(c *Context, a sessions.Action, today string) string {
	status := "[" + actionWord(c, a.Status) + "]"
	if overdue(a, today) {
		status = "[" + actionWord(c, a.Status) + ", " + c.T("actions.overdue") + "]"
	}
	if pad := len("[" + actionWord(c, sessions.ActionDropped) + "]"); len([]rune(status)) < pad {
		status += strings.Repeat(" ", pad-len([]rune(status)))
	}
	parts := []string{strings.Join(strings.Fields(a.What), " "), l.owner(c, a)}
	if a.Due != "" {
		parts = append(parts, c.T("actions.due", a.Due))
	}
	if l.origin {
		if n, ok := l.numbers[a.SessionID]; ok {
			parts = append(parts, c.T("actions.from", n))
		}
	}
	return status + " " + strings.Join(parts, " · ")
}

// view renders the visible rows; the selected one has the selection marker when
// the list has the focus. An empty list shows empty instead.
func (l *actionList) view(c *Context, width int, focused bool, empty string) []string {
	s := c.Styles
	if len(l.items) == 0 {
		marker := "  "
		if focused {
			marker = cursorMark
		}
		return []string{s.Subtle.Render(truncate(marker+empty, width))}
	}
	today := c.Now().Format("2006-01-02")
	out := make([]string, 0, l.cur.Bottom()-l.cur.Top)
	for i := l.cur.Top; i < l.cur.Bottom(); i++ {
		a := l.items[i]
		text := l.line(c, a, today)
		switch {
		case focused && i == l.cur.Index:
			out = append(out, s.Selected.Render(truncate(cursorMark+text, width)))
		case overdue(a, today):
			out = append(out, s.Warn.Render(truncate("  "+text, width)))
		case a.Status != sessions.ActionOpen:
			out = append(out, s.Subtle.Render(truncate("  "+text, width)))
		default:
			out = append(out, truncate("  "+text, width))
		}
	}
	return out
}
