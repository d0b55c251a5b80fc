package i18n

// Backup, crash reports and other messages about keeping data safe.
var reliabilityNL = []entry{
	{"backup.usage", `werkgroep backup: schrijf een volledige kopie van het databestand.

Gebruik:
  werkgroep backup [--data BESTAND] --out KOPIE

Dit kan ook terwijl er een bijeenkomst loopt: de kopie bevat alles wat tot dat moment is vastgelegd.
Een bestaand bestand wordt nooit overschreven.`},
	{"backup.flag.out", "waar de kopie moet komen (een nieuwe bestandsnaam)"},
	{"backup.noout", "Zeg met --out waar de kopie moet komen, bijvoorbeeld --out reservekopie.db."},
	{"backup.args", "Dit begrijp ik niet: %s. Kijk bij werkgroep backup --help."},
	{"backup.exists", "Er staat al een bestand %s. Ik overschrijf niets: kies een nieuwe naam."},
	{"backup.cannotwrite", "Ik kan de kopie niet schrijven naar %s (%v). Kies een andere plek."},
	{"backup.failed", "De kopie is niet gelukt: %v. Er is niets geschreven; het databestand is niet veranderd."},
	{"backup.done", "Kopie geschreven naar %s. Open hem met: werkgroep --data %[1]s"},
	{"crash.told", "werkgroep stopte door een fout in het programma. Wat is vastgelegd, is bewaard. Een kort verslag van de fout (zonder namen of wat er is gezegd) staat in %s. Stuur het gerust naar de makers."},
	{"crash.notwritten", "werkgroep stopte door een fout in het programma. Wat is vastgelegd, is bewaard. Het foutverslag kon niet worden geschreven (%v)."},
	{"crash.screen", "Er ging iets mis in het programma. werkgroep stopt; wat is vastgelegd, is bewaard."},
	{"rel.nospace", "Opslaan lukt niet: de schijf is vol. Wat al was vastgelegd, blijft bewaard. Maak ruimte en probeer het opnieuw."},
}

func init() { add(NL, reliabilityNL) }
