package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// peopleWith opens the participants screen of a werkgroep with the given
// people already stored.
func peopleWith(t *testing.T, names ...string) (*Context, sessions.Werkgroep, Screen) {
	t.Helper()
	ctx, w := testContext(t)
	for _, n := range names {
		p := sessions.Participant{WerkgroepID: w.ID, Name: n, Paragraph: sessions.NotNamed}
		if err := ctx.Store.SaveParticipant(&p); err != nil {
			t.Fatal(err)
		}
	}
	return ctx, w, setupOpen(t, NewParticipants(ctx, w.ID, 0), 80, 21)
}

func storedPeople(t *testing.T, ctx *Context, w sessions.Werkgroep) []sessions.Participant {
	t.Helper()
	ps, err := ctx.Store.Participants(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestParticipantAddedThroughTheForm(t *testing.T) {
	ctx, w, s := peopleWith(t)
	s = press(t, s, "a")
	if !s.Typing() {
		t.Fatal("the form should have the keys")
	}
	s = paste(t, s, "Elsje van Dijk")
	s = press(t, s, "enter")
	if out := plain(s.View()); !strings.Contains(out, "initialen → E.v.D.") || !strings.Contains(out, "voornaam → Elsje") {
		t.Errorf("the naming choices should show what they give for the name:\n%s", out)
	}
	s = press(t, s, "down", "down", "enter", "enter")
	s = paste(t, s, "Ik woon in Noord.\x1b]0;title\x07")
	s = press(t, s, "enter")

	ps := storedPeople(t, ctx, w)
	if len(ps) != 1 {
		t.Fatalf("want 1 participant, got %d", len(ps))
	}
	p := ps[0]
	if p.Name != "Elsje van Dijk" || p.Naming != sessions.Initials || p.Paragraph != sessions.NotNamed || p.About != "Ik woon in Noord." {
		t.Errorf("stored %+v", p)
	}
	if s.Typing() {
		t.Error("after saving the list should have the keys again")
	}
	out := plain(s.View())
	for _, want := range []string{"Elsje van Dijk", "verslag: initialen → E.v.D.", "paragraaf: niet genoemd", "„Ik woon in Noord.”", "nog niet ingevuld"} {
		if !strings.Contains(out, want) {
			t.Errorf("the list should show %q:\n%s", want, out)
		}
	}
}

func TestParticipantEdited(t *testing.T) {
	ctx, w, s := peopleWith(t, "Martin Stam")
	s = press(t, s, "e", "enter", "down", "enter", "up", "enter", "enter")
	p := storedPeople(t, ctx, w)[0]
	if p.Name != "Martin Stam" || p.Naming != sessions.FirstName || p.Paragraph != sessions.Initials {
		t.Errorf("stored %+v", p)
	}
	if out := plain(s.View()); !strings.Contains(out, "voornaam → Martin") {
		t.Errorf("the list should show the new choice:\n%s", out)
	}
}

func TestParticipantFormEscStoresNothing(t *testing.T) {
	ctx, w, s := peopleWith(t)
	s = press(t, s, "a")
	s = paste(t, s, "Niet bewaren")
	s = press(t, s, "esc")
	if s.Typing() || len(storedPeople(t, ctx, w)) != 0 {
		t.Error("esc should leave the form and store nothing")
	}
}

func TestAttendanceCyclesAndIsStored(t *testing.T) {
	ctx, w, s := peopleWith(t, "Martin Stam")
	ses, _ := ctx.Store.Sessions(w.ID)
	id := storedPeople(t, ctx, w)[0].ID
	for _, want := range []sessions.Attendance{sessions.Present, sessions.WithNotice, sessions.Absent, sessions.Unknown} {
		s = press(t, s, "space")
		got, err := ctx.Store.Attendance(ses[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if got[id] != want {
			t.Errorf("after space: stored %v, want %v", got[id], want)
		}
		word := ctx.T("attendance." + string(rune('0'+want)))
		if out := plain(s.View()); !strings.Contains(out, word) {
			t.Errorf("the row should say %q:\n%s", word, out)
		}
	}
}

func TestAttendanceByNumberPerSession(t *testing.T) {
	ctx, w, s := peopleWith(t, "Martin Stam", "Elsje van Dijk", "Ahmed")
	ses, _ := ctx.Store.Sessions(w.ID)
	ps := storedPeople(t, ctx, w)

	s = press(t, s, "right")
	if out := plain(s.View()); !strings.HasPrefix(out, "Bijeenkomst 2") {
		t.Fatalf("→ should show session 2:\n%s", out)
	}
	s = press(t, s, "1", "2", "3")
	two, _ := ctx.Store.Attendance(ses[1].ID)
	if two[ps[0].ID] != sessions.Present || two[ps[1].ID] != sessions.WithNotice || two[ps[2].ID] != sessions.Absent {
		t.Errorf("session 2: %v", two)
	}
	if one, _ := ctx.Store.Attendance(ses[0].ID); len(one) != 0 {
		t.Errorf("session 1 should be untouched: %v", one)
	}
	if out := plain(s.View()); !strings.Contains(out, "aanwezig: 1 · afgemeld: 1 · afwezig: 1") {
		t.Errorf("want the counts in the heading:\n%s", out)
	}
	s = press(t, s, "left")
	if out := plain(s.View()); !strings.HasPrefix(out, "Bijeenkomst 1") || strings.Contains(out, "afgemeld: 1") {
		t.Errorf("← should show session 1 with its own attendance:\n%s", out)
	}
}

func TestParticipantsOpenOnTheGivenSession(t *testing.T) {
	ctx, w := testContext(t)
	ses, _ := ctx.Store.Sessions(w.ID)
	ses[2].Date = "2026-03-12"
	if err := ctx.Store.UpdateSession(&ses[2]); err != nil {
		t.Fatal(err)
	}
	s := setupOpen(t, NewParticipants(ctx, w.ID, ses[2].ID), 80, 21)
	if out := plain(s.View()); !strings.HasPrefix(out, "Bijeenkomst 3 · 12 maart · ") {
		t.Errorf("want session 3 with its date:\n%s", out)
	}
}

// said stores a contribution by participant p in the first step.
func said(t *testing.T, ctx *Context, w sessions.Werkgroep, p sessions.ID, text string) {
	t.Helper()
	ses, _ := ctx.Store.Sessions(w.ID)
	c := sessions.Contribution{SessionID: ses[0].ID, StepID: ses[0].Steps[0].ID, ParticipantID: p, Text: text}
	if err := ctx.Store.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
}

func TestRemoveParticipantKeepingTheirWords(t *testing.T) {
	ctx, w, s := peopleWith(t, "Martin Stam")
	id := storedPeople(t, ctx, w)[0].ID
	said(t, ctx, w, id, "Vertrouwen komt te voet.")
	s = press(t, s, "x")
	if out := plain(s.View()); !strings.Contains(out, "Bijdragen van deze persoon: 1") {
		t.Errorf("want the question about their words:\n%s", out)
	}
	s = press(t, s, "b")
	if out := plain(s.View()); !strings.Contains(out, "zonder naam") {
		t.Errorf("want the confirmation to say the words stay without a name:\n%s", out)
	}
	press(t, s, "j")
	if len(storedPeople(t, ctx, w)) != 0 {
		t.Fatal("the participant is still there")
	}
	cs, _ := ctx.Store.WerkgroepContributions(w.ID)
	if len(cs) != 1 || cs[0].ParticipantID != 0 || cs[0].Text != "Vertrouwen komt te voet." {
		t.Errorf("want their words kept without a name, got %+v", cs)
	}
}

func TestRemoveParticipantWithTheirWords(t *testing.T) {
	ctx, w, s := peopleWith(t, "Martin Stam", "Elsje van Dijk")
	ps := storedPeople(t, ctx, w)
	said(t, ctx, w, ps[0].ID, "weg")
	said(t, ctx, w, ps[1].ID, "blijft")
	s = press(t, s, "x", "v", "j")
	left := storedPeople(t, ctx, w)
	if len(left) != 1 || left[0].ID != ps[1].ID {
		t.Fatalf("want only Elsje left, got %+v", left)
	}
	cs, _ := ctx.Store.WerkgroepContributions(w.ID)
	if len(cs) != 1 || cs[0].Text != "blijft" {
		t.Errorf("want only Elsje's words left, got %+v", cs)
	}
	if out := plain(s.View()); strings.Contains(out, "Martin") {
		t.Errorf("the list still shows Martin:\n%s", out)
	}
}

func TestRemoveParticipantCancelled(t *testing.T) {
	ctx, w, s := peopleWith(t, "Martin Stam")
	said(t, ctx, w, storedPeople(t, ctx, w)[0].ID, "iets")
	s = press(t, s, "x", "esc")
	s = press(t, s, "x", "b", "n")
	s = press(t, s, "x", "v", "esc")
	if len(storedPeople(t, ctx, w)) != 1 {
		t.Error("a participant was removed without a yes")
	}
	if cs, _ := ctx.Store.WerkgroepContributions(w.ID); len(cs) != 1 || cs[0].ParticipantID == 0 {
		t.Errorf("their words changed: %+v", cs)
	}
	_ = s
}

func TestParticipantsFit(t *testing.T) {
	_, _, s := peopleWith(t, "Martin Stam", "Elsje van Dijk-de Vries met een heel lange achternaam", "Ahmed")
	s = press(t, s, "space")
	setupFits(t, s, 80, 24)
	out := setupFits(t, s, 40, 12)
	if !strings.Contains(out, "» Martin Stam") || !strings.Contains(out, "aanwezig") {
		t.Errorf("at 40×12 the selection and its attendance should show:\n%s", out)
	}
	s = press(t, s, "a")
	setupFits(t, s, 80, 24)
	setupFits(t, s, 40, 12)
	s = press(t, s, "esc", "x")
	setupFits(t, s, 80, 24)
	setupFits(t, s, 40, 12)
}

func TestParticipantFormTakesAHugePaste(t *testing.T) {
	ctx, w, s := peopleWith(t)
	s = press(t, s, "a")
	s = paste(t, s, strings.Repeat("Lang verhaal ", 90_000))
	s = press(t, s, "enter", "enter", "enter")
	s = paste(t, s, strings.Repeat("woorden\n", 130_000))
	press(t, s, "enter")
	ps := storedPeople(t, ctx, w)
	if len(ps) != 1 {
		t.Fatalf("want the participant stored, got %d", len(ps))
	}
	if n := len([]rune(ps[0].Name)); n == 0 || n > 200 {
		t.Errorf("name of %d characters stored", n)
	}
	if n := len([]rune(ps[0].About)); n == 0 || n > 500 {
		t.Errorf("own words of %d characters stored", n)
	}
}

func TestSetupScreensSurviveTinyWindows(t *testing.T) {
	ctx, w, _ := peopleWith(t, "Martin Stam")
	for _, s := range []Screen{NewParticipants(ctx, w.ID, 0), NewAgenda(ctx, w.ID, 0), NewWerkgroepForm(ctx, &w)} {
		s = setupOpen(t, s, 80, 24)
		for _, sz := range [][2]int{{1, 1}, {10, 3}, {0, 0}, {39, 9}} {
			s.SetSize(sz[0], sz[1])
			_ = s.View()
			s = press(t, s, "down")
		}
	}
}
