package i18n

// The room: werkgroep present, the window for the projector.
var roomNL = []entry{
	{"present.usage", `werkgroep present: een venster voor de beamer dat de trekker volgt.

Het toont de stap die de trekker open heeft, met de vraag, de klok en wat er
gezegd wordt, zodra het is vastgelegd. Open het in een tweede terminalvenster
naast werkgroep, op hetzelfde bestand. Het schrijft niets in het bestand.

Gebruik:
  werkgroep present [--data BESTAND] [--werkgroep NAAM]

--werkgroep mag weg als er maar één werkgroep in het bestand staat. q stopt.`},
	{"present.args", "werkgroep present kent %s niet. Kijk bij werkgroep present --help."},
	{"room.none", "Er wordt nu niets geleid. Dit scherm volgt vanzelf zodra de trekker een bijeenkomst opent."},
	{"room.quit", "q stopt dit scherm"},
	{"room.where", "%s · bijeenkomst %d · stap %d van %d"},
	{"room.left", "nog %s"},
	{"room.over.now", "net over tijd"},
	{"room.over.one", "1 minuut over tijd"},
	{"room.over.many", "%d minuten over tijd"},
	{"room.nothing.said", "Bij deze stap is nog niets vastgelegd."},
	{"room.gone", "Het programma van de trekker laat al even niets van zich horen. Dit is het laatste beeld."},
	{"room.schema.empty", "Nog niemand heeft zich geplaatst."},
	{"room.schema.group", "de groep: nu %s, wens %s"},
}

func init() { add(NL, roomNL) }
