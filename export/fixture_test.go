package export

import (
	"path/filepath"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// hiddenNames belong to the participants who chose not to be named: no
// word of them may appear in any output.
var hiddenNames = []string{"Quirine Zeldenrust", "Xander Wolkenkrabber"}

// fixture builds a werkgroep in a real data file: participants with all
// four naming choices, attendance of every kind, every kind of
// contribution with tricky text, decisions, and actions in every status.
// Sessions 3 and 4 stay empty.
func fixture(t testing.TB, lang sessions.Lang) (*store.Store, sessions.Werkgroep) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := sessions.Werkgroep{Name: "Visie & Participatie", Theme: "Een participatieparagraaf die *telt*",
		Trekkers: "Martin Stam en Linda | Carolus", Lang: lang}
	must(st.CreateWerkgroep(&w, sessions.BuiltinTemplate(lang)))

	person := func(name string, n sessions.Naming) sessions.Participant {
		p := sessions.Participant{WerkgroepID: w.ID, Name: name, Naming: n, Paragraph: n}
		must(st.SaveParticipant(&p))
		return p
	}
	anna := person("Anna de Vries", sessions.FullName)
	bram := person("Bram Kok", sessions.FirstName)
	elsje := person("Elsje van Dijk", sessions.Initials)
	quirine := person(hiddenNames[0], sessions.NotNamed)
	xander := person(hiddenNames[1], sessions.NotNamed)
	jw := person("Jan-Willem [JW] *Smit*", sessions.FullName)

	ss, err := st.Sessions(w.ID)
	must(err)
	s1, s2 := ss[0], ss[1]
	s1.Date, s1.Place, s1.ApprovedOn, s1.Status = "2026-01-13", "Buurthuis De Pijp", "2026-02-10", sessions.Done
	s2.Date, s2.Place, s2.Status = "2026-02-10", "Stadhuis, kamer 3 | zaal <B>", sessions.Done
	must(st.UpdateSession(&s1))
	must(st.UpdateSession(&s2))
	// at is a session's i-th step of the agenda as it was before the
	// template had themes and voting steps, so that what this fixture
	// says stays where it was
	at := func(se sessions.Session, i int) sessions.Step {
		var plain []sessions.Step
		for _, st := range se.Steps {
			if st.Kind != sessions.StepThemes && st.Kind != sessions.StepVoting {
				plain = append(plain, st)
			}
		}
		return plain[i]
	}
	pause := at(s2, 4)
	pause.Skipped = true
	must(st.UpdateStep(&pause))
	gather := at(s2, 2)
	gather.Title = "Perspectieven # ophalen: *alles*."
	must(st.UpdateStep(&gather))

	for p, a := range map[sessions.ID]sessions.Attendance{anna.ID: sessions.Present, bram.ID: sessions.Present,
		elsje.ID: sessions.WithNotice, quirine.ID: sessions.Present, xander.ID: sessions.Absent, jw.ID: sessions.Present} {
		must(st.SetAttendance(s1.ID, p, a))
	}
	for p, a := range map[sessions.ID]sessions.Attendance{anna.ID: sessions.Present, quirine.ID: sessions.Present,
		xander.ID: sessions.Present, bram.ID: sessions.Absent, elsje.ID: sessions.WithNotice} {
		must(st.SetAttendance(s2.ID, p, a))
	}

	say := func(se sessions.Session, step int, who sessions.ID, group bool, k sessions.Kind, text string) {
		c := sessions.Contribution{SessionID: se.ID, StepID: at(se, step).ID, ParticipantID: who, ByGroup: group, Kind: k, Text: text}
		must(st.AddContribution(&c))
	}
	say(s1, 1, anna.ID, false, sessions.Inbreng, "# kop")
	say(s1, 1, bram.ID, false, sessions.Overeenstemming, "a | b")
	say(s1, 1, elsje.ID, false, sessions.Verschil, "*ster* en _lijn_ en snake_case")
	say(s1, 1, quirine.ID, false, sessions.Vraag, "<script>alert('x')</script>")
	say(s1, 1, 0, true, sessions.Zorg, "backticks `code` en ```fence```")
	say(s1, 1, 0, false, sessions.Idee, "[ ] taak en [link](http://example.com) en ![img](x.png)")
	say(s1, 3, anna.ID, false, sessions.Inbreng, "1. lijst\n- streep\n+ plus\n> quote\n    vier spaties\n\nna lege regel")
	say(s1, 3, xander.ID, false, sessions.Inbreng, "emoji 🎉👩🏽‍🦱 en https://example.com/a_b?c=1&d=2")
	say(s1, 3, bram.ID, false, sessions.Vraag, "Wie betaalt dat?\nEn wanneer?")
	say(s1, 3, jw.ID, false, sessions.Idee, "&amp; &#35; ~~weg~~ $x$ :smile: \\ backslash")
	say(s1, 3, elsje.ID, false, sessions.Zorg, "===\n---\nlaatste regel #")
	say(s1, 3, 0, true, sessions.Overeenstemming, "We zijn het eens: relatie vóór doel.")
	say(s2, 2, 0, true, sessions.Overeenstemming, "Iedereen telt even zwaar.")
	say(s2, 2, quirine.ID, false, sessions.Vraag, "Mag ik anoniem blijven?")
	say(s2, 3, anna.ID, false, sessions.Verschil, "Niet één blauwdruk")

	decide := func(se sessions.Session, text string) {
		d := sessions.Decision{SessionID: se.ID, Text: text}
		must(st.SaveDecision(&d))
	}
	decide(s1, "We werken met *drie* rondes | geen stemming")
	decide(s1, "Besluit\nover twee regels")
	decide(s2, "Verslag 1 is vastgesteld.")

	act := func(se sessions.Session, what string, owner sessions.ID, ownerText, due string, status sessions.ActionStatus) {
		a := sessions.Action{SessionID: se.ID, What: what, Due: due, Status: status}
		if owner != 0 {
			a.Owners = append(a.Owners, sessions.Owner{ParticipantID: owner})
		}
		if ownerText != "" {
			a.Owners = append(a.Owners, sessions.Owner{Name: ownerText})
		}
		must(st.SaveAction(&a))
	}
	act(s1, "Verslag rondsturen", anna.ID, "", "2026-01-20", sessions.ActionDone)
	act(s1, "Zaal | boeken", 0, "Secretariaat (Piet)", "", sessions.ActionOpen)
	act(s1, "Uitzoeken *wat* mag\nen wat niet", quirine.ID, "", "2026-02-01", sessions.ActionDropped)
	act(s2, "Tekst `visie` schrijven", elsje.ID, "", "2026-03-01", sessions.ActionOpen)
	act(s2, "Koffie regelen", 0, "", "", sessions.ActionOpen)
	act(s2, "Samen de zaal inrichten", bram.ID, "Wijkteam Noord", "2026-03-10", sessions.ActionOpen)
	return st, w
}
