package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// Two programs on one file place the same person on the same dimension
// (issue 15 point 2).

func TestPlacementClash(t *testing.T) {
	for _, choice := range []string{"1", "2"} {
		s, ctx, _ := openSchema(t, 1)
		other := otherProgram(t, ctx)
		press(t, s, "3") // the group, now 3
		p, _ := stored(t, s, 0, 1)
		theirs := p
		theirs.Now = 6
		mustDo(t, other.SavePlacement(&theirs))
		press(t, s, "5") // on what this screen still shows
		if s.clash == nil {
			t.Fatal("no clash when both moved the group's now")
		}
		if got, _ := stored(t, s, 0, 1); got.Now != 6 {
			t.Fatalf("stored now %d before a choice, want theirs (6)", got.Now)
		}
		view := render(s, 80, 21)
		for _, want := range []string{"Iemand anders heeft deze plaats", "nu 6 · wens –", "nu 5 · wens –"} {
			if !strings.Contains(view, want) {
				t.Errorf("the clash does not show %q:\n%s", want, view)
			}
		}
		if v := render(s, 40, 12); !strings.Contains(v, "nu 6") || !strings.Contains(v, "nu 5") {
			t.Errorf("at 40x12 the clash does not show both:\n%s", v)
		}
		s.SetSize(80, 21)
		choose(t, s, s.clash.clash, choice)
		want := map[string]int{"1": 6, "2": 5}[choice]
		if got, _ := stored(t, s, 0, 1); got.Now != want || s.current().Now != want || s.clash != nil {
			t.Errorf("choice %s: stored now %d, shown %d, clash %v; want %d", choice, got.Now, s.current().Now, s.clash != nil, want)
		}
	}
}

// The other side moved elsewhere: both are kept without a question.
func TestPlacementMergesTheOtherSide(t *testing.T) {
	s, ctx, _ := openSchema(t, 1)
	other := otherProgram(t, ctx)
	press(t, s, "3")
	p, _ := stored(t, s, 0, 1)
	theirs := p
	theirs.Wish = 7
	mustDo(t, other.SavePlacement(&theirs))
	press(t, s, "4")
	if s.clash != nil {
		t.Fatal("now here and wish there were called a clash")
	}
	if got, _ := stored(t, s, 0, 1); got.Now != 4 || got.Wish != 7 {
		t.Errorf("stored %+v; want now 4 and their wish 7", got)
	}
}

// Both wrote an example: the text typed here is kept until chosen, and can
// be edited further.
func TestExampleClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		s, ctx, _ := openSchema(t, 1)
		other := otherProgram(t, ctx)
		linda := s.data.persons[1].id
		press(t, s, "tab", "e")
		typeText(t, s, "mijn voorbeeld")
		mustDo(t, other.SavePlacement(&sessions.Placement{SessionID: s.sessionID, ParticipantID: linda, Dimension: 1, Example: "hun voorbeeld"}))
		drive(t, s, ChangedMsg{}) // this screen follows the other program
		press(t, s, "enter")
		if s.clash == nil || !s.clash.canEdit {
			t.Fatalf("no clash with an example written elsewhere meanwhile")
		}
		if s.example.Value() != "mijn voorbeeld" {
			t.Errorf("the typed example is not kept: %q", s.example.Value())
		}
		choose(t, s, s.clash.clash, choice)
		if choice == "3" {
			if !s.editing || s.clash != nil {
				t.Fatalf("edit further: editing %v, clash %v", s.editing, s.clash != nil)
			}
			typeText(t, s, " en het hunne")
			press(t, s, "enter")
		}
		want := map[string]string{"1": "hun voorbeeld", "2": "mijn voorbeeld", "3": "mijn voorbeeld en het hunne"}[choice]
		if got, _ := stored(t, s, linda, 1); got.Example != want || s.editing {
			t.Errorf("choice %s: stored %q, editing %v; want %q", choice, got.Example, s.editing, want)
		}
	}
}

// The schema follows another program on the file: a placement stored
// there shows here.
func TestSchemaFollowsAnotherProgram(t *testing.T) {
	s, ctx, _ := openSchema(t, 1)
	other := otherProgram(t, ctx)
	mustDo(t, other.SavePlacement(&sessions.Placement{SessionID: s.sessionID, Dimension: 1, Now: 2, Wish: 6}))
	drive(t, s, ChangedMsg{})
	if p := s.current(); p.Now != 2 || p.Wish != 6 {
		t.Errorf("after a change elsewhere the schema shows %+v", p)
	}
}
