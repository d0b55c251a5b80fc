package export

import "werkgroep/sessions"

// A kind of step with more than what was said (the tension schema, later
// themes and votes) is one unit on this registry: it reads what it needs
// once, writes its part under its steps and after a session's other
// sections, adds files beside the minutes and a note to a contribution in
// the participatieparagraaf. The minutes ask the registry and never test a
// kind themselves, so a new kind is its own files plus one line in
// stepKinds.

// stepKind is what the minutes know about one kind of step.
type stepKind struct {
	kind sessions.StepKind
	// load reads the kind's share of the minutes from the store, for the
	// werkgroep's sessions (all of them: a part may look back).
	load func(st sessions.Store, all []sessions.Session) (kindPart, error)
}

// kindPart is one kind's share of the minutes, read once.
type kindPart interface {
	// stepPart writes what a step of this kind produced, after what was
	// said there; nothing when there is nothing to say.
	stepPart(m *minutes, w *mdWriter, sd *sessionData, step sessions.Step)
	// sessionPart writes a section after the session's other sections.
	sessionPart(m *minutes, w *mdWriter, sd *sessionData)
	// files go beside the Markdown (charts).
	files(m *minutes) []File
	// paraNote is a few words about c for the participatieparagraaf, or
	// empty.
	paraNote(m *minutes, c sessions.Contribution) string
}

// stepKinds lists the kinds with a part of their own, in the order their
// session sections are written.
var stepKinds = []stepKind{
	{kind: sessions.StepSchema, load: loadSchema},
	{kind: sessions.StepThemes, load: loadThemes},
	{kind: sessions.StepVoting, load: loadVotes},
}

// loadKinds reads every kind's part.
func loadKinds(st sessions.Store, all []sessions.Session) (map[sessions.StepKind]kindPart, error) {
	out := make(map[sessions.StepKind]kindPart, len(stepKinds))
	for _, k := range stepKinds {
		p, err := k.load(st, all)
		if err != nil {
			return nil, err
		}
		out[k.kind] = p
	}
	return out, nil
}

// kindSessionsPart writes every kind's section after a session's others.
func (m *minutes) kindSessionsPart(w *mdWriter, sd *sessionData) {
	for _, k := range stepKinds {
		m.kinds[k.kind].sessionPart(m, w, sd)
	}
}

// kindFiles are the files of every kind, in registry order.
func (m *minutes) kindFiles() []File {
	var out []File
	for _, k := range stepKinds {
		out = append(out, m.kinds[k.kind].files(m)...)
	}
	return out
}

// kindNotes are the kinds' notes on c for the participatieparagraaf.
func (m *minutes) kindNotes(c sessions.Contribution) []string {
	var out []string
	for _, k := range stepKinds {
		if n := m.kinds[k.kind].paraNote(m, c); n != "" {
			out = append(out, n)
		}
	}
	return out
}
