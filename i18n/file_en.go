package i18n

var fileEN = []entry{
	{"file.readonly", "read-only"},
	{"file.readonly.open", "Read-only: this file cannot be written. You can look, make minutes and make a backup."},
	{"file.readonly.key", "Read-only: this file cannot be changed."},
	{"file.readonly.hint", "Read-only: nothing can be typed here."},
	{"file.damaged", "damaged"},
	{"file.damaged.notice", "The file %s is damaged. Nothing more is written to it; what you type stays on screen. Rescue what can still be read into a new file: quit with ctrl+c and type:"},
	{"file.damaged.refused", "That did not work: the file is damaged (see above). What you typed is still there."},
	{"file.damaged.cause", "the file is damaged"},
	{"file.private.done", "Others could read the file %s (%v). Now only you can (%v)."},
	{"file.private.failed", "Others can read the file %s (%v). That could not be changed; it was opened anyway."},
	{"backup.rescued", "The file %s is damaged. What could still be read is now in %s: %d things rescued, %d of them contributions. Could not be read: %d. Open the new file with: werkgroep --data %[2]s"},
	{"backup.rescued.tables", "Could not be read at all: %s."},
	{"backup.rescue.failed", "The file %s is damaged, and nothing could be rescued from it (%v). Use a backup if you have one."},
	{"rescue.table.werkgroep", "werkgroepen"},
	{"rescue.table.session", "sessions"},
	{"rescue.table.step", "steps"},
	{"rescue.table.participant", "participants"},
	{"rescue.table.attendance", "attendance"},
	{"rescue.table.contribution", "contributions"},
	{"rescue.table.outcome_history", "what was done with contributions (history)"},
	{"rescue.table.decision", "decisions"},
	{"rescue.table.action", "actions"},
	{"rescue.table.placement", "places on the tension schema"},
	{"rescue.table.sticker", "stickers"},
	{"rescue.table.draft", "half-typed texts"},
}

func init() { add(EN, fileEN) }
