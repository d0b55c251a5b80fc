package i18n

// werkgroep demo: a fictional working group to practise with.
var demoEN = []entry{
	{"demo.usage", `werkgroep demo: make an invented working group to practise with.

Usage:
  werkgroep demo [--data FILE] [--size small|large] [--lang nl|en]

The example has four sessions that were already held, fourteen
participants, what was said, the tension schema, decisions, actions and
what was done with the input. Everything is invented, and in Dutch, like
the program's first users. Without --data it goes into your usual file;
with --data FILE into a separate file to practise in.`},
	{"demo.flag.size", "how big: small (an ordinary working group) or large (over 10,000 contributions, to test speed); small by default"},
	{"demo.size.bad", "Unknown size: %s. Choose small or large."},
	{"demo.unknown", "I do not understand this: %s. See werkgroep demo --help."},
	{"demo.large.busy", "Making the large example: over ten thousand contributions, written in one go. This takes a few seconds."},
	{"demo.progress", "… %d%% done"},
	{"demo.exists", "%s already holds the example working group “%s”. I added nothing.\nWant to start again? Choose another file, for example: werkgroep demo --data practice.db"},
	{"demo.failed", "The example could not be made: %v\nNo half example was left behind."},
	{"demo.done", "Done. %s now holds the example working group “%s”."},
	{"demo.counts", "In it: %d sessions, %d participants, %d contributions (%d of them with what was done with them), %d decisions, %d actions and %d placements on the tension schema."},
	{"demo.fictional", "All people, places and words are invented, and in Dutch."},
	{"demo.open", "Open it like this:"},
}

func init() { add(EN, demoEN) }
