package export

import (
	"fmt"
	"strconv"

	"werkgroep/sessions"
)

// The participatieparagraaf says how people were involved and what was
// done with their input, for a policy document. It is written at the end
// of the whole-process minutes, and alone by RenderParagraaf:
//
//	# Participatieparagraaf: <werkgroep>   (alone; in the minutes: ## Participatieparagraaf)
//	short prose, about a page             (paragraaf_prose.go, paragraaf_summary.go)
//	## Bijlage
//	### Hoe mensen betrokken zijn geweest
//	#### Bijeenkomsten                     the sessions held, with date and attendance
//	#### Wie deden er mee                  names as chosen for the paragraph, others counted
//	#### Werkwijzen                        the steps of each session held
//	### Wat er met de inbreng is gedaan
//	counts per outcome, then one section per outcome, open ones included
//
// A policy document goes further than the group's own minutes, so people
// appear here as the more private of their two choices
// (Participant.InParagraph). What they wrote about themselves (About) can
// identify them as well as a name does: it is shown only beside a full or
// first name, never for someone who is named here by initials or not at all.

// RenderParagraaf makes the participatieparagraaf of o.Werkgroep as a
// document of its own (o.Session is ignored), in Markdown and, when
// o.Format is html, HTML; Write writes it like the minutes.
func RenderParagraaf(st sessions.Store, o Options) (Document, error) {
	format, err := normalFormat(o.Format)
	if err != nil {
		return Document{}, err
	}
	m, err := load(st, Options{Werkgroep: o.Werkgroep, Format: format})
	if err != nil {
		return Document{}, fmt.Errorf("participatieparagraaf of werkgroep %d: %w", o.Werkgroep, err)
	}
	w := m.paragraafDocument()
	doc := Document{Name: slug(m.w.Name) + "-" + m.t.T("para.name") + "." + format, Markdown: w.markdown(string(m.w.Lang)), blocks: w}
	if format == "html" {
		doc.HTML = renderHTML(w, string(m.w.Lang), m.paragraafTitle(), nil)
	}
	doc.Source = st.Path()
	return doc, nil
}

func (m *minutes) paragraafTitle() string {
	return m.t.T("para.title", sessions.CleanLine(m.w.Name))
}

// paragraafDocument is the participatieparagraaf on its own.
func (m *minutes) paragraafDocument() *mdWriter {
	w := &mdWriter{}
	w.heading(1, escapeHeading(m.paragraafTitle()))
	m.paragraaf(w, 2)
	return w
}

// paragraafPart ends the whole-process minutes with the paragraph.
func (m *minutes) paragraafPart(w *mdWriter) {
	w.heading(2, escapeHeading(m.t.T("para.heading")))
	m.paragraaf(w, 3)
}

// paragraaf writes the short prose, then the appendix with the full
// lists, its headings at level.
func (m *minutes) paragraaf(w *mdWriter, level int) {
	held := m.held()
	m.prose(w, held)
	w.heading(level, escapeHeading(m.t.T("para.appendix")))
	w.para(escapeLine(m.t.T("para.intro", oneLine(m.w.Name))) + "\\\n" + escapeLine(m.t.T("para.consent")))
	w.heading(level+1, escapeHeading(m.t.T("para.involved")))
	m.paraSessions(w, level+2, held)
	m.paraPeople(w, level+2, held)
	m.paraWays(w, level+2, held)
	w.heading(level+1, escapeHeading(m.t.T("para.input")))
	m.paraInput(w, level+2)
}

// held is the sessions that took place: started or done, or with
// attendance or contributions recorded.
func (m *minutes) held() []*sessionData {
	var out []*sessionData
	for i := range m.sessions {
		sd := &m.sessions[i]
		if sd.Status != sessions.Planned || len(sd.attendance) > 0 || len(sd.said) > 0 {
			out = append(out, sd)
		}
	}
	return out
}

// paraSessions is a table of the sessions held, with how many were
// present, sent notice, or were absent; the others are named below it.
func (m *minutes) paraSessions(w *mdWriter, level int, held []*sessionData) {
	w.heading(level, escapeHeading(m.t.T("para.sessions")))
	if len(held) == 0 {
		w.para(escapeLine(m.t.T("para.sessions.none")))
	} else {
		rows := make([][]string, len(held))
		for i, sd := range held {
			var n [4]int
			for _, a := range sd.attendance {
				if a >= sessions.Unknown && a <= sessions.Absent {
					n[a]++
				}
			}
			date := m.t.T("para.nodate")
			if sd.Date != "" {
				date = m.date(sd.Date)
			}
			rows[i] = []string{escapeCell(m.sessionName(sd)), escapeCell(date),
				strconv.Itoa(n[sessions.Present]), strconv.Itoa(n[sessions.WithNotice]), strconv.Itoa(n[sessions.Absent])}
		}
		w.table([]string{escapeCell(m.t.T("para.col.session")), escapeCell(m.t.T("para.col.date")),
			escapeCell(m.t.T("para.col.present")), escapeCell(m.t.T("para.col.withnotice")), escapeCell(m.t.T("para.col.absent"))}, rows)
	}
	var later []string
	for i := range m.sessions {
		if !containsSession(held, &m.sessions[i]) {
			later = append(later, strconv.Itoa(m.sessions[i].Number))
		}
	}
	switch {
	case len(held) == 0:
	case len(later) == 1:
		w.para(escapeLine(m.t.T("para.notheld.one", later[0])))
	case len(later) > 1:
		w.para(escapeLine(m.t.T("para.notheld.many", m.join(later))))
	}
}

// sessionName is "1. Onderlegger: de spanning", or the plain number.
func (m *minutes) sessionName(sd *sessionData) string {
	if t := oneLine(sd.Title); t != "" {
		return strconv.Itoa(sd.Number) + ". " + t
	}
	return m.t.T("session.n", sd.Number)
}

func containsSession(list []*sessionData, sd *sessionData) bool {
	for _, x := range list {
		if x == sd {
			return true
		}
	}
	return false
}
