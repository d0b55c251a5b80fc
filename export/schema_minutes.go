package export

import (
	"werkgroep/sessions"
)

// The tension schema in the minutes: under a session's first schema step
// (or, when the schema was placed in a session without one, after the
// session's other sections), the section SchemaMarkdown writes, linked to
// a chart SchemaSVG draws in the same folder. When the schema was placed
// in an earlier session too, both show how it moved since.

func init() {
	stepKindParts[sessions.StepSchema] = append(stepKindParts[sessions.StepSchema], (*minutes).schemaStepPart)
	sessionParts = append(sessionParts, (*minutes).schemaLoosePart)
}

// schemaMinutes is every session's schema figures, read once.
type schemaMinutes struct {
	all     []sessions.Session
	figures map[sessions.ID]sessions.SchemaFigures
}

func loadSchema(st sessions.Store, all []sessions.Session) (schemaMinutes, error) {
	s := schemaMinutes{all: all, figures: map[sessions.ID]sessions.SchemaFigures{}}
	for _, se := range all {
		ps, err := st.Placements(se.ID)
		if err != nil {
			return s, err
		}
		sc, err := st.Stickers(se.ID)
		if err != nil {
			return s, err
		}
		s.figures[se.ID] = sessions.Figures(se.ID, ps, sc)
	}
	return s, nil
}

// earlier is the last session before se with the schema placed.
func (s schemaMinutes) earlier(se sessions.Session) (sessions.Session, bool) {
	var found sessions.Session
	ok := false
	for _, o := range s.all {
		if o.Number < se.Number && s.figures[o.ID].Placed() {
			found, ok = o, true
		}
	}
	return found, ok
}

func (s schemaMinutes) placed(id sessions.ID) bool { return s.figures[id].Placed() }

// hasSchemaStep reports whether a session's agenda has a schema step.
func hasSchemaStep(se sessions.Session) (sessions.Step, bool) {
	for _, st := range se.Steps {
		if st.Kind == sessions.StepSchema {
			return st, true
		}
	}
	return sessions.Step{}, false
}

// schemaFileName is the chart's name beside the minutes.
func (m *minutes) schemaFileName(se sessions.Session) string {
	return slug(m.w.Name) + "-" + m.t.T("schema.svg.file", se.Number) + ".svg"
}

func (m *minutes) schemaSection(se sessions.Session, level int) SchemaSection {
	s := SchemaSection{Lang: m.w.Lang, Level: level, Session: se.Number, Figures: m.schema.figures[se.ID],
		People: m.list, Image: m.schemaFileName(se)}
	if e, ok := m.schema.earlier(se); ok {
		f := m.schema.figures[e.ID]
		s.Earlier, s.EarlierNumber = &f, e.Number
	}
	return s
}

func (m *minutes) schemaStepPart(w *mdWriter, sd *sessionData, step sessions.Step) {
	if first, _ := hasSchemaStep(sd.Session); first.ID != step.ID || !m.schema.placed(sd.ID) {
		return
	}
	w.heading(4, escapeHeading(m.t.T("schema.md.heading")))
	schemaBlocks(w, m.schemaSection(sd.Session, 5))
}

func (m *minutes) schemaLoosePart(w *mdWriter, sd *sessionData) {
	if _, ok := hasSchemaStep(sd.Session); ok || !m.schema.placed(sd.ID) {
		return
	}
	w.heading(3, escapeHeading(m.t.T("schema.md.heading")))
	schemaBlocks(w, m.schemaSection(sd.Session, 4))
}

// schemaFiles are the charts of the sessions in the minutes.
func (m *minutes) schemaFiles() []File {
	var out []File
	for _, sd := range m.sessions {
		if !m.schema.placed(sd.ID) {
			continue
		}
		c := SchemaChart{Lang: m.w.Lang, Title: m.t.T("session.n", sd.Number), Figures: m.schema.figures[sd.ID]}
		if e, ok := m.schema.earlier(sd.Session); ok {
			f := m.schema.figures[e.ID]
			c.Earlier, c.EarlierLabel = &f, m.t.T("session.n", e.Number)
		}
		out = append(out, File{Name: m.schemaFileName(sd.Session), Data: SchemaSVG(c)})
	}
	return out
}
