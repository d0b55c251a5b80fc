package export

import (
	"sort"
	"strings"
	"unicode"

	"werkgroep/sessions"
)

// proseInput sums up what was done with the input, in sentences: the
// counts per outcome, where adopted input ended up, and the main points
// partly and not adopted with their reasons. What is for the group only
// is not counted, and the prose says how much of it there is.
func (m *minutes) proseInput(w *mdWriter) {
	var by [4][]said
	private := 0
	for i := range m.sessions {
		sd := &m.sessions[i]
		for _, st := range sd.Steps {
			for _, c := range sd.said[st.ID] {
				if m.groupOnly[c.ID] {
					private++
					continue
				}
				o := sessions.OutcomeOf(c)
				by[o] = append(by[o], said{c, st.Kind})
			}
		}
	}
	total := len(by[0]) + len(by[1]) + len(by[2]) + len(by[3])
	if total == 0 {
		w.para(escapeLine(m.t.T("prose.input.none")))
		return
	}
	s := m.t.T("prose.input", total, len(by[sessions.Adopted]), len(by[sessions.PartlyAdopted]), len(by[sessions.NotAdopted]), len(by[sessions.OutcomeOpen]))
	if private > 0 {
		s += " " + m.tn("prose.input.private", private, private)
	}
	w.para(escapeLine(s))
	if a := by[sessions.Adopted]; len(a) > 0 {
		s := ""
		if places := m.places(a); places != "" {
			s = m.t.T("prose.adopted.places", places) + " "
		}
		s += m.t.T("prose.adopted.examples", m.examples(a, 3, false))
		w.para(escapeLine(s))
	}
	if p := by[sessions.PartlyAdopted]; len(p) > 0 {
		w.para(escapeLine(m.t.T("prose.partly", m.examples(p, 2, true))))
	}
	if n := by[sessions.NotAdopted]; len(n) > 0 {
		w.para(escapeLine(m.t.T("prose.not", m.examples(n, 2, true))))
	}
}

// said is a contribution with the kind of step it was said in.
type said struct {
	sessions.Contribution
	step sessions.StepKind
}

// places is where adopted input ended up, by the first words of where it
// was taken over ("visietekst, alinea 1" counts for "visietekst"), the
// most used first: "visietekst (35 keer), werkwijze (3 keer) en ...".
func (m *minutes) places(cs []said) string {
	count := map[string]int{}
	shown := map[string]string{}
	var order []string
	for _, c := range cs {
		p := placeOf(c.OutcomeNote)
		if p == "" {
			continue
		}
		k := strings.ToLower(p)
		if count[k] == 0 {
			order = append(order, k)
			shown[k] = p
		}
		count[k]++
	}
	if len(order) == 0 {
		return ""
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	var out []string
	other := 0
	for i, k := range order {
		if i < 3 {
			out = append(out, m.tn("prose.place.count", count[k], shown[k], count[k]))
		} else {
			other += count[k]
		}
	}
	if other > 0 {
		out = append(out, m.tn("prose.place.other", other, other))
	}
	return m.join(out)
}

// placeOf is the first part of an adopted note, up to a comma, colon,
// semicolon or bracket: the document or place it went into.
func placeOf(note string) string {
	note = oneLine(note)
	if i := strings.IndexAny(note, ",:;("); i >= 0 {
		note = note[:i]
	}
	return strings.TrimSpace(note)
}

// examples quotes up to n contributions, shortened, in the order they were
// said; with why, each is followed by its note (what and why, or why not).
// What was said in the steps about the subject goes before the opening
// and closing (where the minutes are approved), and within them the
// group's own statements and agreements, then ideas and concerns: they
// carry the main points better than a single question.
func (m *minutes) examples(cs []said, n int, why bool) string {
	rank := func(c said) int {
		r := 0
		if c.step == sessions.StepOpening || c.step == sessions.StepClosing {
			r = 10
		}
		switch {
		case c.ByGroup || c.Kind == sessions.Overeenstemming:
			return r
		case c.Kind == sessions.Idee:
			return r + 1
		case c.Kind == sessions.Zorg || c.Kind == sessions.Verschil:
			return r + 2
		}
		return r + 3
	}
	idx := make([]int, len(cs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ra, rb := rank(cs[idx[a]]), rank(cs[idx[b]])
		if ra != rb {
			return ra < rb
		}
		return len(cs[idx[a]].OutcomeNote) > len(cs[idx[b]].OutcomeNote)
	})
	if len(idx) > n {
		idx = idx[:n]
	}
	sort.Ints(idx)
	var out []string
	for _, i := range idx {
		c := cs[i]
		q := m.t.T("prose.quote", shorten(c.Text, 16))
		note := oneLine(c.OutcomeNote)
		switch {
		case why && note != "":
			q = m.t.T("prose.example.why", q, afterColon(proseSentence(shorten(note, 40))))
		case why:
			q = m.t.T("prose.example.why", q, afterColon(proseSentence(m.t.T("para.nonote"))))
		case note != "":
			q = m.t.T("prose.example.where", q, shorten(note, 12))
		}
		out = append(out, q)
	}
	if !why {
		return m.join(out)
	}
	s := strings.Join(out, " ")
	if len(cs) > n {
		s += " " + m.tn("prose.example.more", len(cs)-n, len(cs)-n)
	}
	return s
}

// afterColon starts s in lower case, as Dutch and English write after a
// colon, unless its first word is an abbreviation ("ANE") or a name
// written in capitals.
func afterColon(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) && !unicode.IsPunct(r[1]) && r[1] != ' ' {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// proseSentence starts s with a capital and ends it as a sentence.
func proseSentence(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	if !strings.ContainsRune(".?!…", r[len(r)-1]) {
		r = append(r, '.')
	}
	return string(r)
}

// shorten keeps the first words of s, at most n, ending at a sentence's end
// when the first sentence fits; "…" says that words were left out.
func shorten(s string, n int) string {
	words := strings.Fields(listAsLine(s))
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	for i := n - 1; i > 0; i-- {
		if w := words[i]; strings.ContainsAny(w[len(w)-1:], ".?!") {
			return strings.Join(words[:i+1], " ")
		}
	}
	out := strings.TrimRightFunc(strings.Join(words[:n], " "), func(r rune) bool { return unicode.IsPunct(r) && r != '\'' && r != '’' })
	return out + "…"
}

// listAsLine puts a text on one line; a typed list ("- samen beginnen")
// becomes a run of items separated by commas.
func listAsLine(s string) string {
	lines := blockLines(s)
	for i, l := range lines {
		for _, mark := range []string{"- ", "* ", "+ ", "• "} {
			if rest, ok := strings.CutPrefix(l, mark); ok {
				lines[i] = strings.TrimSpace(rest)
			}
		}
	}
	if len(lines) == 0 {
		return ""
	}
	return lines[0] + " " + strings.Join(lines[1:], ", ")
}
