package screens

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// ocFixture is the test werkgroep with three people and five
// contributions: three in session 1 (steps 1 and 2), two in session 2.
func ocFixture(t *testing.T) (*Context, sessions.Werkgroep, []sessions.Contribution) {
	t.Helper()
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	var ids []sessions.ID
	for _, p := range []sessions.Participant{
		{Name: "Linda Carolus", Naming: sessions.FullName},
		{Name: "Ahmed el Amrani", Naming: sessions.NotNamed},
		{Name: "Petra de Vries", Naming: sessions.Initials},
	} {
		p.WerkgroepID = w.ID
		if err := ctx.Store.SaveParticipant(&p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	var cs []sessions.Contribution
	for _, c := range []sessions.Contribution{
		{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, ParticipantID: ids[0], Text: "Vertrouwen komt te voet"},
		{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, ParticipantID: ids[1], Kind: sessions.Vraag, Text: "Wie betaalt de ED'ers?"},
		{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, ByGroup: true, Kind: sessions.Overeenstemming, Text: "Samen beginnen in de buurt"},
		{SessionID: ss[1].ID, StepID: ss[1].Steps[2].ID, ParticipantID: ids[2], Kind: sessions.Idee, Text: "Tandems in de buurtteams"},
		{SessionID: ss[1].ID, StepID: ss[1].Steps[2].ID, Kind: sessions.Zorg, Text: "Zorg over de begroting"},
	} {
		if err := ctx.Store.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	lastNav = nil
	return ctx, w, cs
}

// openOutcome opens the form for c and lets it load.
func openOutcome(t *testing.T, ctx *Context, c sessions.Contribution) *OutcomeForm {
	t.Helper()
	f := NewOutcomeForm(ctx, c).(*OutcomeForm)
	f.SetSize(80, 21)
	drive(t, f, f.Init()())
	return f
}

func ocStored(t *testing.T, ctx *Context, id sessions.ID) sessions.Contribution {
	t.Helper()
	ws, _ := ctx.Store.Werkgroepen()
	ss, _ := ctx.Store.Sessions(ws[0].ID)
	for _, se := range ss {
		cs, _ := ctx.Store.Contributions(se.ID)
		for _, c := range cs {
			if c.ID == id {
				return c
			}
		}
	}
	t.Fatalf("contribution %d not stored", id)
	return sessions.Contribution{}
}

func ocPopped() bool {
	for _, m := range lastNav {
		if _, ok := m.(PopMsg); ok {
			return true
		}
	}
	return false
}

func TestOutcomeNotAdoptedNeedsAReason(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	f := openOutcome(t, ctx, cs[0])
	press(t, f, "4", "enter")
	if ocPopped() || ocStored(t, ctx, cs[0].ID).Outcome != sessions.OutcomeOpen {
		t.Fatal("not adopted without a reason was saved")
	}
	if v := render(f, 80, 21); !strings.Contains(v, "Schrijf op waarom het niet is overgenomen") {
		t.Errorf("no plain message for the missing reason:\n%s", v)
	}
	typeText(t, f, "valt buiten de opdracht")
	press(t, f, "enter")
	got := ocStored(t, ctx, cs[0].ID)
	if got.Outcome != sessions.NotAdopted || got.OutcomeNote != "valt buiten de opdracht" || got.OutcomeAt.IsZero() {
		t.Fatalf("stored %+v", got)
	}
	if !ocPopped() {
		t.Error("the form did not close after saving")
	}
	if h, _ := ctx.Store.OutcomeHistory(cs[0].ID); len(h) != 1 {
		t.Errorf("history has %d changes, want 1", len(h))
	}
}

func TestOutcomePartlyNeedsWhatAndWhy(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	f := openOutcome(t, ctx, cs[0])
	press(t, f, "3")
	typeText(t, f, "   ")
	press(t, f, "ctrl+s")
	if ocPopped() {
		t.Fatal("spaces alone were taken as a reason")
	}
	if !strings.Contains(render(f, 80, 21), "Schrijf op wat is overgenomen") {
		t.Error("no message for partly adopted without what and why")
	}
}

// Digits typed in the note are text; alt+digit changes the outcome while
// typing, and the label says what to write for each.
func TestOutcomeKeysWhileTyping(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	f := openOutcome(t, ctx, cs[1])
	press(t, f, "2")
	if !strings.Contains(render(f, 80, 21), "Waar is het overgenomen?") {
		t.Error("the label for adopted does not ask where")
	}
	typeText(t, f, "alinea 4")
	if f.outcome != sessions.Adopted || f.note.Value() != "alinea 4" {
		t.Fatalf("outcome %v note %q", f.outcome, f.note.Value())
	}
	press(t, f, "alt+3")
	if f.outcome != sessions.PartlyAdopted || !strings.Contains(render(f, 80, 21), "Wat is overgenomen, en waarom de rest niet?") {
		t.Errorf("alt+3 did not choose partly adopted: %v", f.outcome)
	}
	press(t, f, "tab", "up", "up")
	if f.focus != focusChoice || f.outcome != sessions.OutcomeOpen {
		t.Errorf("focus %v outcome %v after tab, up, up", f.focus, f.outcome)
	}
}

func TestOutcomeOffersEarlierPlaces(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[0].ID, sessions.Adopted, "visietekst, alinea 2")
	ctx.Store.SetOutcome(cs[2].ID, sessions.Adopted, "uitvoeringsagenda, actie 3")
	ctx.Store.SetOutcome(cs[3].ID, sessions.NotAdopted, "visietekst is al vol")
	f := openOutcome(t, ctx, cs[1])
	press(t, f, "2")
	typeText(t, f, "visie")
	v := render(f, 80, 21)
	if !strings.Contains(v, "visietekst, alinea 2") || strings.Contains(v, "uitvoeringsagenda") || strings.Contains(v, "al vol") {
		t.Fatalf("earlier places not offered as typed:\n%s", v)
	}
	press(t, f, "down", "enter")
	if f.note.Value() != "visietekst, alinea 2" || ocPopped() {
		t.Fatalf("enter on a place should take it, not save: %q", f.note.Value())
	}
	press(t, f, "enter")
	if got := ocStored(t, ctx, cs[1].ID); got.Outcome != sessions.Adopted || got.OutcomeNote != "visietekst, alinea 2" {
		t.Errorf("stored %+v", got)
	}
}

func TestOutcomeShowsHistoryWithDates(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[0].ID, sessions.NotAdopted, "past niet in de begroting")
	ctx.Store.SetOutcome(cs[0].ID, sessions.Adopted, "visietekst, alinea 2")
	h, _ := ctx.Store.OutcomeHistory(cs[0].ID)
	c := ocStored(t, ctx, cs[0].ID)
	f := openOutcome(t, ctx, c)
	v := render(f, 80, 21)
	for _, want := range []string{"Eerder ingevuld", when(ctx, h[0].At) + " · niet overgenomen: past niet in de begroting",
		when(ctx, h[1].At) + " · overgenomen: visietekst, alinea 2", "(•) overgenomen", "Linda Carolus"} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q in:\n%s", want, v)
		}
	}
	if f.note.Value() != "visietekst, alinea 2" {
		t.Errorf("the form does not start from the current note: %q", f.note.Value())
	}
	// Saving without a change adds nothing to the history.
	press(t, f, "ctrl+s")
	if h2, _ := ctx.Store.OutcomeHistory(cs[0].ID); len(h2) != 2 || !ocPopped() {
		t.Errorf("unchanged save: history %d, popped %v", len(h2), ocPopped())
	}
}

