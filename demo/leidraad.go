package demo

import "werkgroep/sessions"

// leidraad is what the demo werkgroep recorded for the Participatieleidraad
// Sociaal, in its own words. It tells the same story as the script: the
// check-in that asks what you want to share (session 1), the differences
// kept in a box of their own (sessions 2 and 3), the last reading round
// and the message in half a year (session 4), the invitation letter
// rewritten in plain language (an action of session 3).
var leidraad = sessions.Leidraad{
	Listen: "Elke bijeenkomst begon met een check-in, waarin ieder vertelde wat hij of zij wilde delen. " +
		"Met het spanningsschema liet ieder zien waar het werk nu staat en waar het naartoe moet.",
	Together: "In vier bijeenkomsten schreef de groep samen de visietekst. " +
		"Waar mensen het niet eens werden, staat het verschil in een apart kader.",
	Role: "Deelnemers lezen de visietekst en de participatieparagraaf nog één keer, voordat die naar het ANE en de gemeente gaan. " +
		"Over een half jaar bekijkt de groep samen wat de gemeente met het advies heeft gedaan.",
	Feedback: "Mensen krijgen een uitnodiging in eenvoudige taal. Na elke bijeenkomst krijgt ieder het verslag, en de groep stelt het de volgende keer samen vast. " +
		"Over een half jaar hoort iedereen wat er met de inbreng is gebeurd.",
}
