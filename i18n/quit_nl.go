package i18n

// Stopping: a signal from outside, ctrl+z, and half-typed text that could
// not be saved when stopping.
var quitNL = []entry{
	{"key.suspend", "even weg (fg: terug)"},
	{"suspend.none", "ctrl+z werkt hier niet: werkgroep is niet vanuit een shell gestart, dus je kunt er niet met fg naar terug."},
	{"quit.unsaved.full", "De schijf is vol: je half getypte tekst is nog niet bewaard. Maak ruimte en druk nog eens op ctrl+c. Lukt het dan nog niet, dan stopt werkgroep toch en laat het je tekst zien, zodat je hem kunt overnemen."},
	{"quit.unsaved", "Je half getypte tekst is nog niet bewaard (%s). Druk nog eens op ctrl+c om het nog eens te proberen en toch te stoppen; lukt het niet, dan laat werkgroep je tekst zien, zodat je hem kunt overnemen."},
	{"quit.lost", "Je half getypte tekst kon niet worden bewaard. Hier is hij, zodat je hem kunt overnemen:"},
	{"draft.saved.again", "Er is weer ruimte: je half getypte tekst is nu bewaard."},
	{"signal.stopped", "werkgroep is gestopt, omdat het van buitenaf werd gevraagd te stoppen (%s). Wat je had getypt, is bewaard."},
}

func init() { add(NL, quitNL) }
