package i18n

// The frame around every screen.
var screensNL = []entry{
	{"key.quit", "stoppen"},
	{"key.quit.now", "meteen stoppen"},
	{"key.help", "alle toetsen"},
	{"help.title", "Alle toetsen op dit scherm"},
	{"help.close", "Druk op een toets om terug te gaan."},
	{"too.small", "Maak het venster groter. Dit scherm heeft minstens %d × %d tekens nodig; het venster is nu %d × %d."},
	{"error.prefix", "Dat lukte niet: %s"},
}

func init() { add(NL, screensNL) }
