package screens

import "werkgroep/sessions"

// themesKind is the themes step as a kind: its own screen per step, and
// its half-typed theme names as drafts.
func themesKind() stepKind {
	return stepKind{
		kind:  sessions.StepThemes,
		hint:  "session.themes.hint",
		open:  NewThemes,
		draft: "themes",
	}
}
