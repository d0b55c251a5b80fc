package demo

import "werkgroep/sessions"

// Each kind of step with data of its own fills it in the small demo after
// the meetings are held: one line per kind, so that a new kind is its own
// file plus one line here.
var smallKinds = []func(wr *writer, meetings []meeting, ids map[string]sessions.ID) error{
	(*writer).smallSchema,
	(*writer).smallThemes,
	(*writer).smallVotes,
}

// stepOf is the session's first step of a kind, if it has one.
func stepOf(se sessions.Session, kind sessions.StepKind) (sessions.Step, bool) {
	for _, st := range se.Steps {
		if st.Kind == kind {
			return st, true
		}
	}
	return sessions.Step{}, false
}
