package i18n

var screensEN = []entry{
	{"key.quit", "quit"},
	{"key.quit.now", "quit now"},
	{"key.help", "all keys"},
	{"help.title", "All keys on this screen"},
	{"help.close", "Press any key to go back."},
	{"too.small", "Please make the window larger. This screen needs at least %d × %d characters; the window is now %d × %d."},
	{"error.prefix", "That did not work: %s"},
}

func init() { add(EN, screensEN) }
