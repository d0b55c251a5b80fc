package export

import (
	"strconv"
	"strings"

	"werkgroep/sessions"
)

// The minutes are built from parts, so that a later section is one more
// function in a list: a kind of step adds its parts through the registry
// (kinds.go), the participatieparagraaf is a closingPart.
//
//	# <werkgroep>: verslag van …          (one level-1 heading)
//	theme, trekkers
//	## Bijeenkomst N: <title>             (per session: sessionParts)
//	### Wie waren er / Agenda
//	### <n>. <step>                       (per step with content: stepParts)
//	- [kind] what was said …              (in spoken order; or by kind:
//	#### <kind>                            a heading per kind, a choice)
//	### Besluiten / Acties / Open vragen
//	## Alle acties                        (whole process: closingParts)

// sessionPart writes one section of a session.
type sessionPart func(m *minutes, w *mdWriter, sd *sessionData)

// stepPart writes what a step produced; it writes nothing when there is
// nothing to say, and a step without any content gets no heading.
type stepPart func(m *minutes, w *mdWriter, sd *sessionData, step sessions.Step)

// closingPart writes a section at the end of the whole-process minutes.
type closingPart func(m *minutes, w *mdWriter)

var sessionParts = []sessionPart{
	(*minutes).sessionHeader,
	(*minutes).attendancePart,
	(*minutes).agendaPart,
	(*minutes).stepsPart,
	(*minutes).decisionsPart,
	(*minutes).actionsPart,
	(*minutes).questionsPart,
	(*minutes).kindSessionsPart,
}

// stepParts are written for every step; the step's kind (kinds.go) adds
// its own after them.
var stepParts = []stepPart{(*minutes).saidPart}

var closingParts = []closingPart{(*minutes).allActionsPart, (*minutes).paragraafPart}

// document writes the minutes' blocks.
func (m *minutes) document() *mdWriter {
	w := &mdWriter{}
	w.heading(1, escapeHeading(m.title()))
	m.intro(w)
	for i := range m.sessions {
		for _, part := range sessionParts {
			part(m, w, &m.sessions[i])
		}
	}
	if m.o.Session == 0 {
		for _, part := range closingParts {
			part(m, w)
		}
	}
	return w
}

// intro says the theme and who the trekkers are.
func (m *minutes) intro(w *mdWriter) {
	var lines []string
	if th := oneLine(m.w.Theme); th != "" {
		lines = append(lines, m.t.T("md.theme", th))
	}
	if tr := oneLine(m.w.Trekkers); tr != "" {
		lines = append(lines, m.t.T("md.trekkers", tr))
	}
	if len(lines) > 0 {
		w.para(escapeBlock(strings.Join(lines, "\n"), 0))
	}
}

func (m *minutes) stepsPart(w *mdWriter, sd *sessionData) {
	said := false
	for i, step := range sd.Steps {
		var body mdWriter
		for _, part := range stepParts {
			part(m, &body, sd, step)
		}
		if k, ok := m.kinds[step.Kind]; ok {
			k.stepPart(m, &body, sd, step)
		}
		if body.empty() {
			continue
		}
		said = true
		w.heading(3, strconv.Itoa(i+1)+". "+escapeHeading(m.stepTitle(step)))
		w.add(&body)
	}
	if !said {
		w.para(escapeLine(m.t.T("md.said.none")))
	}
}

// stepTitle is the step's title, or the name of its kind when it has none.
func (m *minutes) stepTitle(step sessions.Step) string {
	if t := oneLine(step.Title); t != "" {
		return t
	}
	return m.t.T("stepkind." + string(step.Kind))
}

// saidPart lists what was said during a step: in the order it was said,
// each item with its kind, so that the minutes follow the conversation;
// or, when the werkgroep chose so, under a heading per kind.
func (m *minutes) saidPart(w *mdWriter, sd *sessionData, step sessions.Step) {
	said := sd.said[step.ID]
	if len(said) == 0 {
		return
	}
	if !m.w.Order.Grouped() {
		items := make([]string, len(said))
		for i, c := range said {
			items[i] = m.kindTag(c) + m.item(c)
		}
		w.bullets(items)
		return
	}
	for _, k := range sessions.Kinds {
		var items []string
		for _, c := range said {
			if kindOf(c) == k {
				items = append(items, m.item(c))
			}
		}
		if len(items) > 0 {
			w.heading(4, escapeHeading(m.t.T("kinds."+strconv.Itoa(int(k)))))
			w.bullets(items)
		}
	}
}

// kindTag is the kind in front of an item in spoken order: "[vraag] ",
// as the session screen shows it.
func (m *minutes) kindTag(c sessions.Contribution) string {
	return escapeLine("["+m.t.T("kind."+strconv.Itoa(int(kindOf(c))))+"]") + " "
}

// kindOf is a contribution's kind; an unknown one counts as plain inbreng,
// so that nothing said is left out.
func kindOf(c sessions.Contribution) sessions.Kind {
	for _, k := range sessions.Kinds {
		if c.Kind == k {
			return k
		}
	}
	return sessions.Inbreng
}

// item is a contribution as a list item, attributed as its speaker chose:
// "— M.S.", "— de groep", or nothing; marked in words when it is for the
// group only, so that whoever forwards the minutes sees it.
func (m *minutes) item(c sessions.Contribution) string {
	s := joinBlock(m.text(c), 2)
	if by := m.attribution(c); by != "" {
		s += " — " + escapeLine(by)
	}
	if m.groupOnly[c.ID] {
		s += " " + escapeLine(m.t.T("md.grouponly"))
	}
	return s
}

func (m *minutes) attribution(c sessions.Contribution) string {
	if c.ByGroup {
		return m.t.T("group")
	}
	if p, ok := m.people[c.ParticipantID]; ok && c.ParticipantID != 0 {
		return p.InMinutes()
	}
	return ""
}
