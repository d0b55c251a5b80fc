package export

import (
	"strconv"

	"werkgroep/sessions"
)

// actionsPart is the table of the actions agreed in a session.
func (m *minutes) actionsPart(w *mdWriter, sd *sessionData) {
	w.heading(3, escapeHeading(m.t.T("md.actions")))
	if len(sd.actions) == 0 {
		w.para(escapeLine(m.t.T("md.actions.none")))
		return
	}
	rows := make([][]string, len(sd.actions))
	for i, a := range sd.actions {
		rows[i] = m.actionRow(a)
	}
	w.table(m.actionHeader(), rows)
}

// allActionsPart ends the whole-process minutes with every action, and the
// session it was agreed in.
func (m *minutes) allActionsPart(w *mdWriter) {
	w.heading(2, escapeHeading(m.t.T("md.actions.all")))
	if len(m.actions) == 0 {
		w.para(escapeLine(m.t.T("md.actions.all.none")))
		return
	}
	rows := make([][]string, len(m.actions))
	for i, a := range m.actions {
		rows[i] = append(m.actionRow(a), escapeCell(m.t.T("session.n", m.numbers[a.SessionID])))
	}
	w.table(append(m.actionHeader(), escapeCell(m.t.T("md.col.session"))), rows)
}

func (m *minutes) actionHeader() []string {
	return []string{
		escapeCell(m.t.T("md.col.what")),
		escapeCell(m.t.T("md.col.who")),
		escapeCell(m.t.T("md.col.due")),
		escapeCell(m.t.T("md.col.status")),
	}
}

// actionRow is what, who, by when and status; an empty cell becomes a dash
// in the table.
func (m *minutes) actionRow(a sessions.Action) []string {
	due := ""
	if a.Due != "" {
		due = m.date(a.Due)
	}
	return []string{
		escapeCell(a.What),
		escapeCell(m.owner(a)),
		escapeCell(due),
		escapeCell(m.t.T("action." + strconv.Itoa(int(a.Status)))),
	}
}

// owner is who does an action: each participant as they chose to be named
// ("een deelnemer" when not named), and the typed names, in order.
func (m *minutes) owner(a sessions.Action) string {
	var names []string
	for _, o := range a.Owners {
		if o.ParticipantID == 0 {
			if n := oneLine(o.Name); n != "" {
				names = append(names, n)
			}
			continue
		}
		if p, ok := m.people[o.ParticipantID]; ok {
			if n := p.InMinutes(); n != "" {
				names = append(names, n)
			} else {
				names = append(names, m.t.T("md.someone"))
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return m.join(names)
}