func TestOutcomeEscSavesNothing(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	f := openOutcome(t, ctx, cs[0])
	press(t, f, "2")
	typeText(t, f, "ergens")
	press(t, f, "esc")
	if !ocPopped() || ocStored(t, ctx, cs[0].ID).Outcome != sessions.OutcomeOpen {
		t.Error("esc should close without saving")
	}
}

func TestOutcomeFromTheCaptureList(t *testing.T) {
	ctx, w, cs := ocFixture(t)
	s := newSessionScreen(ctx, w.ID, cs[0].SessionID)
	s.SetSize(100, 30)
	drive(t, s, s.Init()())
	press(t, s, "esc", "r")
	var form *OutcomeForm
	for _, m := range lastNav {
		if p, ok := m.(PushMsg); ok {
			form, _ = p.Screen.(*OutcomeForm)
		}
	}
	if form == nil || form.items[0].ID != cs[0].ID {
		t.Fatalf("r in the capture list did not open the outcome form: %v", lastNav)
	}
}

func TestOutcomeFits(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[0].ID, sessions.NotAdopted, strings.Repeat("heel lang verhaal ", 20))
	c := ocStored(t, ctx, cs[0].ID)
	c.Text = strings.Repeat("Een lange bijdrage die over veel regels gaat. ", 10)
	for _, f := range []*OutcomeForm{openOutcome(t, ctx, c), newOutcomeForm(ctx, cs, nil)} {
		drive(t, f, f.Init()())
		for _, focus := range []string{"", "tab"} {
			if focus != "" {
				press(t, f, focus)
			}
			for _, sz := range [][2]int{{80, 24}, {80, 21}, {40, 12}, {40, 9}} {
				v := render(f, sz[0], sz[1])
				lines := strings.Split(v, "\n")
				if len(lines) > sz[1] {
					t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
				}
				for _, l := range lines {
					if lipgloss.Width(l) > sz[0] {
						t.Errorf("%dx%d: line too wide: %q", sz[0], sz[1], l)
					}
				}
				if !strings.Contains(v, "niet overgenomen") {
					t.Errorf("%dx%d: the choices do not fit:\n%s", sz[0], sz[1], v)
				}
			}
		}
	}
}

// The stored note belongs to the stored outcome: another choice starts
// from an empty note, unless something was typed; the stored one brings
// it back.
func TestOutcomeNoteFollowsTheChoice(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[0].ID, sessions.NotAdopted, "past niet")
	f := openOutcome(t, ctx, ocStored(t, ctx, cs[0].ID))
	press(t, f, "2")
	if f.note.Value() != "" {
		t.Errorf("adopted starts with the old reason %q", f.note.Value())
	}
	press(t, f, "tab", "4")
	if f.note.Value() != "past niet" {
		t.Errorf("back to not adopted: %q", f.note.Value())
	}
	typeText(t, f, " en te duur")
	press(t, f, "alt+3")
	if f.note.Value() != "past niet en te duur" {
		t.Errorf("typed text was dropped: %q", f.note.Value())
	}
}
