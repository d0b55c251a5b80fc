package i18n

// Two people, one thing: a save finds that someone else changed the same
// record meanwhile (issue 15 point 2).
var conflictEN = []entry{
	{"conflict.title", "Changed meanwhile"},
	{"conflict.title.gone", "Deleted meanwhile"},
	{"conflict.entry", "Someone else changed this contribution while you were working on it. Choose which version stays."},
	{"conflict.placement", "Someone else changed this place on the schema while you were working on it. Choose which stays."},
	{"conflict.action", "Someone else changed this action while you were working on it. Choose which version stays."},
	{"conflict.decision", "Someone else changed this decision while you were working on it. Choose which version stays."},
	{"conflict.gone.action", "Someone else deleted this action while you were working on it. Your version is still here."},
	{"conflict.gone.decision", "Someone else deleted this decision while you were working on it. Your version is still here."},
	{"conflict.person", "Someone else changed this participant's details while you were working on them. Choose which version stays."},
	{"conflict.gone.person", "Someone else removed this participant while you were working on them. Your version is still here."},
	{"conflict.person.naming", "in the minutes: %s"},
	{"conflict.person.paragraph", "in the paragraph: %s"},
	{"conflict.step", "Someone else changed this step of the agenda while you were working on it. Choose which version stays."},
	{"conflict.gone.step", "Someone else deleted this step while you were working on it. Your version is still here."},
	{"conflict.step.minutes", "%d minutes"},
	{"conflict.outcome", "Someone else recorded meanwhile what was done with this contribution. Choose what stays."},
	{"conflict.outcome.many", "For %d of the %d contributions someone else recorded something else meanwhile. The others are saved. Choose what stays for these."},
	{"conflict.outcome.gone", "%d contribution(s) had been deleted meanwhile."},
	{"conflict.theirs", "Stored now (theirs):"},
	{"conflict.mine", "Yours:"},
	{"conflict.key.theirs", "keep theirs"},
	{"conflict.key.mine", "save mine"},
	{"conflict.key.edit", "go on with mine"},
	{"conflict.key.new", "save mine as new"},
	{"conflict.key.drop", "let mine go"},
	{"conflict.key.move", "choose"},
	{"conflict.key.choose", "do it"},
	{"conflict.kept.theirs", "Their version stays."},
	{"conflict.kept.mine", "Your version is saved."},
	{"conflict.kept.new", "Your version is saved as a new one."},
	{"conflict.merged", "Someone else changed something else here meanwhile; both changes are kept."},
	{"conflict.error", "Not saved: someone else changed this meanwhile. Look at what is there now and do it again if needed."},
	{"conflict.placement.line", "now %s · wish %s"},
	{"conflict.placement.example", "example: %s"},
}

func init() { add(EN, conflictEN) }
