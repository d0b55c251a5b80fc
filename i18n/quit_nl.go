package i18n

// Stopping: a signal from outside, ctrl+z, and half-typed text that could
// not be saved when stopping.
var quitNL = []entry{
	{"key.suspend", "even weg (fg: terug)"},
	{"suspend.none", "ctrl+z werkt hier niet: werkgroep is niet vanuit een shell gestart."},
	{"quit.unsaved.full", "De schijf is vol: je half getypte tekst is nog niet bewaard. Maak ruimte en druk nog eens op ctrl+c. Lukt het dan nog niet, dan stopt werkgroep toch en toont het je tekst."},
	{"quit.unsaved.full.short", "Schijf vol: je tekst is nog niet bewaard. Maak ruimte en druk nog eens ctrl+c."},
	{"quit.unsaved", "Je half getypte tekst is nog niet bewaard (%s). Druk nog eens op ctrl+c: werkgroep probeert het dan opnieuw en stopt, en toont je tekst als het weer niet lukt."},
	{"quit.unsaved.short", "Je tekst is nog niet bewaard. Nog eens ctrl+c: opnieuw proberen en stoppen."},
	{"quit.lost", "Je half getypte tekst kon niet worden bewaard. Hier is hij, zodat je hem kunt overnemen:"},
	{"draft.saved.again", "Er is weer ruimte: je half getypte tekst is nu bewaard."},
	{"signal.stopped", "werkgroep is gestopt, omdat het van buitenaf werd gevraagd te stoppen (%s). Wat je had getypt, is bewaard."},
}

func init() { add(NL, quitNL) }
