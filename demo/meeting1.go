package demo

// meeting1 is "Onderlegger: de spanning". Tom is afgemeld, Esther is not
// there, and nobody noted whether Joyce was expected.
func meeting1() meeting {
	return meeting{
		date:       "2026-02-10",
		place:      "Buurthuis Het Anker, Amsterdam Nieuw-West",
		approved:   "2026-03-03",
		attendance: "ppppppppnppap?",
		steps: [][]said{
			{ // Welkom en check-in
				{"sanne", inbreng, "Ik ben hier omdat ik jaren met instanties heb gepraat zonder dat er iets veranderde. Ik wil dat het nu anders gaat.", result{}},
				{"youssef", inbreng, "Ik werk bij de gemeente. Ik merk dat we vaak over mensen praten in plaats van met ze. Daarom zit ik hier.", result{}},
				{"ineke", inbreng, "Ik vond het spannend om te komen. Fijn dat niemand vroeg wat ik 'heb'.",
					opened(adopted("werkwijze: de check-in vraagt wat je wilt delen, nooit naar een beperking (vanaf bijeenkomst 2)"))},
				{"henk", inbreng, "Ik luister vandaag vooral.", result{}},
			},
			{ // Waarom deze werkgroep
				{"priya", vraag, "Wat is precies het verschil tussen de participatieparagraaf en de participatieleidraad? Ik haal ze zelf ook door elkaar.",
					adopted("visietekst, begrippenlijst")},
				{"bart", inbreng, "Een paragraaf is papier. Het gaat erom wat er daarna met onze inbreng gebeurt, en dat we dat ook terughoren.",
					adopted("visietekst, alinea 1")},
				{"mirjam", zorg, "Ik ben bang dat het weer een vinkje wordt: 'ervaringsdeskundigen zijn gehoord', en klaar.",
					revised(partly("staat in het verslag, maar nog niet in de tekst; eerst de visie afmaken"),
						adopted("participatieparagraaf, inleiding"))},
				{"youssef", verschil, "Ik denk juist dat een vaste paragraaf helpt. Als het er standaard in moet, kan niemand eromheen.",
					partly("De paragraaf blijft standaard, met de eis dat erin staat wat er met de inbreng is gedaan. Alleen 'standaard' vond de groep te weinig.")},
				{group, eens, "De paragraaf moet laten zien wat er met de inbreng is gedaan, niet alleen wie er aan tafel zat.",
					adopted("visietekst, alinea 1")},
				{"naima", vraag, "Voor wie schrijven we dit eigenlijk: voor de ambtenaar of voor de bewoner?",
					partly("Voor allebei: de leidraad is voor ambtenaren, maar in taal die bewoners ook begrijpen (B1). Een aparte versie voor bewoners komt er niet, daar is geen geld voor.")},
			},
			{ // Schema ter ordening van de spanningen
				{"fatma", inbreng, "Bij regel 4 zet ik 'nu' op 2. Alles moet in cijfers, ook als het gesprek het belangrijkste was.",
					adopted("visietekst, paragraaf Weerstand & dilemma's")},
				{"youssef", verschil, "Ik zet 'nu' bij meetbaarheid hoger dan de rest. Wij meten niet alleen om te controleren, ook om te leren.",
					notTaken("De groep herkent dit voor sommige teams, maar de meesten ervaren meten vooral als controle. Het verschil staat in het verslag.")},
				{"ricardo", vraag, "Gaat het om de gemeente als geheel, of om het team waar je zelf mee te maken hebt? Dat maakt voor mij veel uit.",
					adopted("werkwijze schema: vooraf zeggen waarover je plaatst")},
				{group, verschil, "Over regel 3 (zeker weten of onzeker weten) zijn we het niet eens. Sommigen willen juist wél bewijs, anderen vinden dat bewijs mensen buitensluit.", result{}},
				{"ineke", zorg, "Ik vind het lastig om mezelf in een getal te zetten. Is dat niet precies wat we niet willen?",
					notTaken("We houden het schema, omdat het verschillen zichtbaar maakt. Wie niet wil plaatsen, hoeft dat niet; dat is afgesproken.")},
				{"sanne", inbreng, "Bij mij in de buurt heet je 'multiprobleemgezin' voordat iemand je naam weet. Dat is regel 1 in het echt.",
					adopted("visietekst, alinea 3 (voorbeeld over labels)")},
				{"kees", inbreng, "Ik heb nu en wens overal ver uit elkaar gezet. Zo voelt het ook.", result{}},
			},
			{ // Het inzicht: anders gaan werken
				{"bart", inbreng, "Kanteling betekent voor mij: de ambtenaar komt naar de buurt, niet de buurt naar het loket.",
					adopted("visietekst, alinea 4")},
				{"priya", zorg, "Een kanteling van de hele organisatie is groot. Ik ben bang dat we afhaken als we niet klein beginnen.",
					partly("Klein beginnen staat erin, met de tandems als voorbeeld. Het doel blijft wel de hele organisatie.")},
				{"henk", idee, "Begin met één team dat het een jaar anders mag doen, zonder de gewone cijfers.",
					notTaken("Valt buiten de opdracht van deze werkgroep. Het idee is doorgegeven aan de werkgroep Aanbesteden.")},
				{"mirjam", inbreng, "Vertrouwen komt te voet en gaat te paard. Na één brief met dreigende taal ben je het kwijt.",
					adopted("visietekst, paragraaf Vertrouwen als fundament")},
				{"youssef", vraag, "Wat kan ik morgen al anders doen, aan mijn eigen bureau?", result{}},
				{"", vraag, "Moet de kanteling van bovenaf komen, of juist van onderop?", result{}},
				{group, eens, "We moeten allemaal anders gaan werken, niet alleen de ervaringsdeskundigen.",
					adopted("visietekst, samenvatting")},
			},
			{ // Afsluiting en check-out
				{"naima", inbreng, "Ik ga naar huis met meer vragen dan antwoorden, en dat is goed.", result{}},
				{"ineke", inbreng, "Fijn dat een verschil ook mocht blijven staan.", result{}},
				{group, idee, "Volgende keer beginnen met de open vragen van vandaag.",
					opened(adopted("agenda bijeenkomst 2, terugblik"))},
			},
		},
		decisions: []string{
			"We werken met het schema ter ordening van de spanningen. Wie niet wil plaatsen, hoeft dat niet.",
			"Verschillen van inzicht blijven in het verslag staan.",
			"Iedereen kiest zelf hoe zijn of haar naam in het verslag komt.",
		},
		actions: []todo{
			{"Uitzoeken wat het verschil is tussen de participatieparagraaf en de participatieleidraad", "priya", "2026-03-03", done},
			{"Verslag rondsturen, met de vraag hoe iedereen genoemd wil worden", "de trekkers", "2026-02-17", done},
			{"De uitnodigingsbrief van de gemeente herschrijven in eenvoudige taal", "gemeente", "2026-03-03", dropped},
		},
	}
}
