package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// openThemes adds a themes step at the end of session 1 with four
// contributions said before it, and opens it.
func openThemes(t *testing.T) (*Themes, *Context, []sessions.ID) {
	t.Helper()
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	se := ss[0]
	p := sessions.Participant{WerkgroepID: w.ID, Name: "Ahmed el Amrani", Naming: sessions.NotNamed}
	if err := ctx.Store.SaveParticipant(&p); err != nil {
		t.Fatal(err)
	}
	var ids []sessions.ID
	for i, text := range []string{"Vertrouwen komt te voet", "Geld voor de lotgenotengroep", "Ik word pas gehoord als het te laat is", "Betaal ervaringsdeskundigen"} {
		c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[i%2].ID, Text: text}
		if i == 2 {
			c.ParticipantID = p.ID
		}
		if err := ctx.Store.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	step := sessions.Step{SessionID: se.ID, Kind: sessions.StepThemes, Title: "Thema's maken"}
	if err := ctx.Store.AddStep(&step); err != nil {
		t.Fatal(err)
	}
	s := NewThemes(ctx, w.ID, se.ID, step.ID).(*Themes)
	s.SetSize(100, 30)
	lastNav = nil
	drive(t, s, s.Init()())
	return s, ctx, ids
}

func themesOf(t *testing.T, ctx *Context, step sessions.ID) []sessions.Theme {
	t.Helper()
	ts, err := ctx.Store.Themes(step)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func TestThemesMakeMoveMergeUndo(t *testing.T) {
	s, ctx, ids := openThemes(t)
	if len(s.data.said) != 4 {
		t.Fatalf("gathered %d contributions, want the 4 said before the step", len(s.data.said))
	}
	// agenda order: step 1 holds ids 0 and 2, step 2 ids 1 and 3
	order := []sessions.ID{ids[0], ids[2], ids[1], ids[3]}
	for i, c := range s.data.said {
		if c.ID != order[i] {
			t.Fatalf("order %v, want agenda order %v", s.data.said, order)
		}
	}
	// mark two at once, make a theme of them
	press(t, s, "space", "space", "n")
	typeText(t, s, "Vertrouwen")
	press(t, s, "enter")
	ts := themesOf(t, ctx, s.stepID)
	if len(ts) != 1 || ts[0].Name != "Vertrouwen" || len(ts[0].Members) != 2 {
		t.Fatalf("after making a theme: %+v", ts)
	}
	// a second theme, empty; then put the third one in with its number
	press(t, s, "n")
	typeText(t, s, "Geld")
	press(t, s, "enter", "home", "down", "down", "2")
	ts = themesOf(t, ctx, s.stepID)
	if len(ts) != 2 || len(ts[1].Members) != 1 || ts[1].Members[0] != ids[1] {
		t.Fatalf("after putting into theme 2: %+v", ts)
	}
	v := render(s, 100, 30)
	if !strings.Contains(v, "1. Vertrouwen (2)") || !strings.Contains(v, "2. Geld (1)") || !strings.Contains(v, "nog zonder thema: 1") {
		t.Errorf("screen does not show the themes and what is left:\n%s", v)
	}
	// merge Geld into Vertrouwen in the themes pane
	press(t, s, "tab", "end", "m", "home", "enter")
	ts = themesOf(t, ctx, s.stepID)
	if len(ts) != 1 || len(ts[0].Members) != 3 {
		t.Fatalf("after merging: %+v", ts)
	}
	// undo brings Geld back with its member
	press(t, s, "u")
	ts = themesOf(t, ctx, s.stepID)
	if len(ts) != 2 || ts[1].Name != "Geld" || len(ts[1].Members) != 1 || len(ts[0].Members) != 2 {
		t.Fatalf("after undo of the merge: %+v", ts)
	}
	// rename and remove, then undo twice
	press(t, s, "end", "r", "ctrl+u")
	typeText(t, s, "Betaald werk")
	press(t, s, "enter", "x")
	if ts = themesOf(t, ctx, s.stepID); len(ts) != 1 {
		t.Fatalf("after removing: %+v", ts)
	}
	press(t, s, "u")
	if ts = themesOf(t, ctx, s.stepID); len(ts) != 2 || ts[1].Name != "Betaald werk" {
		t.Fatalf("after undo of the removal: %+v", ts)
	}
	// out of a theme with 0, in the contributions pane
	press(t, s, "tab", "home", "0")
	if ts = themesOf(t, ctx, s.stepID); len(ts[0].Members) != 1 {
		t.Fatalf("after taking out: %+v", ts)
	}
	// only what is in no theme
	press(t, s, "f")
	if got := len(s.shown()); got != 2 {
		t.Errorf("%d shown without a theme, want 2", got)
	}
}

func TestThemesProjectorNamesOnlyAsChosen(t *testing.T) {
	s, _, _ := openThemes(t)
	press(t, s, "space", "space", "n")
	typeText(t, s, "Gehoord worden")
	press(t, s, "enter", "f5")
	if !s.FullScreen() {
		t.Fatal("f5 should show the projector")
	}
	v := render(s, 100, 30)
	if !strings.Contains(v, "Gehoord worden (2)") || !strings.Contains(v, "Ik word pas gehoord") {
		t.Errorf("projector does not show the theme with its words:\n%s", v)
	}
	if strings.Contains(v, "Ahmed") || strings.Contains(v, "deelnemer") {
		t.Errorf("projector names someone who chose not to be named:\n%s", v)
	}
	press(t, s, "esc")
	if s.FullScreen() {
		t.Error("esc should leave the projector")
	}
}

func TestThemesStepOpensFromEnterOnEmptyInput(t *testing.T) {
	s, ctx, _ := openThemes(t)
	se, _ := ctx.Store.Session(s.sessionID)
	ss := newSessionScreen(ctx, se.WerkgroepID, se.ID)
	ss.SetSize(100, 30)
	drive(t, ss, ss.Init()())
	ss.goToStep(len(se.Steps) - 1)
	if v := render(ss, 100, 30); !strings.Contains(v, "om de thema's te openen") {
		t.Errorf("the step does not say how to open the themes:\n%s", v)
	}
	lastNav = nil
	press(t, ss, "enter")
	if len(lastNav) == 0 {
		t.Fatal("enter on an empty input opened nothing")
	}
	push, ok := lastNav[0].(PushMsg)
	if !ok {
		t.Fatalf("got %T, want a push", lastNav[0])
	}
	if _, ok := push.Screen.(*Themes); !ok {
		t.Errorf("pushed %T, want the themes screen", push.Screen)
	}
}

// Undo puts the themes back as they were before this program's own last
// change only while nobody changed them since; over another program's
// change it says so and keeps theirs (issue 15 point 2).
func TestThemesUndoKeepsAChangeMadeElsewhere(t *testing.T) {
	s, ctx, ids := openThemes(t)
	press(t, s, "space", "n")
	typeText(t, s, "Vertrouwen")
	press(t, s, "enter")
	mine := themesOf(t, ctx, s.stepID)
	if len(mine) != 1 {
		t.Fatalf("after making a theme: %+v", mine)
	}
	other := otherProgram(t, ctx)
	mustDo(t, other.PutInTheme(s.stepID, mine[0].ID, []sessions.ID{ids[1]}))
	theirs := themesOf(t, ctx, s.stepID)
	lastNav = nil
	press(t, s, "u")
	if got := themesOf(t, ctx, s.stepID); !sameThemes(got, theirs) {
		t.Fatalf("undo over another program's change took it away: %+v, want %+v", got, theirs)
	}
	if !strings.Contains(statusTexts(), "iemand anders heeft de thema's intussen veranderd") {
		t.Errorf("status %q: the refusal is not said", statusTexts())
	}
	// its own next change can be undone again
	press(t, s, "n")
	typeText(t, s, "Geld")
	press(t, s, "enter", "u")
	if got := themesOf(t, ctx, s.stepID); !sameThemes(got, theirs) {
		t.Fatalf("undo of its own change: %+v, want %+v", got, theirs)
	}
}
