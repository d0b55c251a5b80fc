package i18n

var cliEN = []entry{
	{"flag.data", "the data file (or set WERKGROEP_DATA); by default in your own data folder"},
	{"flag.lang", "language of the program: nl or en (by default from LANG)"},
	{"usage.main", `werkgroep: facilitate the sessions of a working group and make the minutes.

Usage:
  werkgroep [--data FILE] [--lang nl|en]        open the program
  werkgroep export --out FILE [...]             write minutes (see werkgroep export --help)
  werkgroep demo [--data FILE] [--size large]    make an example working group to practise with
  werkgroep backup --out FILE [--data ...]       make a safe copy, also while the program is open
  werkgroep present [--data FILE]               a window for the projector that follows the facilitator
  werkgroep serve [--data FILE]                 share over SSH with a second laptop (see werkgroep serve --help)

In the program: ? shows all keys, q quits, ctrl+c always quits at once.`},
	{"flag.value.string", "text"},
	{"flag.default", "(default: %s)"},
	{"flag.arg.data", "FILE"},
	{"flag.arg.out", "FILE"},
	{"flag.arg.lang", "nl|en"},
	{"flag.arg.session", "N|all"},
	{"flag.arg.format", "md|html"},
	{"flag.arg.werkgroep", "NAME"},
	{"flag.arg.size", "small|large"},
	{"usage.unknown", "Unknown command: %s. See werkgroep --help."},
	{"open.nohome", "I cannot find your data folder (%v). Choose a file with --data FILE."},
	{"open.failed", "The file %s cannot be opened: %v"},
	{"open.notwerkgroep", "The file %s is not a werkgroep file. Nothing in it was changed. Choose another file with --data, or a new name to make a new file."},
	{"open.newer", "The file %s was made by a newer version of werkgroep. Nothing in it was changed. Update the program to open it."},
	{"open.directory", "%s is a folder, not a file. Choose a file with --data, for example %[1]s/werkgroep.db."},
	{"open.cannotwrite", "%s cannot be written (%v). Choose a place where you may write, with --data FILE."},
	{"open.damaged", "The file %s is damaged. Nothing in it was changed. Rescue what can still be read into a new file with: werkgroep backup --data %[1]s --out %s"},
	{"run.failed", "The program stopped with an error: %v"},
}

func init() { add(EN, cliEN) }
