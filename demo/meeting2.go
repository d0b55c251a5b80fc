package demo

// meeting2 is "Visie: ruimte voor verschillen". Youssef is afgemeld, Henk
// is not there.
func meeting2() meeting {
	return meeting{
		date:       "2026-03-03",
		place:      "Buurthuis Het Anker, Amsterdam Nieuw-West",
		approved:   "2026-03-24",
		attendance: "pnppppppppappp",
		steps: [][]said{
			{ // Welkom en check-in
				{"tom", inbreng, "Vorige keer was ik er niet. Ik heb het verslag gelezen en vond het herkenbaar.", result{}},
				{"esther", inbreng, "De eerste keer kon ik er niet bij zijn. Ik schrijf verhalen van mensen uit mijn buurt op, en ik hoop dat ze hier ergens landen.",
					opened(partly("Twee verhalen staan als voorbeeld in de visietekst. Een verhalenbundel valt buiten deze werkgroep."))},
				{"joyce", inbreng, "Ik loop stage en wil vooral leren hoe je dit samen doet.", result{}},
			},
			{ // Terugblik: acties en verslag
				{"priya", inbreng, "In het verslag staat mijn naam voluit bij een citaat. Dat wil ik liever met mijn initialen.",
					adopted("verslag bijeenkomst 1, aangepast voor het werd vastgesteld")},
				{"sanne", vraag, "Is de vraag over paragraaf en leidraad al uitgezocht?",
					adopted("visietekst, begrippenlijst (actie van bijeenkomst 1 is gedaan)")},
				{group, eens, "Het verslag van bijeenkomst 1 klopt, met die ene correctie.",
					adopted("verslag bijeenkomst 1, vastgesteld op 3 maart")},
			},
			{ // Perspectieven verzamelen
				{"fatma", inbreng, "In het buurtteam zie ik dat één goed gesprek aan de keukentafel meer oplevert dan drie formulieren.",
					adopted("visietekst, alinea 5")},
				{"tom", verschil, "Zonder formulieren is er geen geld. Dat is niet leuk, maar wel de werkelijkheid waar ik mee werk.",
					partly("De spanning tussen verantwoorden en de relatie staat in de tekst. Dat formulieren nodig zijn voor geld is geen uitgangspunt geworden.")},
				{"esther", inbreng, "Wat mensen zelf vertellen is vaak heel anders dan wat er in de stukken staat.",
					adopted("visietekst, alinea 2")},
				{"ricardo", zorg, "Als iedereen zijn eigen perspectief mag hebben, wie beslist er dan uiteindelijk?", result{}},
				{"", inbreng, "Iemand uit de zaal: 'Ik ben niet mijn probleem. Ik heb er een.'",
					adopted("visietekst, alinea 3")},
				{"bart", inbreng, "Voor mij is een visie geen blauwdruk. Het is een afspraak over hoe we naar elkaar luisteren.",
					adopted("visietekst, alinea 2")},
				{"joyce", vraag, "Hoor ik het goed dat de visie vooral ruimte moet maken, en niet alles moet vastleggen?", result{}},
				{"kees", inbreng, "Ik zeg het één keer: ik ben hier al vaker voor gevraagd en ik heb nooit iets teruggehoord.",
					adopted("participatieparagraaf: na elke bijeenkomst een terugkoppeling")},
			},
			{ // Thema's maken (the themes themselves: themes.go)
				{group, eens, "Drie thema's, en wat er niet in past laten we staan. Ook dat hoort bij het verhaal.", result{}},
			},
			{ // Waar zijn we het over eens, waar verschillen we?
				{group, eens, "Elk perspectief telt even zwaar, ook als het niet in cijfers te vangen is.",
					adopted("visietekst, alinea 6")},
				{"mirjam", verschil, "Betaald | vrijwillig: voor mij is dat geen detail. Wie niet betaald wordt, telt minder mee.",
					adopted("visietekst, paragraaf Weerstand & dilemma's")},
				{"tom", verschil, "Ik vind dat niet elke ervaringsdeskundige betaald hoeft te worden. Een lotgenotengroep is ook waardevol zonder contract.",
					partly("Vrijwillig werk staat erin als waardevol. De groep vindt wel dat werk dat steeds terugkomt betaald moet worden.")},
				{"ineke", inbreng, "In mijn lotgenotengroep is niemand deskundig, en toch leren we van elkaar. Je hoeft niet altijd boven je eigen verhaal te staan.",
					adopted("visietekst, paragraaf Ruimte voor verschillen")},
				{"naima", vraag, "Mogen we het ook oneens blijven in de eindtekst? Of moet alles glad?",
					adopted("visietekst: verschillen staan in een apart kader")},
				{"priya", verschil, "Ik denk dat we wel een paar gedeelde woorden nodig hebben, anders kan een beleidsmaker er niets mee.", result{}},
				{"sanne", zorg, "Ik ben bang dat 'iedereen heeft gelijk' betekent dat er niets verandert.", result{}},
			},
			{ // Rollen van de ervaringsdeskundige
				{"fatma", inbreng, "Ik ben vaak de brug. Ik vertaal de brief van de gemeente naar wat iemand echt moet doen.",
					adopted("visietekst, rollen: brugfunctie")},
				{"bart", inbreng, "Hoop geven is het belangrijkste. Mensen zien: hij heeft het ook gered.",
					adopted("visietekst, rollen: bron van hoop")},
				{"esther", idee, "Een rol die ik mis: de verteller. Iemand die de verhalen uit de buurt bundelt, zodat het kennis van ons allemaal wordt.",
					partly("De rol 'gids naar collectieve ervaringskennis' is aangevuld met het verzamelen van verhalen. Een aparte rol 'verteller' is het niet geworden.")},
				{"ricardo", zorg, "Ik wil geen rol opgeplakt krijgen. Soms ben ik gewoon bewoner.",
					adopted("visietekst, rollen: niemand in een hokje")},
				{"tom", vraag, "Hoe weet je als collega wat je van een ervaringsdeskundige mag vragen? Vaak is er geen functieomschrijving.", result{}},
				{"joyce", inbreng, "Op mijn stage zie ik het: iedereen heeft een stoel en weet wat hij moet doen. Alleen de stoel van de ervaringsdeskundige staat er nog niet.",
					adopted("visietekst, paragraaf Rollen")},
			},
			{ // Afsluiting en check-out
				{"kees", inbreng, "Vandaag voelde ik me wel gehoord.", result{}},
				{group, eens, "Volgende keer verder met verdiepen: wat maakt een relatie gelijkwaardig?", result{}},
				{"sanne", idee, "Kunnen we de volgende keer in Oost zitten? Dan kunnen meer mensen uit die buurt komen.",
					opened(adopted("bijeenkomst 3 in Wijkcentrum De Kapel, Oost"))},
			},
		},
		decisions: []string{
			"De visie wordt geen blauwdruk, maar een afspraak over hoe we verschillen ruimte geven.",
			"Het verslag van bijeenkomst 1 is vastgesteld, met één correctie.",
			"Bijeenkomst 3 is in Oost.",
		},
		actions: []todo{
			{"Een buurthuis in Oost regelen voor bijeenkomst 3", "ANE-bureau", "2026-03-17", done},
			{"Twee verhalen uit de buurt opschrijven voor de visietekst", "esther", "2026-03-24", done},
			{"Navragen of er een functieomschrijving is voor ervaringsdeskundigen in buurtteams", "tom", "2026-03-24", open},
		},
	}
}
