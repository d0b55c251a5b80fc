package sessions

// The tension schema ("Schema ter ordening van de spanningen") has five
// dimensions, each placed on a scale of seven points: 1 is the top-down
// pole, 7 the bottom-up pole. Zero is "not placed".
const (
	SchemaDimensions = 5
	SchemaPoints     = 7
)

// SchemaText is the schema in one language: the two poles' headings and
// the five dimensions' pole texts.
type SchemaText struct {
	Title            string
	TopDownModel     string // "Top-down (doel-rationeel) model"
	TopDownSteering  string // "Regie van buitenaf"
	BottomUpModel    string
	BottomUpSteering string
	Dimensions       [SchemaDimensions]Dimension
}

// Dimension is one line of the schema: what each pole says.
type Dimension struct {
	Number   int // 1..5
	TopDown  string
	BottomUp string
}

// Schema returns the schema's text. The Dutch is quoted verbatim from the
// source document (its full stops kept where it has them); the English is a
// rendering, and the minutes of English werkgroepen keep the Dutch as well.
func Schema(l Lang) SchemaText {
	if l == English {
		return schemaEN
	}
	return schemaNL
}

var schemaNL = SchemaText{
	Title:            "Schema ter ordening van de spanningen",
	TopDownModel:     "Top-down (doel-rationeel) model",
	TopDownSteering:  "Regie van buitenaf",
	BottomUpModel:    "Bottom-up (relationeel) model",
	BottomUpSteering: "Regie van binnenuit",
	Dimensions: [SchemaDimensions]Dimension{
		{1, "Denk in doelgroepen, cohorten, klanten en labels (gestoord etc.)",
			"Denk vanuit mensen als sociale wezens en cultuurproducenten."},
		{2, "Focus op de zorgbehoefte van de klant (wat kan hij niet): zorg voor.",
			"Focus op hun ontwikkelbehoefte (wat kunnen ze wel): zorg dat."},
		{3, "Zeker weten: neem het zekere voor het onzekere (evidence based).",
			"Onzeker weten: wat er speelt en wat er kan, blijkt pas door echt contact met leefwereld."},
		{4, "Verantwoord productgericht via wat meetbaar is in eenheden. Wat niet in cijfers te vangen is, is niet geldig.",
			"Verantwoord procesgericht (vanuit een samenspel van krachten: schiet als 't kan aan je doelen voorbij)."},
		{5, "Werk van buitenaf, deductief, bovenaf en specialistisch (apart en exclusief)",
			"Werk co-creatief van binnenuit, inductief, onderaf en samen (integraal en inclusief)."},
	},
}

var schemaEN = SchemaText{
	Title:            "Schema ordering the tensions",
	TopDownModel:     "Top-down (goal-rational) model",
	TopDownSteering:  "Steering from outside",
	BottomUpModel:    "Bottom-up (relational) model",
	BottomUpSteering: "Steering from within",
	Dimensions: [SchemaDimensions]Dimension{
		{1, "Think in target groups, cohorts, clients and labels (disturbed etc.)",
			"Think of people as social beings and makers of culture."},
		{2, "Focus on the client's need for care (what can he not do): caring for.",
			"Focus on their need to develop (what can they do): making sure that."},
		{3, "Certain knowing: better safe than sorry (evidence based).",
			"Uncertain knowing: what is going on and what is possible only shows through real contact with the life world."},
		{4, "Accountable and product-oriented, through what is measurable in units. What cannot be captured in figures is not valid.",
			"Accountable and process-oriented (from an interplay of forces: overshoot your goals if you can)."},
		{5, "Work from outside, deductively, top-down and specialised (separate and exclusive)",
			"Work co-creatively from within, inductively, bottom-up and together (integral and inclusive)."},
	},
}
