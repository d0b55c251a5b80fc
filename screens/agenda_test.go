package screens

import (
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
)

// agendaOf opens the agenda of the first session of the test werkgroep.
func agendaOf(t *testing.T) (*Context, sessions.Session, Screen) {
	t.Helper()
	ctx, w := testContext(t)
	ses, err := ctx.Store.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ctx, ses[0], setupOpen(t, NewAgenda(ctx, w.ID, 0), 80, 21)
}

func storedSteps(t *testing.T, ctx *Context, id sessions.ID) []sessions.Step {
	t.Helper()
	se, err := ctx.Store.Session(id)
	if err != nil {
		t.Fatal(err)
	}
	return se.Steps
}

func titles(steps []sessions.Step) []string {
	var out []string
	for _, st := range steps {
		out = append(out, st.Title)
	}
	return out
}

func TestAgendaShowsTheSteps(t *testing.T) {
	_, se, s := agendaOf(t)
	out := plain(s.View())
	if !strings.HasPrefix(out, "Bijeenkomst 1 · "+se.Title) {
		t.Errorf("want the session in the heading:\n%s", out)
	}
	for _, want := range []string{"»  1. Welkom en check-in", "15 min", "opening", "spanningsschema", "Voorlezen: "} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
}

func TestAgendaAddsAStepAfterTheSelectedOne(t *testing.T) {
	ctx, se, s := agendaOf(t)
	before := storedSteps(t, ctx, se.ID)
	s = press(t, s, "down", "a")
	if !s.Typing() {
		t.Fatal("a should open the form")
	}
	// kind: pauze; no title; no purpose; a prompt; 10 minutes
	s = press(t, s, "down", "enter", "enter", "enter")
	s = paste(t, s, "Even koffie.")
	s = press(t, s, "enter")
	s = paste(t, s, "10")
	s = press(t, s, "enter", "enter") // and not for the group only

	after := storedSteps(t, ctx, se.ID)
	if len(after) != len(before)+1 {
		t.Fatalf("want %d steps, got %v", len(before)+1, titles(after))
	}
	st := after[2]
	if st.Kind != sessions.StepBreak || st.Title != "Pauze" || st.Prompt != "Even koffie." || st.Timebox != 10*time.Minute || st.Position != 3 {
		t.Errorf("stored %+v", st)
	}
	if after[3].ID != before[2].ID {
		t.Errorf("the steps after it should move down: %v", titles(after))
	}
	if out := plain(s.View()); !strings.Contains(out, "»  3. Pauze") {
		t.Errorf("the new step should be selected:\n%s", out)
	}
}

func TestAgendaEditRejectsABadTimebox(t *testing.T) {
	ctx, se, s := agendaOf(t)
	s = press(t, s, "e", "enter", "enter", "enter", "enter")
	s = clearField(t, s)
	s = typeText(t, s, "abc")
	s = press(t, s, "enter")
	if !s.Typing() {
		t.Fatal("the form should stay open on \"abc\"")
	}
	if out := plain(s.View()); !strings.Contains(out, ctx.T("agenda.timebox.invalid")) {
		t.Errorf("want the message about whole minutes:\n%s", out)
	}
	for _, bad := range []string{"601", "-5"} {
		s = clearField(t, s)
		s = paste(t, s, bad)
		s = press(t, s, "enter")
		if !s.Typing() {
			t.Fatalf("the form accepted %q", bad)
		}
	}
	if got := storedSteps(t, ctx, se.ID)[0].Timebox; got != 15*time.Minute {
		t.Fatalf("a rejected timebox changed the step: %v", got)
	}
	s = clearField(t, s)
	s = paste(t, s, "25")
	s = press(t, s, "enter", "enter")
	if s.Typing() {
		t.Fatal("the form should close on 25")
	}
	st := storedSteps(t, ctx, se.ID)[0]
	if st.Timebox != 25*time.Minute || st.Title != "Welkom en check-in" || st.Kind != sessions.StepOpening {
		t.Errorf("stored %+v", st)
	}
}

func TestAgendaEditsTitleAndMultiLinePrompt(t *testing.T) {
	ctx, se, s := agendaOf(t)
	s = press(t, s, "e")
	s = clearField(t, s)
	s = paste(t, s, "Binnenkomen")
	s = press(t, s, "enter", "enter", "enter", "alt+enter")
	s = paste(t, s, "Neem de tijd.")
	press(t, s, "enter", "enter", "enter")
	st := storedSteps(t, ctx, se.ID)[0]
	if st.Title != "Binnenkomen" || !strings.HasSuffix(st.Prompt, "\nNeem de tijd.") {
		t.Errorf("stored %q / %q", st.Title, st.Prompt)
	}
}

func TestAgendaSkipAndUnskip(t *testing.T) {
	ctx, se, s := agendaOf(t)
	s = press(t, s, "down", "s")
	if !storedSteps(t, ctx, se.ID)[1].Skipped {
		t.Fatal("s should skip the step")
	}
	if out := plain(s.View()); !strings.Contains(out, "overgeslagen") {
		t.Errorf("a skipped step should say so in words:\n%s", out)
	}
	s = press(t, s, "s")
	if storedSteps(t, ctx, se.ID)[1].Skipped {
		t.Error("s again should bring it back")
	}
	if out := plain(s.View()); strings.Contains(out, "overgeslagen") {
		t.Errorf("no step is skipped now:\n%s", out)
	}
}

