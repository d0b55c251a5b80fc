package i18n

// The room, in the session screen: the projector's keys in the leading
// program, and where the lead is in the others.
var leadNL = []entry{
	{"room.key.blank", "beamer zwart"},
	{"room.key.hold", "beamer vastzetten"},
	{"room.key.schema", "schema op de beamer"},
	{"room.key.follow", "trekker volgen aan/uit"},
	{"room.key.hint", "beamer zwart/vast/schema"},
	{"room.state.blank", "Beamer: zwart · %s zet hem terug"},
	{"room.state.hold", "Beamer: vastgezet · %s laat hem weer meegaan"},
	{"room.state.schema", "Beamer: schema · %s gaat terug naar de stap"},
	{"room.beamer.blank", "De beamer is nu zwart. Druk nog eens op %s om hem terug te zetten."},
	{"room.beamer.hold", "De beamer blijft op dit beeld staan. Druk nog eens op %s om hem weer mee te laten gaan."},
	{"room.beamer.schema", "De beamer toont nu het schema van de groep. Druk nog eens op %s om terug te gaan naar de stap."},
	{"room.beamer.normal", "De beamer toont weer de stap."},
	{"room.beamer.notlead", "Dit venster leidt nu niet: de beamer volgt de trekker. Ga hier naar een stap om zelf te leiden."},
	{"room.follow.on", "Volgen staat aan: dit venster gaat mee met de stap van de trekker."},
	{"room.follow.off", "Volgen staat uit: dit venster blijft bij deze stap."},
	{"room.lead.other", "De trekker is bij bijeenkomst %d, stap %d"},
	{"room.lead.with", "Je volgt de trekker, bij stap %d"},
	{"room.lead.at", "De trekker is bij stap %d"},
	{"room.lead.behind", "De trekker is bij stap %d. Na opslaan of wissen ga je mee."},
	{"room.lead.behind.edit", "De trekker is bij stap %d. Na enter of esc ga je mee."},
	{"room.lead.nofollow", "volgen staat uit (%s)"},
	{"room.lead.beamer", "beamer: %s"},
	{"room.word.blank", "zwart"},
	{"room.word.hold", "vastgezet"},
	{"room.word.schema", "schema"},
}

func init() { add(NL, leadNL) }

// werkgroep present on a themes or voting step.
var leadBoardNL = []entry{
	{"room.themes.none", "Nog geen thema's."},
	{"room.themes.more", "en nog %d thema's"},
	{"room.themes.more.one", "en nog 1 thema"},
	{"room.votes.none", "Nog geen keuzes om op te stemmen."},
	{"room.votes.more", "en nog %d keuzes"},
	{"room.votes.more.one", "en nog 1 keuze"},
}

func init() { add(NL, leadBoardNL) }
