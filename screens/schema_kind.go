package screens

import "werkgroep/sessions"

// schemaKind is the tension schema as a kind of step: the schema screen
// holds the placements of the whole session, so the step it is opened from
// does not matter to it.
func schemaKind() stepKind {
	return stepKind{
		kind: sessions.StepSchema,
		hint: "session.schema.hint",
		open: func(ctx *Context, werkgroep, session, _ sessions.ID) Screen {
			return NewSchema(ctx, werkgroep, session)
		},
		draft: "schema",
	}
}
