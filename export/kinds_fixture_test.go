package export

import (
	"path/filepath"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// kindsFixture is a werkgroep of one held session whose agenda has a
// round, a themes step and a voting step, with people of every naming
// choice and text that looks like Markdown.
type kindsFixture struct {
	st     *store.Store
	w      sessions.Werkgroep
	se     sessions.Session
	people []sessions.Participant
	said   []sessions.ID
}

func newKindsFixture(t testing.TB, lang sessions.Lang) kindsFixture {
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
	tpl := sessions.Template{Name: "kinds", Sessions: []sessions.TemplateSession{{Title: "Ruimte voor verschillen", Steps: []sessions.Step{
		{Kind: sessions.StepActivity, Title: "Ronde", Prompt: "Wat zie jij?"},
		{Kind: sessions.StepThemes, Title: "Thema's maken"},
		{Kind: sessions.StepVoting, Title: "Wat vinden we het belangrijkst?"},
	}}}}
	f := kindsFixture{st: st, w: sessions.Werkgroep{Name: "Soorten stappen", Lang: lang}}
	must(st.CreateWerkgroep(&f.w, tpl))
	ss, _ := st.Sessions(f.w.ID)
	f.se = ss[0]
	f.se.Date, f.se.Status = "2026-03-10", sessions.Done
	must(st.UpdateSession(&f.se))
	for _, p := range []sessions.Participant{
		{Name: "Anna de Vries", Naming: sessions.FullName, Paragraph: sessions.FullName},
		{Name: "Bram Kok", Naming: sessions.FirstName, Paragraph: sessions.FirstName},
		{Name: "Elsje van Dijk", Naming: sessions.Initials, Paragraph: sessions.Initials},
		{Name: hiddenNames[0], Naming: sessions.NotNamed, Paragraph: sessions.NotNamed},
	} {
		p.WerkgroepID = f.w.ID
		must(st.SaveParticipant(&p))
		must(st.SetAttendance(f.se.ID, p.ID, sessions.Present))
		f.people = append(f.people, p)
	}
	round := f.se.Steps[0].ID
	for i, text := range []string{"Vertrouwen *komt* te voet", "Geld | voor de lotgenotengroep", "# Niemand vraagt het ons", "Betaal <b>ervaringsdeskundigen</b>", "Wie beslist er eigenlijk?"} {
		c := sessions.Contribution{SessionID: f.se.ID, StepID: round, ParticipantID: f.people[i%4].ID, Text: text}
		if i == 4 {
			c.ParticipantID, c.ByGroup, c.Kind = 0, true, sessions.Vraag
		}
		must(st.AddContribution(&c))
		f.said = append(f.said, c.ID)
	}
	themes := f.se.Steps[1].ID
	trust := sessions.Theme{StepID: themes, Name: "Vertrouwen & *gehoord* worden"}
	money := sessions.Theme{StepID: themes, Name: "Geld"}
	empty := sessions.Theme{StepID: themes, Name: "Nog te vullen"}
	for _, th := range []*sessions.Theme{&trust, &money, &empty} {
		must(st.SaveTheme(th))
	}
	must(st.PutInTheme(themes, trust.ID, []sessions.ID{f.said[0], f.said[2]}))
	must(st.PutInTheme(themes, money.ID, []sessions.ID{f.said[3], f.said[1]}))
	must(st.SetOutcome(f.said[0], sessions.Adopted, "in de visie, hoofdstuk 2"))

	// the vote: a theme, a contribution with a sticker, a typed option;
	// two share the first place
	voting := f.se.Steps[2].ID
	must(st.SetVoteSetting(voting, sessions.VoteSetting{Dots: 3, Names: true}))
	onTheme := sessions.VoteOption{StepID: voting, ThemeID: trust.ID, Text: trust.Name, Stickers: -1}
	onWords := sessions.VoteOption{StepID: voting, ContributionID: f.said[4], Text: "Wie beslist er eigenlijk?", Stickers: 1}
	typed := sessions.VoteOption{StepID: voting, Text: "Een vaste plek | met *koffie*", Stickers: -1}
	for _, o := range []*sessions.VoteOption{&onTheme, &onWords, &typed} {
		must(st.SaveVoteOption(o))
	}
	for _, v := range []sessions.Vote{
		{OptionID: onTheme.ID, ParticipantID: f.people[0].ID, Dots: 2},
		{OptionID: typed.ID, ParticipantID: f.people[0].ID, Dots: 1},
		{OptionID: typed.ID, ParticipantID: f.people[1].ID, Dots: 2},
		{OptionID: onWords.ID, ParticipantID: f.people[2].ID, Dots: 1},
		{OptionID: onTheme.ID, ParticipantID: f.people[3].ID, Dots: 1},
	} {
		must(st.SetVote(v))
	}
	return f
}
