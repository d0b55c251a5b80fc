package i18n

// Two people, one thing: a save finds that someone else changed the same
// record meanwhile (issue 15 point 2).
var conflictNL = []entry{
	{"conflict.title", "Intussen veranderd"},
	{"conflict.title.gone", "Intussen verwijderd"},
	{"conflict.entry", "Iemand anders heeft deze bijdrage veranderd terwijl jij ermee bezig was. Kies welke versie blijft."},
	{"conflict.placement", "Iemand anders heeft deze plaats op het schema veranderd terwijl jij ermee bezig was. Kies welke blijft."},
	{"conflict.action", "Iemand anders heeft deze actie veranderd terwijl jij ermee bezig was. Kies welke versie blijft."},
	{"conflict.decision", "Iemand anders heeft dit besluit veranderd terwijl jij ermee bezig was. Kies welke versie blijft."},
	{"conflict.gone.action", "Iemand anders heeft deze actie verwijderd terwijl jij ermee bezig was. Jouw versie is er nog."},
	{"conflict.gone.decision", "Iemand anders heeft dit besluit verwijderd terwijl jij ermee bezig was. Jouw versie is er nog."},
	{"conflict.person", "Iemand anders heeft de gegevens van deze deelnemer veranderd terwijl jij ermee bezig was. Kies welke versie blijft."},
	{"conflict.gone.person", "Iemand anders heeft deze deelnemer verwijderd terwijl jij ermee bezig was. Jouw versie is er nog."},
	{"conflict.person.naming", "in het verslag: %s"},
	{"conflict.person.paragraph", "in de paragraaf: %s"},
	{"conflict.step", "Iemand anders heeft deze stap van de agenda veranderd terwijl jij ermee bezig was. Kies welke versie blijft."},
	{"conflict.gone.step", "Iemand anders heeft deze stap verwijderd terwijl jij ermee bezig was. Jouw versie is er nog."},
	{"conflict.step.minutes", "%d minuten"},
	{"conflict.outcome", "Iemand anders heeft intussen vastgelegd wat er met deze bijdrage is gedaan. Kies wat blijft."},
	{"conflict.outcome.many", "Bij %d van de %d bijdragen heeft iemand anders intussen iets anders vastgelegd. De andere zijn opgeslagen. Kies wat er bij deze blijft."},
	{"conflict.outcome.gone", "%d bijdrage(n) waren intussen verwijderd."},
	{"conflict.theirs", "Nu opgeslagen (van de ander):"},
	{"conflict.mine", "Van jou:"},
	{"conflict.key.theirs", "houd die van de ander"},
	{"conflict.key.mine", "sla de mijne op"},
	{"conflict.key.edit", "verder met de mijne"},
	{"conflict.key.new", "sla de mijne op als nieuwe"},
	{"conflict.key.drop", "laat de mijne los"},
	{"conflict.key.move", "kiezen"},
	{"conflict.key.choose", "doen"},
	{"conflict.kept.theirs", "De versie van de ander blijft."},
	{"conflict.kept.mine", "Jouw versie is opgeslagen."},
	{"conflict.kept.new", "Jouw versie is opgeslagen als nieuwe."},
	{"conflict.merged", "Iemand anders veranderde intussen iets anders hieraan; beide veranderingen zijn bewaard."},
	{"conflict.error", "Niet opgeslagen: iemand anders heeft dit intussen veranderd. Kijk wat er nu staat en doe het zo nodig opnieuw."},
	{"conflict.placement.line", "nu %s · wens %s"},
	{"conflict.placement.example", "voorbeeld: %s"},
}

func init() { add(NL, conflictNL) }
