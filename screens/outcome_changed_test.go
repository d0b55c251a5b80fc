package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// Two programs on one file record what was done with the same
// contribution (issue 15 point 2).

func TestOutcomeClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		ctx, _, cs := ocFixture(t)
		other := otherProgram(t, ctx)
		f := openOutcome(t, ctx, cs[0])
		press(t, f, "4")
		typeText(t, f, "valt buiten de opdracht")
		mustDo(t, other.SetOutcome(cs[0].ID, sessions.Adopted, "visietekst, hoofdstuk 2"))
		// a change of its text elsewhere is no clash for the outcome
		e := ocStored(t, ctx, cs[0].ID)
		e.Text = "Vertrouwen komt te voet, zegt Linda"
		mustDo(t, other.UpdateContribution(&e))
		lastNav = nil
		press(t, f, "enter")
		if f.clash == nil {
			t.Fatalf("no clash; status %q", lastStatus(t))
		}
		for _, size := range [][2]int{{80, 21}, {40, 12}} {
			if v := render(f, size[0], size[1]); !strings.Contains(v, "hoofdstuk 2") || !strings.Contains(v, "niet overgenomen: valt buiten") {
				t.Errorf("%dx%d: the clash does not show both:\n%s", size[0], size[1], v)
			}
		}
		f.SetSize(80, 21)
		choose(t, f, f.clash.clash, choice)
		if choice == "3" {
			if f.clash != nil || ocPopped() {
				t.Fatal("edit further: the form is not back")
			}
			typeText(t, f, ", zegt de wethouder")
			press(t, f, "enter")
		}
		want := map[string]string{"1": "visietekst, hoofdstuk 2", "2": "valt buiten de opdracht", "3": "valt buiten de opdracht, zegt de wethouder"}[choice]
		got := ocStored(t, ctx, cs[0].ID)
		if got.OutcomeNote != want || got.Text != e.Text || !ocPopped() {
			t.Errorf("choice %s: stored %q (text %q), closed %v; want %q and their text", choice, got.OutcomeNote, got.Text, ocPopped(), want)
		}
	}
}

// Several at once from the review: the ones changed elsewhere are asked
// about, the others are stored.
func TestOutcomeClashOfSome(t *testing.T) {
	ctx, _, cs := ocFixture(t)
	other := otherProgram(t, ctx)
	f := newOutcomeForm(ctx, cs[:3], nil)
	f.SetSize(80, 21)
	drive(t, f, f.Init()())
	press(t, f, "2")
	typeText(t, f, "werkplan")
	mustDo(t, other.SetOutcome(cs[1].ID, sessions.NotAdopted, "te duur"))
	press(t, f, "enter")
	if f.clash == nil || len(f.clash.theirs) != 1 {
		t.Fatalf("want a clash about one contribution, got %+v", f.clash)
	}
	if got := ocStored(t, ctx, cs[0].ID); got.OutcomeNote != "werkplan" {
		t.Errorf("the unchanged one was not stored: %+v", got)
	}
	choose(t, f, f.clash.clash, "1")
	if got := ocStored(t, ctx, cs[1].ID); got.OutcomeNote != "te duur" {
		t.Errorf("theirs not kept: %+v", got)
	}
}
