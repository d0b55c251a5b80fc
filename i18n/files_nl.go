package i18n

// The data file and the files written beside it: refusals to write over a
// database, a mistyped --data, which file is open, the copy made when a
// session starts.
var filesNL = []entry{
	{"refused.data", "Niets geschreven: %s is het databestand zelf. Kies een andere naam."},
	{"refused.link", "Niets geschreven: %s verwijst naar het databestand %s. Kies een andere naam."},
	{"refused.side", "Niets geschreven: %s hoort bij het databestand %s. Kies een andere naam."},
	{"refused.database", "Niets geschreven: %s is een database. Kies een andere naam."},
	{"data.nofolder", "De map %s bestaat niet, dus het databestand %s kan daar niet komen. Kijk of de naam goed getypt is, of maak de map eerst."},
	{"data.nofolder.env", "De map %s bestaat niet, dus het databestand %s (uit WERKGROEP_DATA) kan daar niet komen. Kijk of de naam goed getypt is, of maak de map eerst."},
	{"data.file", "Bestand: %s"},
	{"copy.label", "bijeenkomst"},
	{"copy.made", "Kopie gemaakt: %s"},
	{"copy.failed", "Geen kopie van het bestand gemaakt (%v). De bijeenkomst gaat gewoon door."},
}

func init() { add(NL, filesNL) }
