package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// Two programs on one file edit the same contribution (issue 15 point 2):
// this one through its screen, the other through a second store handle.

// editThenChangedElsewhere stores "eerste versie", starts editing it to
// "mijn versie" here, and lets the other program change its text to
// "hun versie" meanwhile; this screen hears of the change (ChangedMsg)
// and reloads, as it would live.
func editThenChangedElsewhere(t *testing.T) (*SessionScreen, *Context, sessions.ID) {
	t.Helper()
	s, ctx := openSession(t, 1)
	other := otherProgram(t, ctx)
	typeText(t, s, "eerste versie")
	press(t, s, "enter")
	typeText(t, s, "wacht even")
	press(t, s, "esc", "e", "ctrl+u")
	typeText(t, s, "mijn versie")
	cs, _ := other.Contributions(s.session.ID)
	theirs := cs[0]
	theirs.Text = "hun versie"
	mustDo(t, other.UpdateContribution(&theirs))
	drive(t, s, ChangedMsg{})
	lastNav = nil
	press(t, s, "enter")
	if s.clash == nil {
		t.Fatalf("no clash after saving an edit of a contribution changed elsewhere; status %q", lastStatus(t))
	}
	if got := storedText(t, ctx, s); got != "hun versie" {
		t.Fatalf("stored %q before a choice, want theirs", got)
	}
	view := render(s, 100, 30)
	for _, want := range []string{ctx.T("conflict.title"), "Iemand anders heeft deze bijdrage veranderd", "hun versie", "mijn versie",
		ctx.T("conflict.theirs"), ctx.T("conflict.mine")} {
		if !strings.Contains(view, want) {
			t.Errorf("the clash does not show %q:\n%s", want, view)
		}
	}
	for _, small := range [][2]int{{80, 24}, {40, 12}} {
		v := render(s, small[0], small[1])
		if !strings.Contains(v, "hun versie") || !strings.Contains(v, "mijn versie") {
			t.Errorf("at %dx%d the clash does not show both versions:\n%s", small[0], small[1], v)
		}
	}
	s.SetSize(100, 30)
	return s, ctx, cs[0].ID
}

func storedText(t *testing.T, ctx *Context, s *SessionScreen) string {
	t.Helper()
	cs, err := ctx.Store.Contributions(s.session.ID)
	mustDo(t, err)
	if len(cs) != 1 {
		t.Fatalf("%d contributions stored, want 1", len(cs))
	}
	return cs[0].Text
}

func TestEditClashKeepTheirs(t *testing.T) {
	s, ctx, _ := editThenChangedElsewhere(t)
	choose(t, s, s.clash.clash, "1")
	if got := storedText(t, ctx, s); got != "hun versie" {
		t.Errorf("stored %q after keeping theirs", got)
	}
	if s.clash != nil || s.capture.editing != 0 || s.capture.input.Value() != "wacht even" {
		t.Errorf("after keeping theirs: clash %v, editing %d, input %q; want the entry that waited aside", s.clash != nil, s.capture.editing, s.capture.input.Value())
	}
	if lastStatus(t) != ctx.T("conflict.kept.theirs") {
		t.Errorf("status %q", lastStatus(t))
	}
	if s.current()[0].Text != "hun versie" {
		t.Errorf("the list shows %q", s.current()[0].Text)
	}
}

func TestEditClashSaveMine(t *testing.T) {
	s, ctx, _ := editThenChangedElsewhere(t)
	choose(t, s, s.clash.clash, "2")
	if got := storedText(t, ctx, s); got != "mijn versie" {
		t.Errorf("stored %q after saving mine", got)
	}
	if s.clash != nil || s.capture.editing != 0 || s.mode != modeList {
		t.Errorf("after saving mine: clash %v, editing %d, mode %v", s.clash != nil, s.capture.editing, s.mode)
	}
	// Editing it again from here is no clash: the screen knows the new version.
	press(t, s, "e", "ctrl+u")
	typeText(t, s, "derde versie")
	press(t, s, "enter")
	if s.clash != nil || storedText(t, ctx, s) != "derde versie" {
		t.Errorf("a second edit here: clash %v, stored %q", s.clash != nil, storedText(t, ctx, s))
	}
}

func TestEditClashEditFurther(t *testing.T) {
	s, ctx, _ := editThenChangedElsewhere(t)
	choose(t, s, s.clash.clash, "3")
	if s.clash != nil || s.capture.editing == 0 || s.capture.input.Value() != "mijn versie" || s.mode != modeCapture {
		t.Fatalf("edit further: clash %v, editing %d, input %q", s.clash != nil, s.capture.editing, s.capture.input.Value())
	}
	typeText(t, s, " en die van hen")
	press(t, s, "enter")
	if got := storedText(t, ctx, s); got != "mijn versie en die van hen" {
		t.Errorf("stored %q after editing further", got)
	}
	if s.capture.input.Value() != "wacht even" {
		t.Errorf("the entry that waited aside is %q", s.capture.input.Value())
	}
}

