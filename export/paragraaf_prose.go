package export

import (
	"sort"
	"strconv"

	"werkgroep/sessions"
)

// The participatieparagraaf opens with prose a civil servant can paste
// into a bestuurlijke voordracht: about a page (well under 700 words, also
// for a werkgroep with ten thousand contributions), in plain sentences, in
// the werkgroep's language. It says who took part and how, what was done
// with their input (paragraaf_summary.go), how they hear back and what
// role they keep, against the three steps of the Participatieleidraad
// Sociaal. It summarises; the full lists follow under "Bijlage". Names of
// participants are never in it: the appendix names people as they chose.

// maxSessionSentences is how many sessions get a sentence of their own
// about how the group worked; beyond it the ways are summed up.
const maxSessionSentences = 6

// prose writes the short paragraph.
func (m *minutes) prose(w *mdWriter, held []*sessionData) {
	w.para(escapeLine(m.proseWho(held)))
	if how := m.proseHow(held); how != "" {
		w.para(escapeLine(how))
	}
	m.proseInput(w)
	m.proseLeidraad(w)
	w.para(escapeLine(m.proseBack(held)))
}

// proseWho is who took part, how often, when and where.
func (m *minutes) proseWho(held []*sessionData) string {
	name := oneLine(m.w.Name)
	if len(held) == 0 {
		return m.t.T("prose.none", name)
	}
	var dates []string
	places := map[string]int{}
	var order []string
	for _, sd := range held {
		if sd.Date != "" {
			dates = append(dates, sd.Date)
		}
		if p := oneLine(sd.Place); p != "" {
			if places[p] == 0 {
				order = append(order, p)
			}
			places[p]++
		}
	}
	sort.Strings(dates)
	var s string
	switch {
	case len(dates) == 0:
		s = m.tn("prose.met", len(held), name, len(held))
	case len(held) == 1 || dates[0] == dates[len(dates)-1]:
		s = m.tn("prose.met.on", len(held), name, len(held), m.date(dates[0]))
	default:
		s = m.t.T("prose.met.between", name, len(held), m.date(dates[0]), m.date(dates[len(dates)-1]))
	}
	if tr := oneLine(m.w.Trekkers); tr != "" {
		s += " " + m.t.T("prose.trekkers", tr)
	}
	sort.SliceStable(order, func(i, j int) bool { return places[order[i]] > places[order[j]] })
	switch {
	case len(order) == 1:
		s += " " + m.t.T("prose.place.one", order[0])
	case len(order) > 1:
		s += " " + m.t.T("prose.place.many", order[0], m.join(order[1:]))
	}
	return s + " " + m.prosePeople(held)
}

// prosePeople is how many took part, and how many were there each time.
func (m *minutes) prosePeople(held []*sessionData) string {
	n := len(m.tookPart(held))
	if n == 0 {
		return m.t.T("prose.people.none")
	}
	lo, hi := -1, 0
	for _, sd := range held {
		present := 0
		for _, a := range sd.attendance {
			if a == sessions.Present {
				present++
			}
		}
		if present == 0 {
			continue
		}
		if lo < 0 || present < lo {
			lo = present
		}
		hi = max(hi, present)
	}
	s := m.tn("prose.people", n, n)
	switch {
	case lo < 0:
	case lo == hi:
		s += " " + m.t.T("prose.present.same", lo)
	default:
		s += " " + m.t.T("prose.present.range", lo, hi)
	}
	return s + " " + m.t.T("prose.people.appendix")
}

// proseHow is the ways of working: the steps of each session, without the
// breaks and the steps whose words stay in the group (check-in, check-out).
func (m *minutes) proseHow(held []*sessionData) string {
	var parts []string
	count := map[string]int{}
	var titles []string
	way := func(st sessions.Step) string {
		if st.Skipped || st.Private || st.Kind == sessions.StepBreak {
			return ""
		}
		return m.t.T("prose.quote", m.stepTitle(st))
	}
	for _, sd := range held {
		for _, st := range sd.Steps {
			if t := way(st); t != "" {
				if count[t] == 0 {
					titles = append(titles, t)
				}
				count[t]++
			}
		}
	}
	// a step that comes back (the look back at actions and minutes) is
	// named once, not in every session
	var repeated []string
	for _, t := range titles {
		if count[t] > 1 {
			repeated = append(repeated, m.tn("prose.how.times", count[t], t, count[t]))
		}
	}
	for _, sd := range held {
		var ways []string
		for _, st := range sd.Steps {
			if t := way(st); t != "" && count[t] == 1 {
				ways = append(ways, t)
			}
		}
		if len(ways) == 0 {
			continue
		}
		if title := oneLine(sd.Title); title != "" {
			parts = append(parts, m.t.T("prose.how.titled", sd.Number, title, m.join(ways)))
		} else {
			parts = append(parts, m.t.T("prose.how", sd.Number, m.join(ways)))
		}
	}
	if len(parts) == 0 && len(repeated) == 0 {
		return ""
	}
	if len(parts) > maxSessionSentences {
		sort.SliceStable(titles, func(i, j int) bool { return count[titles[i]] > count[titles[j]] })
		if len(titles) > 8 {
			titles = append(titles[:8:8], m.t.T("prose.how.more", len(titles)-8))
		}
		return m.t.T("prose.how.summed", m.join(titles))
	}
	s := joinSentences(parts)
	if len(repeated) > 0 {
		s += " " + m.t.T("prose.how.repeated", m.join(repeated))
	}
	for _, sd := range held {
		for _, st := range sd.Steps {
			if st.Private && !st.Skipped {
				return s + " " + m.t.T("prose.private")
			}
		}
	}
	return s
}

// proseLeidraad reports against the three steps of the Participatieleidraad
// Sociaal in the werkgroep's own words, and says so where nothing was
// recorded yet.
func (m *minutes) proseLeidraad(w *mdWriter) {
	l := m.w.Leidraad
	w.para(escapeLine(m.t.T("prose.leidraad")))
	for i, text := range []string{l.Listen, l.Together, l.Role} {
		step := m.t.T("prose.leidraad." + strconv.Itoa(i+1))
		if t := oneLine(text); t != "" {
			w.para(escapeLine(step + " " + afterColon(t)))
		} else {
			w.para(escapeLine(step + " " + m.t.T("prose.leidraad.empty")))
		}
	}
}

// proseBack is how people hear back: the werkgroep's own words, then
// what the file shows of it (minutes approved together, actions open).
func (m *minutes) proseBack(held []*sessionData) string {
	s := m.t.T("prose.back.empty")
	if t := oneLine(m.w.Leidraad.Feedback); t != "" {
		s = m.t.T("prose.back", afterColon(t))
	}
	approved := 0
	for _, sd := range held {
		if sd.ApprovedOn != "" {
			approved++
		}
	}
	switch {
	case len(held) == 0:
	case approved == len(held):
		s += " " + m.tn("prose.approved.all", approved, approved)
	default:
		s += " " + m.t.T("prose.approved", approved, len(held))
	}
	open := 0
	for _, a := range m.actions {
		if a.Status == sessions.ActionOpen {
			open++
		}
	}
	if open > 0 {
		s += " " + m.tn("prose.actions.open", open, open)
	}
	return s
}

// joinSentences puts sentences after each other with one space.
func joinSentences(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

// tn is the string for key, or for key+".one" when n is one and the
// language has a singular for it ("1 keer", "1 time").
func (m *minutes) tn(key string, n int, args ...any) string {
	if n == 1 && m.t.Has(key+".one") {
		key += ".one"
	}
	return m.t.T(key, args...)
}
