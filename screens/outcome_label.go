package screens

import (
	"time"

	"werkgroep/sessions"
)

// authors labels who said something the way the session screen does: the
// name as entered, marked where the minutes show less of it (names.go),
// "de groep", or nothing. The outcome form and the review screen share it.
type authors struct {
	byID  map[sessions.ID]string
	group string
}

func newAuthors(c *Context, people []sessions.Participant) authors {
	a := authors{byID: make(map[sessions.ID]string, len(people)), group: c.T("group")}
	for _, p := range people {
		a.byID[p.ID] = onScreen(c, p)
	}
	return a
}

// of is the label of c's author, or "" when it is not attributed.
func (a authors) of(c sessions.Contribution) string {
	if c.ByGroup {
		return a.group
	}
	if c.ParticipantID == 0 {
		return ""
	}
	return a.byID[c.ParticipantID]
}

// outcomeWord is an outcome in words: "deels overgenomen".
func outcomeWord(c *Context, o sessions.Outcome) string {
	if !o.Valid() {
		o = sessions.OutcomeOpen
	}
	return c.T("outcome." + itoa(int(o)))
}

// when is a moment in the chrome's language, in the local time zone.
func when(c *Context, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(c.T("oc.layout"))
}
