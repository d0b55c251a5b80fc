package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"werkgroep/sessions"
)

// paraInput counts the contributions per outcome, then lists them per
// outcome with where or why. Open ones are listed too: leaving them out
// would make the paragraph look more finished than it is. What is for the
// group only is neither counted nor listed.
func (m *minutes) paraInput(w *mdWriter, level int) {
	order := []sessions.Outcome{sessions.Adopted, sessions.PartlyAdopted, sessions.NotAdopted, sessions.OutcomeOpen}
	var said [4][]paraSaid
	total := 0
	for i := range m.sessions {
		sd := &m.sessions[i]
		for j, st := range sd.Steps {
			for _, c := range sd.said[st.ID] {
				if m.groupOnly[c.ID] {
					continue
				}
				o := sessions.OutcomeOf(c)
				said[o] = append(said[o], paraSaid{c, sd.Number, j})
				total++
			}
		}
	}
	var by [4][]string
	for o := range said {
		if m.w.Order.Grouped() { // as the minutes: by kind within each step
			slices.SortStableFunc(said[o], func(a, b paraSaid) int {
				return cmp.Or(a.session-b.session, a.step-b.step, int(kindOf(a.c))-int(kindOf(b.c)))
			})
		}
		for _, x := range said[o] {
			by[o] = append(by[o], m.paraItem(x.c, x.session))
		}
	}
	if total == 0 {
		w.para(escapeLine(m.t.T("para.counts.none")))
		return
	}
	w.para(escapeLine(m.t.T("para.counts", m.num(total))))
	rows := make([][]string, 0, len(order)+1)
	for _, o := range order {
		rows = append(rows, []string{escapeCell(m.t.T("para.outcome." + strconv.Itoa(int(o)))), escapeCell(m.num(len(by[o])))})
	}
	rows = append(rows, []string{escapeCell(m.t.T("para.total")), escapeCell(m.num(total))})
	w.table([]string{escapeCell(m.t.T("para.col.outcome")), escapeCell(m.t.T("para.col.count"))}, rows)
	for _, o := range order {
		w.heading(level, escapeHeading(m.t.T("para.outcome."+strconv.Itoa(int(o))))+" ("+escapeLine(m.num(len(by[o])))+")")
		if len(by[o]) == 0 {
			w.para(escapeLine(m.t.T("para.outcome.none")))
			continue
		}
		w.bullets(by[o])
	}
}

// paraSaid is a contribution with the session it was said in (its
// number) and the step (its place on the agenda).
type paraSaid struct {
	c             sessions.Contribution
	session, step int
}

// paraItem is one contribution: its text (after its kind when grouped), who said it as they chose for
// the paragraph, the session, and on a line of its own where or why.
func (m *minutes) paraItem(c sessions.Contribution, session int) string {
	text := m.text(c) // never empty: sd.said holds only contributions with text (loadSession)
	lines := make([]string, len(text), len(text)+1)
	copy(lines, text)
	if m.w.Order.Grouped() { // grouped by kind: say which kind
		lines[0] = m.kindTag(c) + lines[0]
	}
	where := append([]string{m.t.T("para.said.in", session)}, m.kindNotes(c)...)
	tail := "(" + strings.Join(where, ", ") + ")"
	if by := m.paraBy(c); by != "" {
		tail = "— " + by + " " + tail
	}
	lines[len(lines)-1] += " " + escapeText(oneLine(tail), false) // oneLine cleans the name too
	note := oneLine(c.OutcomeNote)
	if note == "" {
		note = m.t.T("para.nonote")
	}
	var what string
	switch sessions.OutcomeOf(c) {
	case sessions.Adopted:
		what = m.t.T("para.where", note)
	case sessions.PartlyAdopted:
		what = m.t.T("para.partly", note)
	case sessions.NotAdopted:
		what = m.t.T("para.not", note)
	default:
		// under "Nog open" an open one needs no words, unless there is
		// something planned for it
		if oneLine(c.OutcomeNote) != "" {
			what = m.t.T("para.open.note", note)
		}
	}
	if what != "" {
		lines = append(lines, escapeLine(what))
	}
	return joinBlock(lines, 2)
}

// paraBy is who said c as they chose for the paragraph: a name, "de
// groep", or nothing at all for people who are not named here.
func (m *minutes) paraBy(c sessions.Contribution) string {
	if c.ByGroup {
		return m.t.T("group")
	}
	if p, ok := m.people[c.ParticipantID]; ok && c.ParticipantID != 0 {
		return p.InParagraph()
	}
	return ""
}
