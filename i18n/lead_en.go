package i18n

// The room, in the session screen: the projector's keys in the leading
// program, and where the lead is in the others.
var leadEN = []entry{
	{"room.key.blank", "blank projector"},
	{"room.key.hold", "hold projector"},
	{"room.key.schema", "schema on projector"},
	{"room.key.follow", "follow facilitator on/off"},
	{"room.key.hint", "projector blank/hold/schema"},
	{"room.state.blank", "Projector: blank · %s brings it back"},
	{"room.state.hold", "Projector: held · %s lets it move on"},
	{"room.state.schema", "Projector: schema · %s goes back to the step"},
	{"room.beamer.blank", "The projector is blank now. Press %s again to bring it back."},
	{"room.beamer.hold", "The projector stays on this picture. Press %s again to let it move on."},
	{"room.beamer.schema", "The projector shows the group's schema now. Press %s again to go back to the step."},
	{"room.beamer.normal", "The projector shows the step again."},
	{"room.beamer.notlead", "This window does not lead now: the projector follows the facilitator. Move to a step here to lead yourself."},
	{"room.follow.on", "Following is on: this window moves along with the facilitator's step."},
	{"room.follow.off", "Following is off: this window stays at this step."},
	{"room.lead.other", "The facilitator is at session %d, step %d"},
	{"room.lead.with", "You follow the facilitator, at step %d"},
	{"room.lead.at", "The facilitator is at step %d"},
	{"room.lead.behind", "The facilitator is at step %d. You follow once you store or clear."},
	{"room.lead.behind.edit", "The facilitator is at step %d. You follow after enter or esc."},
	{"room.lead.nofollow", "following is off (%s)"},
	{"room.lead.beamer", "projector: %s"},
	{"room.word.blank", "blank"},
	{"room.word.hold", "held"},
	{"room.word.schema", "schema"},
}

func init() { add(EN, leadEN) }

// werkgroep present on a themes or voting step.
var leadBoardEN = []entry{
	{"room.themes.none", "No themes yet."},
	{"room.themes.more", "and %d more themes"},
	{"room.themes.more.one", "and 1 more theme"},
	{"room.votes.none", "No options to vote on yet."},
	{"room.votes.more", "and %d more options"},
	{"room.votes.more.one", "and 1 more option"},
}

func init() { add(EN, leadBoardEN) }
