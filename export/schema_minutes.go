package export

import (
	"werkgroep/sessions"
)

// The tension schema in the minutes: under a session's first schema step
// (or, when the schema was placed in a session without one, after the
// session's other sections), the section SchemaMarkdown writes, linked to
// a chart SchemaSVG draws in the same folder. When the schema was placed
// in an earlier session too, both show how it moved since.

// schemaMinutes is every session's schema figures, read once.
type schemaMinutes struct {
	all     []sessions.Session
	figures map[sessions.ID]sessions.SchemaFigures
	phones  map[sessions.ID]map[sessions.ID]bool // per session, the persons from phones (phones.go)
}

func loadSchema(st sessions.Store, all []sessions.Session) (kindPart, error) {
	s := schemaMinutes{all: all, figures: map[sessions.ID]sessions.SchemaFigures{}, phones: map[sessions.ID]map[sessions.ID]bool{}}
	for _, se := range all {
		var err error
		if s.phones[se.ID], err = phonePersons(st, se.ID); err != nil {
			return nil, err
		}
		ps, err := st.Placements(se.ID)
		if err != nil {
			return nil, err
		}
		sc, err := st.Stickers(se.ID)
		if err != nil {
			return nil, err
		}
		s.figures[se.ID] = sessions.Figures(se.ID, ps, sc)
	}
	return &s, nil
}

// earlier is the last session before se with the schema placed.
func (s *schemaMinutes) earlier(se sessions.Session) (sessions.Session, bool) {
	var found sessions.Session
	ok := false
	for _, o := range s.all {
		if o.Number < se.Number && s.figures[o.ID].Placed() {
			found, ok = o, true
		}
	}
	return found, ok
}

func (s *schemaMinutes) placed(id sessions.ID) bool { return s.figures[id].Placed() }

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

func (s *schemaMinutes) section(m *minutes, se sessions.Session, level int) SchemaSection {
	out := SchemaSection{Lang: m.w.Lang, Level: level, Session: se.Number, Figures: s.figures[se.ID],
		People: m.list, Image: m.schemaFileName(se)}
	out.Persons, out.FromPhones = fromPhones(schemaPersons(out.Figures), s.phones[se.ID])
	if e, ok := s.earlier(se); ok {
		f := s.figures[e.ID]
		out.Earlier, out.EarlierNumber = &f, e.Number
	}
	return out
}

func (s *schemaMinutes) stepPart(m *minutes, w *mdWriter, sd *sessionData, step sessions.Step) {
	if first, _ := hasSchemaStep(sd.Session); first.ID != step.ID || !s.placed(sd.ID) {
		return
	}
	w.heading(4, escapeHeading(m.t.T("schema.md.heading")))
	schemaBlocks(w, s.section(m, sd.Session, 5))
}

// sessionPart writes the schema of a session without a schema step.
func (s *schemaMinutes) sessionPart(m *minutes, w *mdWriter, sd *sessionData) {
	if _, ok := hasSchemaStep(sd.Session); ok || !s.placed(sd.ID) {
		return
	}
	w.heading(3, escapeHeading(m.t.T("schema.md.heading")))
	schemaBlocks(w, s.section(m, sd.Session, 4))
}

func (s *schemaMinutes) paraNote(*minutes, sessions.Contribution) string { return "" }

// files are the charts of the sessions in the minutes.
func (s *schemaMinutes) files(m *minutes) []File {
	var out []File
	for _, sd := range m.sessions {
		if !s.placed(sd.ID) {
			continue
		}
		c := SchemaChart{Lang: m.w.Lang, Title: m.t.T("session.n", sd.Number), Figures: s.figures[sd.ID]}
		if e, ok := s.earlier(sd.Session); ok {
			f := s.figures[e.ID]
			c.Earlier, c.EarlierLabel = &f, m.t.T("session.n", e.Number)
		}
		out = append(out, File{Name: m.schemaFileName(sd.Session), Data: SchemaSVG(c)})
	}
	return out
}
