package i18n

var quitEN = []entry{
	{"key.suspend", "step away (fg: back)"},
	{"suspend.none", "ctrl+z does not work here: werkgroep was not started from a shell, so fg could not bring it back."},
	{"quit.unsaved.full", "The disk is full: your half-typed text is not saved yet. Make room and press ctrl+c again. If it still fails then, werkgroep stops anyway and shows you your text, so that you can copy it."},
	{"quit.unsaved", "Your half-typed text is not saved yet (%s). Press ctrl+c again to try once more and stop anyway; if it fails, werkgroep shows you your text, so that you can copy it."},
	{"quit.lost", "Your half-typed text could not be saved. Here it is, so that you can copy it:"},
	{"draft.saved.again", "There is room again: your half-typed text is saved now."},
	{"signal.stopped", "werkgroep stopped because it was asked to from outside (%s). What you had typed is kept."},
}

func init() { add(EN, quitEN) }
