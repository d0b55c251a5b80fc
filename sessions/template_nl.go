package sessions

// visionNL is the built-in process in Dutch. Text between „…” or "…" is quoted
// from the werkgroep's own documents (shared/seeds); keep it exact.
func visionNL() []TemplateSession {
	// check-in and check-out are for the group only (Step.Private)
	welkom := func(extra string) Step {
		return private(StepOpening, "Welkom en check-in",
			"Iedereen komt binnen en wordt gezien. Niemand hoeft iets te vertellen wat hij of zij niet wil.",
			"Wat wil je vandaag met de groep delen? Vertel het in je eigen woorden, zoveel als je zelf wilt."+extra, 15)
	}
	terugblik := step(StepOpening, "Terugblik: acties en verslag",
		"We kijken samen naar de open acties en stellen het verslag van de vorige keer vast.",
		"Klopt het verslag van de vorige keer? Wat is er gebeurd met de acties?", 10)
	afsluiting := private(StepClosing, "Afsluiting en check-out",
		"We zeggen wat we hebben besloten en wie wat doet. Iedereen kan nog iets zeggen.",
		"Wat hebben we besloten? Wie doet wat, en wanneer? Met welk gevoel ga je naar huis?", 10)
	pauze := step(StepBreak, "Pauze", "Even rust.", "Pauze. We gaan zo verder.", 10)
	return []TemplateSession{
		{
			Title:   "Onderlegger: de spanning",
			Purpose: "De spanning tussen doel-rationeel en relationeel werken verkennen, als onderlegger voor de visie.",
			Steps: []Step{
				welkom(""),
				step(StepActivity, "Waarom deze werkgroep",
					"Samen scherp krijgen waar we het over hebben.",
					"„Beleidsstukken krijgen standaard een participatieparagraaf, waarin inzichtelijk gemaakt op welke manier Amsterdammers betrokken zijn geweest en wat er met hun inbreng is gedaan” (motie Hup ervaringsdeskundigen)\n\nMaar hoe richten we die paragraaf dan in? En (vooral) welke visie ligt hieraan ten grondslag en is die wel voldoende \"geladen\"?", 15),
				step(StepSchema, "Schema ter ordening van de spanningen",
					"Iedereen laat zien waar we nu staan en waar we naartoe willen. Verschillen zijn informatie, geen ruis.",
					"Waar staan we nu, en waar willen we naartoe? Plaats per regel nu en wens tussen de twee kanten: 1 is top-down (regie van buitenaf), 7 is bottom-up (regie van binnenuit). Geef een voorbeeld of een spanning die je voelt.", 45),
				step(StepActivity, "Het inzicht: anders gaan werken",
					"Het inzicht uit het schema in eigen woorden brengen.",
					"„We moeten allemaal anders gaan werken om de kloof burger – overheid te overbruggen. Vertrouwen (terug-) winnen vergt een kanteling van de organisatie en grijpt diep in het systeem in.”\n\nWat betekent die kanteling voor jou?", 20),
				afsluiting,
			},
		},
		{
			Title:   "Visie: ruimte voor verschillen",
			Purpose: "Geen blauwdruk, maar overeenstemming over de vele manieren van kijken. Ruimte voor de verschillende rollen van de ervaringsdeskundige.",
			Steps: []Step{
				welkom(""),
				terugblik,
				step(StepActivity, "Perspectieven verzamelen",
					"Alle manieren van kijken komen op tafel. Elk perspectief telt even zwaar.",
					"„Visie: niet zozeer één blauwdruk of model, maar meer onderlinge overeenstemming over de vele manieren van benaderen van de werkelijkheid.”\n\nHoe kijk jij ernaar?", 30),
				step(StepThemes, "Thema's maken",
					"Wat gezegd is samenbrengen in thema's, zonder verschillen weg te poetsen. Wat in geen thema past, blijft zichtbaar.",
					"Welke thema's zien we in wat er gezegd is? Wat hoort bij elkaar, en hoe noemen we dat?", 15),
				step(StepActivity, "Waar zijn we het over eens, waar verschillen we?",
					"Benoemen waar we het over eens zijn en waar we mogen verschillen. Verschil blijft in het verslag staan.",
					"„Relationeel betekent ook: het ene perspectief is niet meer waard of geldiger dan het andere.”\n\nWaar zijn we het over eens? Waar verschillen we, en mag dat?", 25),
				pauze,
				step(StepActivity, "Rollen van de ervaringsdeskundige",
					"De verschillende rollen van de ervaringsdeskundige verkennen, zonder iemand in een hokje te stoppen.",
					"„Zij zijn een bron van hoop en een rolmodel” · „Zij vervullen een brugfunctie tussen de systeemwereld en de leefwereld” · gids naar collectieve ervaringskennis.\n\nWelke rollen herken je? Welke mis je?", 25),
				afsluiting,
			},
		},
		{
			Title:   "Ervaringsdeskundigheid verdiepen, verrijken, verbreden",
			Purpose: "Het containerbegrip ervaringsdeskundigheid verdiepen, verrijken en verbreden.",
			Steps: []Step{
				welkom(""),
				terugblik,
				step(StepActivity, "Verdiepen: wederkerigheid en empowerment",
					"Wat maakt een relatie gelijkwaardig?",
					"„Ervaringsdeskundigen dragen bij aan de kanteling van rationeel naar relationeel werken vanuit wederkerigheid en empowerment.”\n\nNiet de een als „redder” en de ander als „slachtoffer”. Hoe ziet dat eruit in jouw praktijk?", 25),
				step(StepActivity, "Verrijken: structurele oorzaken",
					"Verder kijken dan de persoon: naar oorzaken en vooroordelen.",
					"„Ik krijg de schuld van iets waaraan ik geen schuld heb.”\n\nWelke structurele oorzaken en vooroordelen zie jij? Wat is er in jouw buurt nodig?", 25),
				pauze,
				step(StepActivity, "Verbreden: gelijkwaardig, inclusief, integraal",
					"Ruimte maken voor eigen, soms afwijkende oplossingen.",
					"„gelijkwaardig, inclusief en integraal werken vanuit een wij-gevoel en met oog voor eigen (soms afwijkende) oplossingen.”\n\nWelke eigen oplossingen ken je die in het gewone systeem niet passen?", 25),
				afsluiting,
			},
		},
		{
			Title:   "Condities voor de kanteling",
			Purpose: "Verkennen wat nodig is voor de kanteling van doel-rationeel naar relationeel, op elk niveau.",
			Steps: []Step{
				welkom(""),
				terugblik,
				step(StepActivity, "Micro, meso, macro",
					"Wat ervaringsdeskundigen op elk niveau nodig hebben.",
					"„op alle niveaus (micro-meso-macro) zijn ED'ers nodig, steeds vaker betaald en goed opgeleid en ondersteund om hun vermogens en rollen ook goed in te zetten.”\n\nWat is er nodig: 1 op 1, per groep of buurt, en in beleid?", 30),
				step(StepActivity, "Zeggenschap in Buurtteams",
					"De condities concreet maken.",
					"„We hebben dit geconcretiseerd met hun verantwoordelijkheid en zeggenschap in Buurtteams.”\n\nWat betekent verantwoordelijkheid en zeggenschap in een buurtteam?", 25),
				step(StepActivity, "Weerstand en dilemma's",
					"Ook benoemen wat moeilijk is.",
					"„Een relationele manier van werken staat op gespannen voet met de \"meetbaarheid\" van het rationeel werken.”\n\nWaar loop je tegenaan? Welk dilemma voel je?", 20),
				step(StepVoting, "Welke condities zijn het belangrijkst?",
					"Zien wat de groep het belangrijkst vindt voor de kanteling. Iedereen heeft drie stemmen, op één conditie of verdeeld.",
					"Welke condities zijn nodig voor de kanteling van doel-rationeel naar relationeel? Zet je stemmen op wat jij het belangrijkst vindt.", 15),
				step(StepSchema, "Schema: waar staan we nu?",
					"Opnieuw plaatsen, zodat we zien wat er is veranderd sinds de eerste keer.",
					"Waar staan we nu, na vier bijeenkomsten? Plaats opnieuw nu en wens per regel. Wat is er veranderd?", 30),
				step(StepClosing, "Afsluiting: visie en participatieparagraaf",
					"Terugkijken op het hele proces en afspreken wat er met de inbreng gebeurt.",
					"Wat nemen we mee in de visietekst? Wat is er met ieders inbreng gedaan? Met welk gevoel ga je naar huis?", 20),
			},
		},
	}
}
