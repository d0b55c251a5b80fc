package sessions

import (
	"strings"
	"unicode"
)

// ShownAs is the name as the participant chose to appear under naming n,
// or "" when they chose not to be named. Callers that need a label for an
// unnamed person use a neutral one ("deelnemer 3"), never the name.
func (p Participant) ShownAs(n Naming) string {
	name := strings.Join(strings.Fields(p.Name), " ")
	switch n {
	case FullName:
		return name
	case FirstName:
		if f := strings.Fields(name); len(f) > 0 {
			return f[0]
		}
	case Initials:
		return initials(name)
	}
	return ""
}

// InMinutes is the name for the group's own minutes.
func (p Participant) InMinutes() string { return p.ShownAs(p.Naming) }

// InParagraph is the name for the participatieparagraaf: the more private of
// the two choices, so that a policy document never names more than the
// participant allowed for either.
func (p Participant) InParagraph() string { return p.ShownAs(MorePrivate(p.Naming, p.Paragraph)) }

// MorePrivate returns the choice that shows less of a name.
func MorePrivate(a, b Naming) Naming {
	if a > b {
		return a
	}
	return b
}

// initials turns "Elsje van Dijk" into "E.v.D.": every word's first letter,
// with a dot; Dutch tussenvoegsels keep their lower case.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if !unicode.IsLetter(r[0]) {
			continue
		}
		b.WriteRune(r[0])
		b.WriteByte('.')
	}
	return b.String()
}

// ParagraphDefault is where a new person's choice for the
// participatieparagraaf starts: their choice for the minutes, one step
// more private, since a policy document goes further than the group's own
// minutes. They can choose anything else.
func ParagraphDefault(minutes Naming) Naming {
	if minutes >= NotNamed {
		return NotNamed
	}
	return minutes + 1
}
