package export

import (
	"strings"

	"werkgroep/sessions"
)

// tookPart is who took part: present at a session held, or attributed
// something they said. When no attendance was recorded at all, everyone
// on the list counts, as nobody kept track of who was absent.
func (m *minutes) tookPart(held []*sessionData) []sessions.Participant {
	in := map[sessions.ID]bool{}
	recorded := false
	for _, sd := range held {
		for id, a := range sd.attendance {
			recorded = true
			if a == sessions.Present {
				in[id] = true
			}
		}
		for _, cs := range sd.said {
			for _, c := range cs {
				if c.ParticipantID != 0 {
					in[c.ParticipantID] = true
				}
			}
		}
	}
	var out []sessions.Participant
	for _, p := range m.list {
		if in[p.ID] || !recorded && len(held) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// paraPeople names who took part as each chose for the paragraph, with
// their own words beside their name; people not named here are counted.
func (m *minutes) paraPeople(w *mdWriter, level int, held []*sessionData) {
	w.heading(level, escapeHeading(m.t.T("para.people")))
	people := m.tookPart(held)
	switch len(people) {
	case 0:
		w.para(escapeLine(m.t.T("para.people.none")))
		return
	case 1:
		w.para(escapeLine(m.t.T("para.people.one")))
	default:
		w.para(escapeLine(m.t.T("para.people.count", len(people))))
	}
	var items []string
	unnamed := 0
	for _, p := range people {
		name := p.InParagraph()
		if name == "" {
			unnamed++
			continue
		}
		visible := sessions.MorePrivate(p.Naming, p.Paragraph) <= sessions.FirstName
		if about := oneLine(p.About); about != "" && visible {
			name = m.t.T("para.about", name, about)
		}
		items = append(items, escapeLine(name))
	}
	w.bullets(items)
	switch {
	case unnamed == 1:
		w.para(escapeLine(m.t.T("para.unnamed.one")))
	case unnamed > 1:
		w.para(escapeLine(m.t.T("para.unnamed.many", unnamed)))
	}
}

// paraWays lists, per session held, the steps it worked through: the
// ways of working, in the words of the agenda. Breaks and skipped steps
// are left out.
func (m *minutes) paraWays(w *mdWriter, level int, held []*sessionData) {
	var items []string
	for _, sd := range held {
		var titles []string
		for _, st := range sd.Steps {
			if st.Skipped || st.Kind == sessions.StepBreak {
				continue
			}
			titles = append(titles, m.stepTitle(st))
		}
		if len(titles) > 0 {
			items = append(items, escapeLine(m.t.T("para.ways.session", sd.Number, strings.Join(titles, "; "))))
		}
	}
	if len(items) == 0 {
		return
	}
	w.heading(level, escapeHeading(m.t.T("para.ways")))
	w.para(escapeLine(m.t.T("para.ways.intro")))
	w.bullets(items)
}
