package i18n

// werkgroep serve: the program over SSH.
var serveNL = []entry{
	{"serve.usage", `werkgroep serve: het programma delen over SSH, voor een notulist op een tweede laptop.

Iedereen die verbindt, werkt in hetzelfde databestand, en ziet meteen wat de
anderen vastleggen. Alleen wie zijn publieke sleutel heeft gestuurd, mag erin.

Gebruik:
  werkgroep serve [--data BESTAND] [--listen ADRES] [--authorized-keys BESTAND]
  werkgroep serve --add-key BESTAND [--name NAAM]   een sleutel toelaten (- is standaardinvoer)
  werkgroep serve --web :8080 [--listen ""]        ook de pagina voor telefoons (met --listen "" zonder SSH)

Verbinden: ssh -p 2222 computer (het programma) of ssh -p 2222 computer present (de beamer).
ctrl+c stopt de server.`},
	{"serve.args", "werkgroep serve kent %s niet. Kijk bij werkgroep serve --help."},
	{"serve.flag.listen", "adres en poort om op te luisteren; 127.0.0.1:2222 blijft op deze computer"},
	{"serve.flag.keys", "het bestand met de toegelaten publieke sleutels; standaard in je eigen instellingenmap"},
	{"serve.flag.addkey", "een publieke sleutel toelaten (een .pub-bestand, of - voor standaardinvoer)"},
	{"serve.flag.name", "de naam bij de sleutel van --add-key (standaard: het commentaar in de sleutel)"},
	{"flag.arg.listen", "ADRES"},
	{"flag.arg.web", "ADRES"},
	{"flag.arg.authorized-keys", "BESTAND"},
	{"flag.arg.add-key", "BESTAND"},
	{"flag.arg.name", "NAAM"},
	{"serve.listening", "werkgroep serve luistert op %s, met het bestand %s."},
	{"serve.fingerprint", "Vingerafdruk van deze server (laat de anderen die één keer controleren): %s"},
	{"serve.connect", "Verbinden: ssh -p %s %s"},
	{"serve.connect.addr", "  of met het adres van deze laptop: ssh -p %s %s"},
	{"serve.listen.inuse", "Poort %s is al in gebruik, misschien door een andere werkgroep serve. Stop die eerst, of kies een andere poort, bijvoorbeeld --listen :8022."},
	{"serve.listen.denied", "Op poort %s mag werkgroep serve niet luisteren: poorten onder 1024 zijn voor de beheerder. Kies een hogere, bijvoorbeeld --listen :2222."},
	{"serve.listen.bad", "%s is geen adres van deze computer. Schrijf alleen de poort (--listen :2222, voor alle netwerken) of 127.0.0.1:2222 (alleen op deze computer)."},
	{"serve.keys", "Toegelaten sleutels: %d, in %s"},
	{"serve.nokeys", "Nog niemand mag erin: voeg eerst een sleutel toe met werkgroep serve --add-key BESTAND (sleutels staan in %s)."},
	{"serve.people", "Verbonden: %d"},
	{"serve.stopping", "De server stopt; de verbonden mensen krijgen dat te zien."},
	{"serve.stopped", "De server is gestopt."},
	{"serve.bye", "De server stopt. Wat je aan het typen was, is bewaard."},
	{"serve.nopty", "werkgroep heeft een terminal nodig. Verbind met ssh -t."},
	{"serve.added", "De sleutel van %s staat nu in %s."},
	{"serve.added.noname", "De sleutel staat nu in %s."},
	{"serve.known", "Deze sleutel stond al in %s."},
	{"serve.badkey", "Dit is geen publieke sleutel (zoals id_ed25519.pub): %v"},
	{"serve.failed", "werkgroep serve kan niet starten: %v"},
	{"serve.command", "Dat kent werkgroep serve niet: %s. Verbind zonder commando voor het programma, of met present voor de beamer."},
}

func init() { add(NL, serveNL) }
