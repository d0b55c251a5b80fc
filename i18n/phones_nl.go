package i18n

// Phones in the program (issue 17): opening a session to phones, the
// note-taker's view of them, and the projector's address and code.
var phonesNL = []entry{
	{"phones.key.toggle", "telefoons open/dicht"},
	{"phones.key.confirm", "bevestig naam van telefoon"},
	{"phones.cannot", "Telefoons kunnen hier niet meedoen: dit bestand is alleen te lezen."},
	{"phones.opened", "Open voor telefoons: %s · code %s. F3 sluit weer."},
	{"phones.opened.elsewhere", "Open voor telefoons met code %s. Dit programma toont de pagina niet zelf: start werkgroep serve --web :8080 op deze laptop."},
	{"phones.noserver", "De pagina voor telefoons start niet (%v). Start werkgroep serve --web met een andere poort."},
	{"phones.closed", "Gesloten voor telefoons. Wat al gestuurd is, blijft bewaard."},
	{"phones.none.pending", "Er wacht geen telefoon op bevestiging."},
	{"phones.confirmed", "Bevestigd: de antwoorden van deze telefoon tellen nu als %s."},
	{"phones.taken", "Een andere telefoon is al als %s bevestigd. Vraag wie het is."},
	{"phones.where.elsewhere", "via werkgroep serve --web"},
	{"phones.line", "Telefoons: code %s · %s · %d beantwoord"},
	{"phones.pending", "%s wacht op bevestiging: F4 bevestigt (%d wachten)"},
	{"phones.via", "via telefoon"},
	{"phones.via.short", "telefoon"},
	{"phones.join", "Doe mee met je telefoon: %s · code\u00a0%s"},
	{"phones.join.nowhere", "Doe mee met je telefoon: code\u00a0%s"},
	{"phones.closed.present", "Gesloten voor telefoons."},
	{"serve.flag.web", `ook de pagina voor telefoons tonen, op dit adres en deze poort (bijvoorbeeld :8080); met --listen "" zonder SSH`},
	{"serve.web", "Pagina voor telefoons: %s"},
	{"serve.web.also", "  ook: %s"},
	{"serve.web.how", "Open een bijeenkomst voor telefoons met T in het programma; de code staat dan op het scherm."},
	{"phones.md.schema", "Van de %[2]d mensen die zich plaatsten, deden %[1]d dat met hun eigen telefoon."},
	{"phones.md.votes", "Van hen stemden %d met hun eigen telefoon."},
	{"phones.md.anon", "%d via telefoon"},
}

func init() { add(NL, phonesNL) }
