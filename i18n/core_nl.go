package i18n

// Domain words, shared by the screens and the minutes.
func init() {
	add(NL, map[string]string{
		"kind.0": "inbreng",
		"kind.1": "overeenstemming",
		"kind.2": "verschil van inzicht",
		"kind.3": "vraag",
		"kind.4": "zorg of dilemma",
		"kind.5": "idee",

		"kinds.0": "Inbreng",
		"kinds.1": "Overeenstemming",
		"kinds.2": "Verschillen van inzicht",
		"kinds.3": "Vragen",
		"kinds.4": "Zorgen en dilemma's",
		"kinds.5": "Ideeën",

		"naming.0": "volledige naam",
		"naming.1": "voornaam",
		"naming.2": "initialen",
		"naming.3": "niet genoemd",

		"attendance.0": "nog niet ingevuld",
		"attendance.1": "aanwezig",
		"attendance.2": "afgemeld",
		"attendance.3": "afwezig",

		"status.0": "gepland",
		"status.1": "bezig",
		"status.2": "klaar",

		"action.0": "open",
		"action.1": "gedaan",
		"action.2": "vervallen",

		"outcome.0": "open",
		"outcome.1": "overgenomen",
		"outcome.2": "deels overgenomen",
		"outcome.3": "niet overgenomen",

		"stepkind.opening":  "opening",
		"stepkind.activity": "activiteit",
		"stepkind.break":    "pauze",
		"stepkind.closing":  "afsluiting",
		"stepkind.schema":   "spanningsschema",

		"group":        "de groep",
		"unnamed":      "deelnemer %d",
		"session.n":    "Bijeenkomst %d",
		"lang.nl":      "Nederlands",
		"lang.en":      "Engels",
		"minutes.word": "min",
	})
}
