package demo

// meeting3 is "Ervaringsdeskundigheid verdiepen, verrijken, verbreden", in
// Oost. Ricardo is not there, Priya and Bart are afgemeld, and for Kees
// nothing was noted.
func meeting3() meeting {
	return meeting{
		date:       "2026-03-24",
		place:      "Wijkcentrum De Kapel, Amsterdam-Oost",
		approved:   "2026-04-14",
		attendance: "pppap?npppppnp",
		steps: [][]said{
			{ // Welkom en check-in
				{"youssef", inbreng, "Ik was er vorige keer niet, er was een begrotingsoverleg. Typisch, eigenlijk.", result{}},
				{"henk", inbreng, "Ik heb deze keer wel iets te zeggen, maar straks.", result{}},
				{"naima", inbreng, "Mijn broer is deze week opgenomen, dus ik ben er met een half hoofd.", result{}},
			},
			{ // Terugblik: acties en verslag
				{"mirjam", inbreng, "De brief van de gemeente is nog steeds niet herschreven. Ik wil het zelf wel doen.",
					adopted("nieuwe actie in bijeenkomst 3")},
				{group, eens, "Het verslag van bijeenkomst 2 klopt zo.",
					adopted("verslag bijeenkomst 2, vastgesteld op 24 maart")},
			},
			{ // Verdiepen: wederkerigheid en empowerment
				{"sanne", inbreng, "Bij mij werkte het pas toen mijn hulpverlener zei: ik weet het ook niet, laten we het samen uitzoeken.",
					adopted("visietekst, paragraaf Verdiepen")},
				{"fatma", verschil, "Wederkerig betekent niet dat alles gelijk is. Ik heb een contract en de bewoner niet. Dat moet je eerlijk zeggen.",
					adopted("visietekst, paragraaf Verdiepen (kader met verschillen)")},
				{"ineke", verschil, "Ik zie dat anders. In de relatie zelf zijn we gelijk, ook als de contracten verschillen.",
					adopted("visietekst, paragraaf Verdiepen (kader met verschillen)")},
				{"tom", vraag, "Hoe meet je empowerment zonder er weer een vinkje van te maken?", result{}},
				{"esther", inbreng, "Redder en slachtoffer: ik ben allebei geweest. Het helpt niemand.",
					partly("De zin over redder en slachtoffer staat erin. Het persoonlijke verhaal erbij is op eigen verzoek weggelaten.")},
				{"joyce", idee, "Misschien moet de hulpverlener ook iets van zichzelf laten zien, zoals de ervaringsdeskundige dat doet.",
					notTaken("Niet iedereen vond dit passend voor professionals. Het blijft een vraag voor een volgende werkgroep.")},
				{"youssef", zorg, "Ik wil best gelijkwaardig werken, maar ik moet ook besluiten over een uitkering. Dat blijft ongelijk.", result{}},
			},
			{ // Verrijken: structurele oorzaken
				{"mirjam", inbreng, "'Ik krijg de schuld van iets waaraan ik geen schuld heb.' Zo voelde het toen ik schulden had. Armoede is geen karakterfout.",
					adopted("visietekst, paragraaf Verrijken")},
				{"henk", inbreng, "In mijn straat hebben vier gezinnen hetzelfde probleem met de huur. Dat is geen toeval, dat is beleid.",
					adopted("visietekst, paragraaf Verrijken (voorbeeld)")},
				{"youssef", verschil, "Niet alles is structureel. Soms maken mensen ook zelf keuzes die slecht uitpakken.",
					notTaken("De groep wil de nadruk op structurele oorzaken houden. Niemand ontkent eigen keuzes, maar ze horen niet in deze paragraaf.")},
				{"naima", vraag, "Wie weet eigenlijk wat er in een buurt nodig is? De gemeente, het buurtteam of de bewoners?",
					adopted("visietekst, paragraaf Verrijken: samen met bewoners bepalen wat een buurt nodig heeft")},
				{"sanne", idee, "Laat bewoners zelf een buurtschouw doen, met een kleine vergoeding, en neem hun verslag serieus.",
					partly("De buurtschouw door bewoners staat erin als voorbeeld. Een vergoeding kon de werkgroep niet toezeggen.")},
				{"tom", zorg, "Ik ben bang dat we veel beloven over armoede wat wij hier niet kunnen oplossen.", result{}},
				{"", inbreng, "Uit de zaal: bij de voedselbank komen steeds meer mensen die wel werk hebben.",
					adopted("visietekst, paragraaf Verrijken (voorbeeld)")},
				{"fatma", inbreng, "Vooroordelen zitten ook in ons eigen team. Een collega zei: 'die komt toch alleen voor het geld.'",
					adopted("visietekst, paragraaf Verrijken")},
			},
			{ // Verbreden: gelijkwaardig, inclusief, integraal
				{"esther", idee, "Een vrouw in mijn straat kookt voor de hele flat. Dat is een oplossing, maar het past in geen enkel potje.",
					adopted("visietekst, paragraaf Verbreden (voorbeeld)")},
				{"ineke", inbreng, "Inclusief betekent ook: let op de tijd en de plek. Niet iedereen kan overdag, en niet iedereen kan een trap op.",
					adopted("werkwijze: bijeenkomsten 's avonds en op een plek zonder trap")},
				{"joyce", vraag, "Wat doe je als iemands eigen oplossing tegen de regels ingaat?", result{}},
				{"henk", verschil, "'Integraal' is een woord voor de vergadering. In het echt heb je drie loketten en drie wachttijden.",
					partly("Het woord 'integraal' is gebleven, maar er staat nu bij wat het in de praktijk betekent: één vast aanspreekpunt.")},
				{group, eens, "Eigen, soms afwijkende oplossingen verdienen ruimte, ook als ze niet in een product passen.",
					adopted("visietekst, paragraaf Verbreden")},
				{"tom", inbreng, "Twee dingen die bij ons helpen:\n- een vaste contactpersoon\n- tijd die je niet hoeft te verantwoorden",
					partly("De vaste contactpersoon is overgenomen. Tijd zonder verantwoording vindt de gemeente nu niet haalbaar.")},
			},
			{ // Afsluiting en check-out
				{"naima", inbreng, "Ik ben blij dat ik toch ben gekomen.", result{}},
				{group, eens, "Volgende keer: wat is er nodig op elk niveau, en wat betekent zeggenschap in een buurtteam?", result{}},
				{"youssef", idee, "Ik neem de vraag over betaald en vrijwillig mee naar mijn afdeling en kom erop terug.",
					opened(adopted("actie bijeenkomst 3; het antwoord kwam in bijeenkomst 4"))},
			},
		},
		decisions: []string{
			"In de visietekst komt een apart kader voor de punten waarover we het niet eens zijn.",
			"Het verslag van bijeenkomst 2 is vastgesteld.",
		},
		actions: []todo{
			{"De uitnodigingsbrief herschrijven in eenvoudige taal", "mirjam", "2026-04-07", done},
			{"De vraag over betaald en vrijwillig voorleggen aan de afdeling", "youssef", "2026-04-14", done},
			{"Een buurtschouw door bewoners uitwerken als voorbeeld", "sanne", "2026-04-14", dropped},
		},
	}
}
