package screens

import (
	"time"

	"werkgroep/sessions"
)

// authors labels who said something the way the session screen does: as
// each participant chose for the group's own minutes, a neutral "deelnemer
// N" (N their place in the list of participants) for people who chose not
// to be named, "de groep", or nothing. The outcome form and the review
// screen share it, so a name is shown nowhere the person did not allow.
type authors struct {
	byID  map[sessions.ID]string
	group string
}

func newAuthors(c *Context, people []sessions.Participant) authors {
	a := authors{byID: make(map[sessions.ID]string, len(people)), group: c.T("group")}
	for i, p := range people {
		name := p.InMinutes()
		if name == "" {
			name = c.T("unnamed", i+1)
		}
		a.byID[p.ID] = name
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
