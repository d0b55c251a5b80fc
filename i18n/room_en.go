package i18n

// The room: werkgroep present, the window for the projector.
var roomEN = []entry{
	{"present.usage", `werkgroep present: a window for the projector that follows the facilitator.

It shows the step the facilitator has open, with its prompt, its clock and
what is said, as soon as it is captured. Open it in a second terminal window
beside werkgroep, on the same file. It writes nothing to the file.

Usage:
  werkgroep present [--data FILE] [--werkgroep NAME]

--werkgroep may be left out when the file holds one werkgroep. q quits.`},
	{"present.args", "werkgroep present does not know %s. See werkgroep present --help."},
	{"room.none", "Nothing is being led right now. This screen follows by itself as soon as the facilitator opens a session."},
	{"room.quit", "q closes this screen"},
	{"room.where", "%s · session %d · step %d of %d"},
	{"room.left", "%s left"},
	{"room.over.now", "just over time"},
	{"room.over.one", "1 minute over time"},
	{"room.over.many", "%d minutes over time"},
	{"room.nothing.said", "Nothing has been captured at this step yet."},
	{"room.gone", "The facilitator's program has not been heard from for a while. This is the last picture."},
	{"room.schema.empty", "Nobody has placed themselves yet."},
	{"room.schema.group", "the group: now %s, wish %s"},
}

func init() { add(EN, roomEN) }
