package i18n

// Command-line help and messages.
var cliNL = []entry{
	{"flag.data", "het databestand (of zet WERKGROEP_DATA); standaard in je eigen gegevensmap"},
	{"flag.lang", "taal van het programma: nl of en (standaard volgens LANG)"},
	{"usage.main", `werkgroep: begeleid de bijeenkomsten van een werkgroep en maak het verslag.

Gebruik:
  werkgroep [--data BESTAND] [--lang nl|en]     het programma openen
  werkgroep export --out BESTAND [...]          een verslag maken (zie werkgroep export --help)
  werkgroep demo [--data BESTAND] [--size large] een voorbeeld-werkgroep maken om mee te oefenen
  werkgroep backup --out BESTAND [--data ...]    een veilige kopie maken, ook terwijl het programma open is
  werkgroep present [--data BESTAND]            een venster voor de beamer dat de trekker volgt
  werkgroep serve [--data BESTAND]              delen over SSH met een tweede laptop (zie werkgroep serve --help)

In het programma: ? toont alle toetsen, q stopt, ctrl+c stopt altijd meteen.`},
	{"flag.value.string", "tekst"},
	{"flag.default", "(standaard: %s)"},
	{"flag.arg.data", "BESTAND"},
	{"flag.arg.out", "BESTAND"},
	{"flag.arg.lang", "nl|en"},
	{"flag.arg.session", "N|all"},
	{"flag.arg.format", "md|html"},
	{"flag.arg.werkgroep", "NAAM"},
	{"flag.arg.size", "small|large"},
	{"usage.unknown", "Onbekende opdracht: %s. Kijk bij werkgroep --help."},
	{"open.nohome", "Ik kan je gegevensmap niet vinden (%v). Kies een bestand met --data BESTAND."},
	{"open.failed", "Het bestand %s kan niet worden geopend: %v"},
	{"open.notwerkgroep", "Het bestand %s is geen werkgroep-bestand. Er is niets aan veranderd. Kies een ander bestand met --data, of een nieuwe naam om een nieuw bestand te maken."},
	{"open.newer", "Het bestand %s is gemaakt met een nieuwere versie van werkgroep. Er is niets aan veranderd. Werk het programma bij om het te openen."},
	{"open.directory", "%s is een map, geen bestand. Kies een bestand met --data, bijvoorbeeld %[1]s/werkgroep.db."},
	{"open.cannotwrite", "In %s kan niet worden geschreven (%v). Kies een plek waar je mag schrijven, met --data BESTAND."},
	{"open.damaged", "Het bestand %s is beschadigd. Er is niets aan veranderd. Red wat er nog te lezen is in een nieuw bestand met: werkgroep backup --data %[1]s --out %s"},
	{"run.failed", "Het programma stopte met een fout: %v"},
}

func init() { add(NL, cliNL) }
