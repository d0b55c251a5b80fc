package screens

import (
	"werkgroep/sessions"
)

// A kind of step is one unit on this registry: what the agenda offers, the
// line under the prompt, the screen that enter on an empty input opens, and
// the drafts that screen keeps. The session screen and the agenda ask the
// registry and never test a kind themselves, so a new kind is its own
// files plus one line in stepKinds (and one in export's and demo's lists).

// stepKind is what the screens know about one kind of step.
type stepKind struct {
	kind sessions.StepKind
	// hint is the i18n key of the line under the step's prompt; empty for
	// none.
	hint string
	// open is the kind's own screen for a step, opened by enter on an
	// empty input; nil when the step is plain capture.
	open func(ctx *Context, werkgroep, session, step sessions.ID) Screen
	// draft is the first part of the keys of the drafts that open's screen
	// keeps (<draft>/<werkgroep>/<session>/…, and the step next when the
	// screen is one step's): resumeDraft opens that screen for them.
	draft string
}

// stepKinds lists every kind of step, in the order the agenda offers them
// (most used first).
func stepKinds() []stepKind {
	return []stepKind{
		{kind: sessions.StepActivity},
		{kind: sessions.StepBreak},
		{kind: sessions.StepOpening},
		{kind: sessions.StepClosing},
		schemaKind(),
		themesKind(),
		votingKind(),
	}
}

// kindOf is the registry's entry for k; an unknown kind (from a newer
// version) is plain capture.
func kindOf(k sessions.StepKind) stepKind {
	for _, sk := range stepKinds() {
		if sk.kind == k {
			return sk
		}
	}
	return stepKind{kind: k}
}
