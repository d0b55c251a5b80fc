package i18n

func init() {
	add(EN, map[string]string{
		"kind.0": "contribution",
		"kind.1": "agreement",
		"kind.2": "difference of view",
		"kind.3": "question",
		"kind.4": "concern or dilemma",
		"kind.5": "idea",

		"kinds.0": "Contributions",
		"kinds.1": "Agreement",
		"kinds.2": "Differences of view",
		"kinds.3": "Questions",
		"kinds.4": "Concerns and dilemmas",
		"kinds.5": "Ideas",

		"naming.0": "full name",
		"naming.1": "first name",
		"naming.2": "initials",
		"naming.3": "not named",

		"attendance.0": "not filled in",
		"attendance.1": "present",
		"attendance.2": "absent with notice",
		"attendance.3": "absent",

		"status.0": "planned",
		"status.1": "running",
		"status.2": "done",

		"action.0": "open",
		"action.1": "done",
		"action.2": "dropped",

		"outcome.0": "open",
		"outcome.1": "adopted",
		"outcome.2": "partly adopted",
		"outcome.3": "not adopted",

		"stepkind.opening":  "opening",
		"stepkind.activity": "activity",
		"stepkind.break":    "break",
		"stepkind.closing":  "closing",
		"stepkind.schema":   "tension schema",

		"group":        "the group",
		"unnamed":      "participant %d",
		"session.n":    "Session %d",
		"lang.nl":      "Dutch",
		"lang.en":      "English",
		"minutes.word": "min",
	})
}
