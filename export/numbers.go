package export

import (
	"strconv"

	"werkgroep/sessions"
)

// number writes a count as people read it in the werkgroep's language:
// with a thousands separator, "10.400" in Dutch and "10,400" in English.
func number(l sessions.Lang, n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	sep := byte('.')
	if l == sessions.English {
		sep = ','
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, sep)
		}
		out = append(out, s[i])
	}
	return string(out)
}

// num is number in the minutes' language.
func (m *minutes) num(n int) string { return number(m.w.Lang, n) }
