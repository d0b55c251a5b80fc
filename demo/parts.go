package demo

import (
	"fmt"
	"strings"
	"sync"

	"werkgroep/sessions"
)

// Sentence parts for the large demo. They combine into plain Dutch that
// reads plausibly, on the themes of the source documents. Every part fits
// every other part it is combined with (no verb agrees with a topic).

var topics = []string{
	"de buurtteams", "de participatieparagraaf", "de participatieleidraad",
	"betaald werk voor ervaringsdeskundigen", "het vrijwilligerswerk", "de kanteling",
	"het vertrouwen in de gemeente", "armoede in de wijk", "de aanbesteding",
	"de lotgenotengroep", "het keukentafelgesprek", "het schema", "meetbaarheid",
	"de brieven van de gemeente", "wederkerigheid", "het werk één op één",
	"het werk in de buurt", "het beleid voor de hele stad", "de tandems",
	"de wachtlijsten", "zeggenschap", "de functieomschrijving",
	"scholing voor ervaringsdeskundigen", "signalen uit de buurt",
	"de regels rond de uitkering", "de verhalen van bewoners", "de rol van het netwerk",
	"cliëntondersteuning", "de taal in beleidsstukken", "schulden", "de huisbezoeken",
	"het wijkcentrum", "de evaluatie", "de cijfers van het stadsdeel", "het jongerenwerk",
	"de mantelzorg", "de inloop op woensdag", "empowerment",
}

// Inbreng: "<prep> <topic> <clause>.<tail>", the clause verb-first.
var (
	preps   = []string{"Bij", "Rond", "Met", "Over"}
	clauses = []string{
		"gaat het vaak mis bij de eerste stap",
		"zie ik dat mensen afhaken als ze niet worden teruggebeld",
		"mis ik de stem van de bewoners zelf",
		"wordt er te snel een label geplakt",
		"helpt een vaste contactpersoon echt",
		"hangt veel af van één collega die het wil",
		"voelen mensen zich niet gehoord",
		"is tijd belangrijker dan geld",
		"werkt het beter als je samen begint",
		"kom je er met regels alleen niet",
		"merk ik dat vertrouwen langzaam groeit",
		"zien ervaringsdeskundigen vaak als eersten wat er misgaat",
		"telt alleen wat in een tabel past",
		"gaat het om kleine dingen: terugbellen, op tijd komen, doen wat je zegt",
		"heb ik zelf meegemaakt dat niemand doorvroeg",
		"is het verschil tussen betaald | vrijwillig groot",
	}
	tails = []string{
		"", "", "", " Dat zie ik elke week.", " Zo heb ik het zelf meegemaakt.",
		" Dat moet in de tekst.", " Daar moeten we eerlijk over zijn.",
		" Dat hoor ik ook van buren.", " En dat kost vertrouwen.",
	}
)

// byKind is built when a demo is made, not when the program starts.
var byKind = sync.OnceValue(func() map[sessions.Kind][]string {
	return map[sessions.Kind][]string{
		sessions.Vraag: {
			"Wie beslist er eigenlijk over %s?", "Hoe merken bewoners iets van %s?",
			"Wat merkt iemand die slecht leest van %s?", "Wat doen we met %s als het geld op is?",
			"Mogen bewoners meepraten over %s?", "Waarom horen we zo weinig terug over %s?",
			"Wie let op %s als deze werkgroep stopt?", "Wie heeft er het meeste aan %s: de bewoner of de organisatie?",
			"Wat is *echt* anders aan %s?",
		},
		sessions.Zorg: {
			"Ik ben bang dat het bij %s weer een vinkje wordt.",
			"Ik maak me zorgen over %s: wie let erop als het misgaat?",
			"Het dilemma bij %s is dat je snel wilt, maar vertrouwen kost tijd.",
			"Als we niet oppassen, is het bij %s alleen voor de etalage.",
			"Bij %s worden ervaringsdeskundigen snel overvraagd.",
			"Ik twijfel of we met %s de mensen bereiken die het het hardst nodig hebben.",
		},
		sessions.Idee: {
			"Wat als we %s samen met bewoners opnieuw bekijken?",
			"Misschien kunnen we bij %s beginnen met één buurt.",
			"Laat een ervaringsdeskundige meelezen bij %s, en betaal daarvoor.",
			"Zet %s elke maand op de agenda van het buurtteam.",
			"Maak van %s een vast punt in de participatieparagraaf.",
			"Vraag bij %s eerst: wat gaat er goed?",
			"Over %s twee ideeën:\n- samen beginnen\n- vaker terugkoppelen",
		},
		sessions.Overeenstemming: {
			"We zijn het eens dat het bij %s van onderop moet groeien.",
			"Iedereen vindt dat bij %s de bewoner voorop staat.",
			"We delen het beeld dat er voor %s meer tijd nodig is.",
			"De groep is het eens: over %s praten we met de mensen om wie het gaat, niet over ze.",
		},
	}
})

// Verschil keeps both sides: "Over <topic> verschillen we: <a>, <b>."
var sides = [][2]string{
	{"sommigen willen meer regels", "anderen juist meer ruimte"},
	{"de een wil het meten", "de ander vindt dat het niet te meten is"},
	{"een deel wil betaald werk", "een deel vindt vrijwillig juist sterker"},
	{"de een wil snel beginnen", "de ander wil eerst vertrouwen opbouwen"},
	{"sommigen zien het als taak van de gemeente", "anderen als taak van de buurt zelf"},
}

