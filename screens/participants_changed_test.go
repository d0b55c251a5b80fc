package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// Two programs on one file edit the same participant's details (issue 15
// point 2).

// personEditedBoth edits Martin's minutes naming here (to first name) and
// lets theirs happen in the other program before the form is saved.
func personEditedBoth(t *testing.T, theirs func(other sessions.Store, x sessions.Participant)) (*Participants, *Context, sessions.Werkgroep) {
	t.Helper()
	ctx, w, s := peopleWith(t, "Martin Stam")
	other := otherProgram(t, ctx)
	press(t, s, "e", "enter", "down", "enter")
	theirs(other, storedPeople(t, ctx, w)[0])
	drive(t, s, ChangedMsg{})
	lastNav = nil
	press(t, s, "enter", "enter")
	return s.(*Participants), ctx, w
}

func TestParticipantClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		s, ctx, w := personEditedBoth(t, func(other sessions.Store, x sessions.Participant) {
			x.Naming = sessions.Initials
			mustDo(t, other.SaveParticipant(&x))
		})
		if s.clash == nil {
			t.Fatalf("no clash; status %q", lastStatus(t))
		}
		v := render(s, 80, 21)
		for _, want := range []string{"Iemand anders heeft de gegevens van deze deelnemer veranderd", "initialen → M.S.", "voornaam → Martin"} {
			if !strings.Contains(v, want) {
				t.Errorf("the clash does not show %q:\n%s", want, v)
			}
		}
		if v := render(s, 40, 12); !strings.Contains(v, "M.S.") || !strings.Contains(v, "Martin") {
			t.Errorf("at 40x12 the clash does not show both:\n%s", v)
		}
		s.SetSize(80, 21)
		choose(t, s, s.clash.clash, choice)
		if choice == "3" {
			if s.form == nil {
				t.Fatal("edit further: no form")
			}
			press(t, s, "enter", "enter", "enter", "enter")
		}
		want := map[string]sessions.Naming{"1": sessions.Initials, "2": sessions.FirstName, "3": sessions.FirstName}[choice]
		if got := storedPeople(t, ctx, w); len(got) != 1 || got[0].Naming != want || s.clash != nil || s.form != nil {
			t.Errorf("choice %s: stored %+v, clash %v, form %v; want naming %v", choice, got, s.clash != nil, s.form != nil, want)
		}
	}
}

func TestParticipantMergesAboutSetElsewhere(t *testing.T) {
	s, ctx, w := personEditedBoth(t, func(other sessions.Store, x sessions.Participant) {
		x.About = "Ik woon in Noord."
		mustDo(t, other.SaveParticipant(&x))
	})
	if s.clash != nil {
		t.Fatal("about there and naming here were called a clash")
	}
	if got := storedPeople(t, ctx, w)[0]; got.Naming != sessions.FirstName || got.About != "Ik woon in Noord." {
		t.Errorf("stored %+v; want my naming with their words", got)
	}
}

func TestParticipantRemovedMeanwhile(t *testing.T) {
	s, ctx, w := personEditedBoth(t, func(other sessions.Store, x sessions.Participant) {
		mustDo(t, other.RemoveParticipant(x.ID, true))
	})
	if s.clash == nil || !s.clash.gone {
		t.Fatal("no clash for a participant removed meanwhile")
	}
	choose(t, s, s.clash.clash, "2")
	if got := storedPeople(t, ctx, w); len(got) != 1 || got[0].Name != "Martin Stam" || got[0].Naming != sessions.FirstName {
		t.Errorf("stored %+v; want Martin again, as new, with my choice", got)
	}
}
