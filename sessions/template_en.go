package sessions

// visionEN is the built-in process in English. The quotes are renderings of
// the Dutch source documents; the Dutch template keeps the original words.
func visionEN() []TemplateSession {
	// check-in and check-out are for the group only (Step.Private)
	welcome := private(StepOpening, "Welcome and check-in",
		"Everyone arrives and is seen. Nobody has to share anything they do not want to.",
		"What would you like to share with the group today? Say it in your own words, as much as you want.", 15)
	lookBack := step(StepOpening, "Looking back: actions and minutes",
		"Together we go through the open actions and approve the minutes of last time.",
		"Are last time's minutes right? What happened with the actions?", 10)
	closing := private(StepClosing, "Closing and check-out",
		"We say what we decided and who does what. Everyone can still say something.",
		"What did we decide? Who does what, and by when? How do you feel as you leave?", 10)
	pause := step(StepBreak, "Break", "A moment of rest.", "Break. We continue shortly.", 10)
	return []TemplateSession{
		{
			Title:   "Foundation: the tension",
			Purpose: "Explore the tension between goal-rational and relational working, as the foundation for the vision.",
			Steps: []Step{
				welcome,
				step(StepActivity, "Why this working group",
					"Getting clear together what we are talking about.",
					"\"Policy documents get a participation paragraph as standard, showing how Amsterdammers were involved and what was done with their input.\" (motion on experts by experience)\n\nBut how do we set up that paragraph? And (above all) what vision lies beneath it, and is it \"charged\" enough?", 15),
				step(StepSchema, "Schema ordering the tensions",
					"Everyone shows where we are now and where we want to go. Differences are information, not noise.",
					"Where are we now, and where do we want to go? For each line, place now and wish between the two sides: 1 is top-down (steering from outside), 7 is bottom-up (steering from within). Give an example or a tension you feel.", 45),
				step(StepActivity, "The insight: working differently",
					"Putting the insight from the schema into our own words.",
					"\"We all have to start working differently to bridge the gap between citizen and government. Winning back trust takes a tilt of the organisation and reaches deep into the system.\"\n\nWhat does that tilt mean for you?", 20),
				closing,
			},
		},
		{
			Title:   "Vision: room for differences",
			Purpose: "Not a blueprint, but agreement about the many ways of looking. Room for the different roles of the expert by experience.",
			Steps: []Step{
				welcome, lookBack,
				step(StepActivity, "Gathering perspectives",
					"Every way of looking is put on the table. Every perspective counts equally.",
					"\"Vision: not so much one blueprint or model, but rather mutual agreement about the many ways of approaching reality.\"\n\nHow do you see it?", 30),
				step(StepThemes, "Making themes",
					"Bringing what was said together in themes, without polishing away differences. What fits no theme stays visible.",
					"Which themes do we see in what was said? What belongs together, and what do we call it?", 15),
				step(StepActivity, "Where do we agree, where do we differ?",
					"Naming where we agree and where we may differ. Differences stay in the minutes.",
					"\"Relational also means: one perspective is not worth more or more valid than another.\"\n\nWhere do we agree? Where do we differ, and is that all right?", 25),
				pause,
				step(StepActivity, "Roles of the expert by experience",
					"Exploring the different roles, without putting anyone in a box.",
					"\"They are a source of hope and a role model\" · \"They bridge the system world and the life world\" · guide to collective experiential knowledge.\n\nWhich roles do you recognise? Which do you miss?", 25),
				closing,
			},
		},
		{
			Title:   "Experiential expertise: deepen, enrich, broaden",
			Purpose: "Deepen, enrich and broaden the container concept of experiential expertise.",
			Steps: []Step{
				welcome, lookBack,
				step(StepActivity, "Deepen: reciprocity and empowerment",
					"What makes a relationship equal?",
					"\"Experts by experience contribute to the tilt from rational to relational working through reciprocity and empowerment.\"\n\nNot one as \"rescuer\" and the other as \"victim\". What does that look like in your practice?", 25),
				step(StepActivity, "Enrich: structural causes",
					"Looking beyond the person: at causes and prejudice.",
					"\"I get the blame for something that is not my fault.\"\n\nWhich structural causes and prejudices do you see? What does your neighbourhood need?", 25),
				pause,
				step(StepActivity, "Broaden: equal, inclusive, integral",
					"Making room for people's own, sometimes unusual, solutions.",
					"\"working equally, inclusively and integrally from a sense of 'we', with an eye for people's own (sometimes deviating) solutions.\"\n\nWhich solutions of people's own do you know that do not fit the usual system?", 25),
				closing,
			},
		},
		{
			Title:   "Conditions for the tilt",
			Purpose: "Explore what the tilt from goal-rational to relational working needs, on every level.",
			Steps: []Step{
				welcome, lookBack,
				step(StepActivity, "Micro, meso, macro",
					"What experts by experience need on each level.",
					"\"on all levels (micro-meso-macro) experts by experience are needed, more and more often paid, well trained and supported to put their capacities and roles to good use.\"\n\nWhat is needed: one to one, per group or neighbourhood, and in policy?", 30),
				step(StepActivity, "Say in neighbourhood teams",
					"Making the conditions concrete.",
					"\"We made this concrete with their responsibility and say in neighbourhood teams (Buurtteams).\"\n\nWhat do responsibility and say mean in a neighbourhood team?", 25),
				step(StepActivity, "Resistance and dilemmas",
					"Also naming what is hard.",
					"\"A relational way of working is at odds with the 'measurability' of rational working.\"\n\nWhat do you run into? Which dilemma do you feel?", 20),
				step(StepVoting, "Which conditions matter most?",
					"Seeing what the group finds most important for the shift. Everyone has three votes, on one condition or spread.",
					"Which conditions are needed for the shift from goal-rational to relational? Put your votes on what you find most important.", 15),
				step(StepSchema, "Schema: where are we now?",
					"Placing again, so that we see what changed since the first time.",
					"Where are we now, after four meetings? Place now and wish again for each line. What has changed?", 30),
				step(StepClosing, "Closing: vision and participation paragraph",
					"Looking back on the whole process and agreeing what happens with the input.",
					"What do we take into the vision text? What was done with everyone's input? How do you feel as you leave?", 20),
			},
		},
	}
}