// sentence makes one contribution's text of a kind.
func sentence(wr *writer, k sessions.Kind) string {
	t := topics[wr.rng.IntN(len(topics))]
	switch k {
	case sessions.Inbreng:
		return fmt.Sprintf("%s %s %s.%s", pickS(wr, preps), t, pickS(wr, clauses), pickS(wr, tails))
	case sessions.Verschil:
		s := sides[wr.rng.IntN(len(sides))]
		return fmt.Sprintf("Over %s verschillen we: %s, %s.", t, s[0], s[1])
	}
	return fmt.Sprintf(pickS(wr, byKind()[k]), t)
}

var (
	paragraphs = []string{"Verdiepen", "Verrijken", "Verbreden", "Buurtteams", "Weerstand & dilemma's", "Vertrouwen als fundament"}
	partlyWhat = []string{"De kern", "Het voorbeeld", "De vraag", "Het eerste deel"}
	partlyWhy  = []string{"de rest valt buiten deze werkgroep", "voor de rest is nu geen geld",
		"over de rest was de groep het niet eens", "de gemeente wil de rest eerst uitzoeken"}
	notWhy = []string{
		"Valt buiten de opdracht van deze werkgroep.",
		"De groep was het er niet mee eens; het verschil staat in het verslag.",
		"Past niet binnen de regels van de aanbesteding; doorgegeven aan het ANE-bureau.",
		"Is al geregeld in bestaand beleid.",
		"Te weinig steun in de groep; wel genoteerd als vraag voor later.",
	}
)

// outcomeNote makes a note that fits an outcome.
func outcomeNote(wr *writer, o sessions.Outcome) string {
	switch o {
	case sessions.Adopted:
		switch wr.rng.IntN(4) {
		case 0:
			return fmt.Sprintf("participatieparagraaf, alinea %d", 1+wr.rng.IntN(6))
		case 1:
			return "visietekst, paragraaf " + pickS(wr, paragraphs)
		}
		return fmt.Sprintf("visietekst, alinea %d", 1+wr.rng.IntN(12))
	case sessions.PartlyAdopted:
		return fmt.Sprintf("%s is overgenomen; %s.", pickS(wr, partlyWhat), pickS(wr, partlyWhy))
	case sessions.NotAdopted:
		return pickS(wr, notWhy)
	}
	return ""
}

var (
	actionVerbs = []string{"Uitzoeken hoe het zit met %s", "Een voorbeeld opschrijven over %s",
		"Navragen bij het stadsdeel wat er bekend is over %s", "Een gesprek plannen over %s",
		"Een korte tekst in eenvoudige taal schrijven over %s"}
	otherOwners = []string{"gemeente", "ANE-bureau", "de trekkers", "het buurtteam", "stadsdeel Oost"}
	decisionsOf = []string{"We nemen %s mee in de visietekst.", "Over %s komt er een kader met de verschillen.",
		"We vragen de gemeente om een reactie op wat we over %s zeiden.", "We komen later terug op %s."}
)

func actionText(wr *writer) string {
	return fmt.Sprintf(pickS(wr, actionVerbs), pickS(wr, topics))
}

func decisionText(wr *writer) string {
	return fmt.Sprintf(pickS(wr, decisionsOf), pickS(wr, topics))
}

// Invented names: 40 first and 40 last names, none from the sources.
var (
	firstNames = []string{"Anouk", "Bilal", "Chantal", "Dennis", "Eva", "Farid", "Gerda", "Hamza", "Iris", "Jasper",
		"Karin", "Lucas", "Maryam", "Nico", "Olga", "Pieter", "Rachida", "Stefan", "Tamara", "Umar",
		"Vera", "Willem", "Yvonne", "Zeynep", "Arjen", "Bianca", "Dewi", "Emre", "Fleur", "Gijs",
		"Hatice", "Ivo", "Jolanda", "Koen", "Lotte", "Mohamed", "Nadia", "Orlando", "Petra", "Quinten"}
	lastNames = []string{"Aydın", "Brouwer", "Chaouch", "Dijkstra", "Engel", "Fontein", "Groen", "Hoekstra", "Jansen", "Kok",
		"Lambrecht", "Mulder", "Nijhuis", "Oosterhout", "Postma", "Ramcharan", "Sedney", "Tahiri", "Uiterwijk", "Visser",
		"Wouters", "Yılmaz", "Zandbergen", "Abdi", "Coster", "Doğan", "Elzinga", "Faber", "Gerritsen", "Hendriks",
		"Ismaili", "Jonker", "Kramer", "Linders", "Meijer", "Nauta", "Overmars", "Pinto", "van Rijn", "de Graaf"}
	buurten = []string{"Nieuw-West", "Noord", "Oost", "Zuidoost", "West", "Centrum", "de Indische Buurt", "Osdorp", "Slotervaart", "de Pijp"}
	extras  = []string{"", " Ik werk in de zorg.", " Ik help bij de voedselbank.", " Ik heb twee kinderen.",
		" Ik werk bij het stadsdeel.", " Ik zit in een lotgenotengroep.", " Ik ben met pensioen.", " Ik heb lang schulden gehad."}
)

// about is a few words in someone's own words, or nothing.
func about(wr *writer) string {
	if wr.rng.IntN(3) == 0 {
		return ""
	}
	return strings.TrimSpace("Ik woon in " + pickS(wr, buurten) + "." + pickS(wr, extras))
}

func pickS(wr *writer, from []string) string { return from[wr.rng.IntN(len(from))] }
