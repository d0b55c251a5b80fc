package i18n

// The home screen and shared list keys.
var homeNL = []entry{
	{"key.up", "omhoog"},
	{"key.down", "omlaag"},
	{"key.pageup", "pagina omhoog"},
	{"key.pagedown", "pagina omlaag"},
	{"key.first", "naar boven"},
	{"key.last", "naar onder"},
	{"key.yes", "ja"},
	{"key.yes.key", "j"},
	{"key.back", "terug"},
	{"home.title", "werkgroepen"},
	{"home.key.open", "openen"},
	{"home.key.new", "nieuwe werkgroep"},
	{"home.key.edit", "wijzigen"},
	{"home.key.delete", "verwijderen"},
	{"home.key.resume", "verder met concept"},
	{"home.progress", "%d van %d bijeenkomsten klaar · %d open acties"},
	{"home.empty.title", "Welkom bij werkgroep"},
	{"home.empty.body", "Er is nog geen werkgroep in dit bestand. Druk op n om je eerste werkgroep te maken. Je kiest een naam en een thema; de vier bijeenkomsten staan dan al klaar, en je kunt ze aanpassen.\n\nEerst oefenen? Stop met q en maak een oefenbestand:\n  werkgroep demo --data oefen.db\nen open het met:\n  werkgroep --data oefen.db"},
	{"home.draft", "Je was de vorige keer nog aan het typen (%d keer niet opgeslagen). Druk op r om verder te gaan waar je was."},
	{"home.confirm.delete", "Werkgroep „%s” en alles daarin verwijderen? Druk op j om te bevestigen, een andere toets om te bewaren."},
	{"home.deleted", "Werkgroep „%s” is verwijderd."},
	{"home.kept", "Niets verwijderd."},
}

func init() { add(NL, homeNL) }
