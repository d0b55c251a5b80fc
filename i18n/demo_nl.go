package i18n

// werkgroep demo: a fictional werkgroep to practise with.
var demoNL = []entry{
	{"demo.usage", `werkgroep demo: maak een verzonnen werkgroep om mee te oefenen.

Gebruik:
  werkgroep demo [--data BESTAND] [--size small|large] [--lang nl|en]

Het voorbeeld heeft vier bijeenkomsten die al zijn gehouden, veertien
deelnemers, wat er is gezegd, het schema, besluiten, acties en wat er met
de inbreng is gedaan. Alles is verzonnen. Zonder --data komt het in je
gewone bestand; met --data BESTAND in een apart bestand om te oefenen.`},
	{"demo.flag.size", "hoe groot: small (een gewone werkgroep) of large (ruim 10.000 bijdragen, om snelheid te testen); standaard small"},
	{"demo.size.bad", "Onbekende grootte: %s. Kies small of large."},
	{"demo.unknown", "Dit begrijp ik niet: %s. Kijk bij werkgroep demo --help."},
	{"demo.large.busy", "Ik maak het grote voorbeeld: meer dan tienduizend bijdragen, in één keer opgeslagen. Dat duurt een paar seconden."},
	{"demo.progress", "… %d%% klaar"},
	{"demo.exists", "In %s staat al een voorbeeld-werkgroep „%s”. Ik heb niets toegevoegd.\nWil je opnieuw beginnen? Kies een ander bestand, bijvoorbeeld: werkgroep demo --data oefenen.db"},
	{"demo.failed", "Het voorbeeld kon niet worden gemaakt: %v\nEr is geen half voorbeeld achtergebleven."},
	{"demo.done", "Klaar. In %s staat nu de voorbeeld-werkgroep „%s”."},
	{"demo.counts", "Erin: %d bijeenkomsten, %d deelnemers, %d bijdragen (bij %d staat al wat ermee is gedaan), %d besluiten, %d acties en %d plaatsingen op het schema."},
	{"demo.fictional", "Alle mensen, plekken en woorden zijn verzonnen."},
	{"demo.open", "Open het zo:"},
}

func init() { add(NL, demoNL) }
