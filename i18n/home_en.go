package i18n

var homeEN = []entry{
	{"key.up", "up"},
	{"key.down", "down"},
	{"key.pageup", "page up"},
	{"key.pagedown", "page down"},
	{"key.first", "to the top"},
	{"key.last", "to the bottom"},
	{"key.yes", "yes"},
	{"key.yes.key", "y"},
	{"key.back", "back"},
	{"home.title", "working groups"},
	{"home.key.open", "open"},
	{"home.key.new", "new working group"},
	{"home.key.edit", "edit"},
	{"home.key.delete", "delete"},
	{"home.key.resume", "continue draft"},
	{"home.progress", "%d of %d sessions done · %d open actions"},
	{"home.empty.title", "Welcome to werkgroep"},
	{"home.empty.body", "There is no working group in this file yet. Press n to make your first one. You choose a name and a theme; the four sessions are then ready, and you can change them.\n\nWant to practise first? Quit with q and make a practice file:\n  werkgroep demo --data practice.db\nthen open it with:\n  werkgroep --data practice.db"},
	{"home.draft", "You were still typing last time (%d not stored). Press r to continue where you were."},
	{"home.confirm.delete", "Delete working group \"%s\" and everything in it? Press y to confirm, any other key to keep it."},
	{"home.deleted", "Working group \"%s\" was deleted."},
	{"home.kept", "Nothing deleted."},
}

func init() { add(EN, homeEN) }
