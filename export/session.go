package export

import (
	"strconv"
	"strings"

	"werkgroep/sessions"
)

// sessionHeader is the session's heading, its date and place, its purpose
// and whether its minutes were approved.
func (m *minutes) sessionHeader(w *mdWriter, sd *sessionData) {
	title := oneLine(sd.Title)
	if title == "" {
		w.heading(2, escapeHeading(m.t.T("session.n", sd.Number)))
	} else {
		w.heading(2, escapeHeading(m.t.T("md.session.heading", sd.Number, title)))
	}
	when := m.t.T("md.date.none")
	if sd.Date != "" {
		when = m.t.T("md.date", m.date(sd.Date))
	}
	lines := []string{when}
	if place := oneLine(sd.Place); place != "" {
		lines = append(lines, m.t.T("md.place", place))
	}
	w.para(escapeBlock(strings.Join(lines, "\n"), 0))
	if purpose := oneLine(sd.Purpose); purpose != "" {
		w.para(escapeLine(m.t.T("md.purpose", purpose)))
	}
	switch {
	case sd.ApprovedOn != "" && sd.ChangedOn != "":
		// changed after approval: the group sees both dates, so that it
		// can check the change at its next meeting
		w.para(escapeLine(m.t.T("md.approved.changed", m.date(sd.ApprovedOn), m.date(sd.ChangedOn))))
	case sd.ApprovedOn != "":
		w.para(escapeLine(m.t.T("md.approved", m.date(sd.ApprovedOn))))
	default:
		w.para(escapeLine(m.t.T("md.notapproved")))
	}
}

// attendancePart says who was present, who sent notice and who was absent,
// each as they chose to be named. People who chose not to be named are
// counted, never named.
func (m *minutes) attendancePart(w *mdWriter, sd *sessionData) {
	w.heading(3, escapeHeading(m.t.T("md.attendance")))
	var items []string
	for _, row := range []struct {
		a   sessions.Attendance
		key string
	}{{sessions.Present, "md.present"}, {sessions.WithNotice, "md.withnotice"}, {sessions.Absent, "md.absent"}} {
		var names []string
		unnamed := 0
		for _, p := range m.list {
			if sd.attendance[p.ID] != row.a {
				continue
			}
			if n := p.InMinutes(); n != "" {
				names = append(names, n)
			} else {
				unnamed++
			}
		}
		switch {
		case unnamed == 1:
			names = append(names, m.t.T("md.unnamed.one"))
		case unnamed > 1:
			names = append(names, m.t.T("md.unnamed.many", unnamed))
		}
		if len(names) > 0 {
			items = append(items, escapeLine(m.t.T(row.key, m.join(names))))
		}
	}
	if len(items) == 0 {
		w.para(escapeLine(m.t.T("md.attendance.none")))
		return
	}
	w.bullets(items)
}

// join lists names: "A, B en C".
func (m *minutes) join(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + m.t.T("md.and") + " " + names[len(names)-1]
}

// agendaPart numbers the steps with their timebox; skipped steps say so.
func (m *minutes) agendaPart(w *mdWriter, sd *sessionData) {
	if len(sd.Steps) == 0 {
		return
	}
	w.heading(3, escapeHeading(m.t.T("md.agenda")))
	items := make([]string, len(sd.Steps))
	for i, step := range sd.Steps {
		var notes []string
		if step.Timebox > 0 {
			notes = append(notes, m.t.T("md.timebox", int(step.Timebox.Minutes())))
		}
		if step.Skipped {
			notes = append(notes, m.t.T("md.skipped"))
		}
		items[i] = escapeLine(m.stepTitle(step))
		if len(notes) > 0 {
			items[i] += " (" + escapeLine(strings.Join(notes, ", ")) + ")"
		}
	}
	w.numbered(items)
}

func (m *minutes) decisionsPart(w *mdWriter, sd *sessionData) {
	w.heading(3, escapeHeading(m.t.T("md.decisions")))
	var items []string
	for _, d := range sd.decisions {
		if s := escapeBlock(d.Text, 2); s != "" {
			items = append(items, s)
		}
	}
	if len(items) == 0 {
		w.para(escapeLine(m.t.T("md.decisions.none")))
		return
	}
	w.bullets(items)
}

// questionsPart gathers the questions asked in the session, with the step
// they were asked at.
func (m *minutes) questionsPart(w *mdWriter, sd *sessionData) {
	w.heading(3, escapeHeading(m.t.T("md.questions")))
	if len(sd.questions) == 0 {
		w.para(escapeLine(m.t.T("md.questions.none")))
		return
	}
	items := make([]string, len(sd.questions))
	for i, c := range sd.questions {
		items[i] = m.item(c) + " (" + escapeLine(m.t.T("md.step.ref", sd.stepNumber(c.StepID))) + ")"
	}
	w.bullets(items)
}

// date writes a YYYY-MM-DD date in words: "3 februari 2026".
func (m *minutes) date(s string) string {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) != 3 {
		return oneLine(s)
	}
	y, e1 := strconv.Atoi(parts[0])
	mo, e2 := strconv.Atoi(parts[1])
	d, e3 := strconv.Atoi(parts[2])
	if e1 != nil || e2 != nil || e3 != nil || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return oneLine(s)
	}
	return strconv.Itoa(d) + " " + m.t.T("md.month."+strconv.Itoa(mo)) + " " + strconv.Itoa(y)
}
