package i18n

// Backup, crash reports and other messages about keeping data safe.
var reliabilityEN = []entry{
	{"backup.usage", `werkgroep backup: write a complete copy of the data file.

Usage:
  werkgroep backup [--data FILE] --out COPY

This also works while a session is running: the copy holds everything stored up to that moment.
An existing file is never overwritten.`},
	{"backup.flag.out", "where the copy goes (a new file name)"},
	{"backup.noout", "Say with --out where the copy goes, for example --out backup.db."},
	{"backup.args", "I do not understand: %s. See werkgroep backup --help."},
	{"backup.exists", "There is already a file %s. I overwrite nothing: choose a new name."},
	{"backup.cannotwrite", "I cannot write the copy to %s (%v). Choose another place."},
	{"backup.failed", "The copy failed: %v. Nothing was written; the data file was not changed."},
	{"backup.done", "Copy written to %s. Open it with: werkgroep --data %[1]s"},
	{"crash.told", "werkgroep stopped because of a fault in the program. What was stored is safe. A short report of the fault (without names or what was said) is in %s. Feel free to send it to the makers."},
	{"crash.notwritten", "werkgroep stopped because of a fault in the program. What was stored is safe. The fault report could not be written (%v)."},
	{"crash.screen", "Something went wrong in the program. werkgroep stops; what was stored is safe."},
	{"rel.nospace", "Cannot store: the disk is full. What was stored stays stored. Make room and try again."},
}

func init() { add(EN, reliabilityEN) }
