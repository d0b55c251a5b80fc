package screens

import (
	"strings"

	"werkgroep/sessions"
)

// Two people who both show as "Martin" in the minutes cannot be told
// apart by the group that reads them. Saving such a second person warns
// (as a status line: the person is stored as chosen) and suggests a choice
// that gives a label nobody else has.

// clashWith is someone else whose minutes label equals x's, ignoring case.
func clashWith(x sessions.Participant, people []sessions.Participant) (sessions.Participant, bool) {
	mine := strings.ToLower(x.InMinutes())
	if mine == "" {
		return sessions.Participant{}, false
	}
	for _, p := range people {
		if p.ID != x.ID && strings.ToLower(p.InMinutes()) == mine {
			return p, true
		}
	}
	return sessions.Participant{}, false
}

// clashFree is the most visible choice for x whose label nobody else has;
// "niet genoemd" when every named choice clashes.
func clashFree(x sessions.Participant, people []sessions.Participant) sessions.Naming {
	for _, n := range sessions.Namings {
		y := x
		y.Naming = n
		if _, clash := clashWith(y, people); !clash {
			return n
		}
	}
	return sessions.NotNamed
}

// clashWarning is the status line for saving x among people, or "" when
// x's label is their own; short, as a status line is one line at 80
// columns.
func clashWarning(c *Context, x sessions.Participant, people []sessions.Participant) string {
	other, clash := clashWith(x, people)
	if !clash {
		return ""
	}
	return c.T("people.clash", x.InMinutes(), other.Name, c.T("naming."+itoa(int(clashFree(x, people)))))
}
