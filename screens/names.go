package screens

import "werkgroep/sessions"

// On the facilitator's and the note-taker's own screens (capture, the
// list of what was said, the review, the outcome form) a person shows with
// their name as entered, marked where the minutes will show less of it,
// so that the note-taker can check who is who: "Wim de Jong (niet
// genoemd)", "Petra de Vries (als P.d.V.)". The projector view, the
// look-back at the minutes, the schema and every export keep the naming
// choices.

// onScreen is p as the facilitator's own screens show them.
func onScreen(c *Context, p sessions.Participant) string {
	name := p.ShownAs(sessions.FullName)
	switch p.Naming {
	case sessions.FullName:
		return name
	case sessions.NotNamed:
		return c.T("name.hidden", name)
	}
	return c.T("name.as", name, p.InMinutes())
}