func TestAgendaMovesSteps(t *testing.T) {
	ctx, se, s := agendaOf(t)
	before := titles(storedSteps(t, ctx, se.ID))
	s = press(t, s, "J")
	after := titles(storedSteps(t, ctx, se.ID))
	if after[0] != before[1] || after[1] != before[0] {
		t.Fatalf("J should move the first step down: %v", after)
	}
	if out := plain(s.View()); !strings.Contains(out, "»  2. "+before[0]) {
		t.Errorf("the cursor should follow the step:\n%s", out)
	}
	s = press(t, s, "alt+down", "alt+down")
	if got := titles(storedSteps(t, ctx, se.ID)); got[3] != before[0] {
		t.Errorf("alt+↓ should move it on: %v", got)
	}
	press(t, s, "K", "alt+up", "K", "K")
	if got := titles(storedSteps(t, ctx, se.ID)); strings.Join(got, "|") != strings.Join(before, "|") {
		t.Errorf("moving back up should restore the order: %v", got)
	}
}

func TestAgendaRemovesAStepAfterAYes(t *testing.T) {
	ctx, se, s := agendaOf(t)
	steps := storedSteps(t, ctx, se.ID)
	for _, text := range []string{"een", "twee"} {
		c := sessions.Contribution{SessionID: se.ID, StepID: steps[1].ID, Text: text}
		if err := ctx.Store.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	s = press(t, s, "down", "x")
	if out := plain(s.View()); !strings.Contains(out, "Bijdragen in deze stap: 2") {
		t.Errorf("want a warning about the 2 contributions:\n%s", out)
	}
	s = press(t, s, "n")
	if len(storedSteps(t, ctx, se.ID)) != len(steps) {
		t.Fatal("a step was removed without a yes")
	}
	s = press(t, s, "x", "j")
	after := storedSteps(t, ctx, se.ID)
	if len(after) != len(steps)-1 || after[1].ID != steps[2].ID {
		t.Fatalf("want step 2 gone, got %v", titles(after))
	}
	if cs, _ := ctx.Store.Contributions(se.ID); len(cs) != 0 {
		t.Errorf("its contributions should be gone too: %d left", len(cs))
	}
	if out := plain(s.View()); strings.Contains(out, steps[1].Title) {
		t.Errorf("the list still shows the removed step:\n%s", out)
	}
}

// A step's "for the group only" setting: the template marks the check-in,
// the agenda says so in words, and the form changes it.
func TestAgendaStepForTheGroupOnly(t *testing.T) {
	ctx, se, s := agendaOf(t)
	if st := storedSteps(t, ctx, se.ID); !st[0].Private || st[1].Private {
		t.Fatalf("the check-in should be for the group only, the next step not: %+v", st[:2])
	}
	if out := plain(s.View()); !strings.Contains(out, "Welkom en check-in") || !strings.Contains(out, "alleen groep") {
		t.Errorf("want the check-in marked in words:\n%s", out)
	}
	// open the second step, go to the last field, choose yes
	s = press(t, s, "down", "e", "enter", "enter", "enter", "enter", "enter", "down", "enter")
	if s.Typing() {
		t.Fatal("the form should be done")
	}
	if st := storedSteps(t, ctx, se.ID)[1]; !st.Private {
		t.Errorf("the step should now be for the group only: %+v", st)
	}
}

func TestAgendaSwitchesSessions(t *testing.T) {
	ctx, w := testContext(t)
	ses, _ := ctx.Store.Sessions(w.ID)
	s := setupOpen(t, NewAgenda(ctx, w.ID, ses[1].ID), 80, 21)
	if out := plain(s.View()); !strings.HasPrefix(out, "Bijeenkomst 2 · "+ses[1].Title) {
		t.Fatalf("want session 2:\n%s", out)
	}
	s = press(t, s, "tab")
	if out := plain(s.View()); !strings.HasPrefix(out, "Bijeenkomst 3") {
		t.Errorf("tab should show session 3:\n%s", out)
	}
	s = press(t, s, "left", "left", "left")
	if out := plain(s.View()); !strings.HasPrefix(out, "Bijeenkomst 1") {
		t.Errorf("← should stop at session 1:\n%s", out)
	}
	// a step added now goes into session 1
	s = press(t, s, "a", "enter")
	s = paste(t, s, "Extra ronde")
	press(t, s, "enter", "enter", "enter", "enter", "enter")
	if got := titles(storedSteps(t, ctx, ses[0].ID)); got[1] != "Extra ronde" {
		t.Errorf("want the new step second in session 1: %v", got)
	}
}

func TestAgendaEditsTheSession(t *testing.T) {
	ctx, se, s := agendaOf(t)
	s = press(t, s, "t")
	s = clearField(t, s)
	s = paste(t, s, "De spanning verkennen")
	s = press(t, s, "enter")
	s = paste(t, s, "Samen zien waar we staan.")
	s = press(t, s, "enter")
	got, _ := ctx.Store.Session(se.ID)
	if got.Title != "De spanning verkennen" || !strings.HasSuffix(got.Purpose, "Samen zien waar we staan.") {
		t.Errorf("stored %q / %q", got.Title, got.Purpose)
	}
	if out := plain(s.View()); !strings.HasPrefix(out, "Bijeenkomst 1 · De spanning verkennen") {
		t.Errorf("the heading should show the new title:\n%s", out)
	}
}

func TestAgendaFits(t *testing.T) {
	_, _, s := agendaOf(t)
	s = press(t, s, "down", "down", "s")
	setupFits(t, s, 80, 24)
	out := setupFits(t, s, 40, 12)
	if !strings.Contains(out, "overgeslagen") || !strings.Contains(out, "»  3.") {
		t.Errorf("at 40×12 the selection and the skipped word should show:\n%s", out)
	}
	s = press(t, s, "e")
	setupFits(t, s, 80, 24)
	setupFits(t, s, 40, 12)
	s = press(t, s, "esc", "x")
	setupFits(t, s, 80, 24)
	setupFits(t, s, 40, 12)
}
