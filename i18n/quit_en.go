package i18n

var quitEN = []entry{
	{"key.suspend", "step away (fg: back)"},
	{"suspend.none", "ctrl+z does not work here: werkgroep was not started from a shell."},
	{"quit.unsaved.full", "The disk is full: your half-typed text is not saved yet. Make room and press ctrl+c again. If it still fails then, werkgroep stops anyway and shows you your text."},
	{"quit.unsaved.full.short", "Disk full: your text is not saved yet. Make room and press ctrl+c again."},
	{"quit.unsaved", "Your half-typed text is not saved yet (%s). Press ctrl+c again: werkgroep tries once more and stops, and shows you your text if it fails again."},
	{"quit.unsaved.short", "Your text is not saved yet. ctrl+c again: try once more and stop."},
	{"quit.lost", "Your half-typed text could not be saved. Here it is, so that you can copy it:"},
	{"draft.saved.again", "There is room again: your half-typed text is saved now."},
	{"signal.stopped", "werkgroep stopped because it was asked to from outside (%s). What you had typed is kept."},
}

func init() { add(EN, quitEN) }