// A change elsewhere to another field (the step) is kept with the edit,
// without a question.
func TestEditMergesAMoveElsewhere(t *testing.T) {
	s, ctx := openSession(t, 1)
	other := otherProgram(t, ctx)
	typeText(t, s, "eerste versie")
	press(t, s, "enter", "esc", "e", "ctrl+u")
	typeText(t, s, "mijn versie")
	cs, _ := other.Contributions(s.session.ID)
	moved := cs[0]
	moved.StepID = s.session.Steps[2].ID
	mustDo(t, other.UpdateContribution(&moved))
	lastNav = nil
	press(t, s, "enter")
	if s.clash != nil {
		t.Fatal("a move elsewhere and a text edit here were called a clash")
	}
	got, _ := ctx.Store.Contributions(s.session.ID)
	if got[0].Text != "mijn versie" || got[0].StepID != moved.StepID {
		t.Errorf("stored %+v; want my text in their step", got[0])
	}
	if !navHas(ctx.T("conflict.merged")) {
		t.Errorf("the merge was not said")
	}
}

func navHas(text string) bool {
	for _, m := range lastNav {
		if st, ok := m.(StatusMsg); ok && st.Text == text {
			return true
		}
	}
	return false
}

// A one-key change (the kind) of a contribution whose kind was changed
// elsewhere: the clash has no "go on editing"; saving mine stores it.
func TestKindClash(t *testing.T) {
	for _, choice := range []string{"1", "2"} {
		s, ctx := openSession(t, 1)
		other := otherProgram(t, ctx)
		typeText(t, s, "iets")
		press(t, s, "enter", "esc")
		cs, _ := other.Contributions(s.session.ID)
		theirs := cs[0]
		theirs.Kind = sessions.Zorg
		mustDo(t, other.UpdateContribution(&theirs))
		press(t, s, "4") // a question, on what this screen still shows
		if s.clash == nil {
			t.Fatal("no clash for a kind changed both here and elsewhere")
		}
		if v := render(s, 100, 30); s.clash.canEdit || strings.Contains(v, ctx.T("conflict.key.edit")) || !strings.Contains(v, ctx.T("conflict.key.mine")) {
			t.Error("a kind clash offers to go on editing")
		}
		press(t, s, "1", "2", "3", "x", "space") // typed on: none of them chooses
		if s.clash == nil {
			t.Fatal("a key that is no choice closed the clash")
		}
		choose(t, s, s.clash.clash, choice)
		want := map[string]sessions.Kind{"1": sessions.Zorg, "2": sessions.Vraag}[choice]
		if got, _ := ctx.Store.Contributions(s.session.ID); got[0].Kind != want || s.current()[0].Kind != want {
			t.Errorf("choice %s: stored kind %v, shown %v; want %v", choice, got[0].Kind, s.current()[0].Kind, want)
		}
	}
}

// choose picks an option of a clash the way a person does, with the
// arrows and enter: "1" keep theirs (or let mine go), "2" save mine (or
// as new), "3" go on with mine.
func choose(t *testing.T, s Screen, c *clash, which string) {
	t.Helper()
	want := map[string]clashChoice{"1": clashTheirs, "2": clashMine, "3": clashEdit}[which]
	for range len(c.options) {
		if c.options[c.at] == want {
			press(t, s, "enter")
			return
		}
		press(t, s, "down")
	}
	t.Fatalf("the clash has no option %s", which)
}

// TestClashStartsOnWhatLosesNothing: enter or esc right away (typed on
// by someone who did not see the question) keeps everything: the text
// stays to edit further; with no text, theirs stays and nothing is
// written over it.
func TestClashStartsOnWhatLosesNothing(t *testing.T) {
	s, ctx, _ := editThenChangedElsewhere(t)
	press(t, s, "enter")
	if s.clash != nil || s.capture.editing == 0 || s.capture.input.Value() != "mijn versie" {
		t.Errorf("enter at once: clash %v, editing %d, input %q; want to go on editing mine", s.clash != nil, s.capture.editing, s.capture.input.Value())
	}
	if got := storedText(t, ctx, s); got != "hun versie" {
		t.Errorf("stored %q", got)
	}
}

// While the question is open the other program changes it once more: the
// question shows the newest stored version, and saving mine saves over
// that one without asking again.
func TestClashFollowsTheNewestVersion(t *testing.T) {
	s, ctx, id := editThenChangedElsewhere(t)
	other := otherProgram(t, ctx)
	cs, _ := other.Contributions(s.session.ID)
	if cs[0].ID != id {
		t.Fatal("another contribution")
	}
	again := cs[0]
	again.Text = "hun tweede versie"
	mustDo(t, other.UpdateContribution(&again))
	drive(t, s, ChangedMsg{})
	if v := render(s, 100, 30); !strings.Contains(v, "hun tweede versie") {
		t.Errorf("the question does not show the newest version:\n%s", v)
	}
	choose(t, s, s.clash.clash, "2")
	if s.clash != nil || storedText(t, ctx, s) != "mijn versie" {
		t.Errorf("after saving mine: clash %v, stored %q", s.clash != nil, storedText(t, ctx, s))
	}
}
