package screens

import (
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
)

// Two programs on one file edit the same agenda step (issue 15 point 2).

// stepEditedBoth retitles the first step here to "Binnenkomen" and lets
// theirs happen in the other program before the form is saved.
func stepEditedBoth(t *testing.T, theirs func(other sessions.Store, st sessions.Step)) (*Agenda, *Context, sessions.Session) {
	t.Helper()
	ctx, se, s := agendaOf(t)
	other := otherProgram(t, ctx)
	press(t, s, "e")
	clearField(t, s)
	paste(t, s, "Binnenkomen")
	theirs(other, storedSteps(t, ctx, se.ID)[0])
	drive(t, s, ChangedMsg{})
	lastNav = nil
	press(t, s, "enter", "enter", "enter", "enter", "enter", "enter")
	return s.(*Agenda), ctx, se
}

func TestStepClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		s, ctx, se := stepEditedBoth(t, func(other sessions.Store, st sessions.Step) {
			st.Title = "Welkom allemaal"
			mustDo(t, other.UpdateStep(&st))
		})
		if s.clash == nil {
			t.Fatalf("no clash; status %q", lastStatus(t))
		}
		for _, size := range [][2]int{{80, 21}, {40, 12}} {
			if v := render(s, size[0], size[1]); !strings.Contains(v, "Welkom allemaal") || !strings.Contains(v, "Binnenkomen") {
				t.Errorf("%dx%d: the clash does not show both:\n%s", size[0], size[1], v)
			}
		}
		s.SetSize(80, 21)
		choose(t, s, s.clash.clash, choice)
		if choice == "3" {
			if s.form == nil {
				t.Fatal("edit further: no form")
			}
			press(t, s, "enter", "enter", "enter", "enter", "enter", "enter")
		}
		want := map[string]string{"1": "Welkom allemaal", "2": "Binnenkomen", "3": "Binnenkomen"}[choice]
		if got := storedSteps(t, ctx, se.ID)[0]; got.Title != want || s.clash != nil || s.form != nil {
			t.Errorf("choice %s: stored %q, clash %v, form %v; want %q", choice, got.Title, s.clash != nil, s.form != nil, want)
		}
	}
}

// The clock of the step ran elsewhere and its time box was set there:
// the new title here is saved with both, without a question.
func TestStepMergesTheClockAndATimeboxElsewhere(t *testing.T) {
	s, ctx, se := stepEditedBoth(t, func(other sessions.Store, st sessions.Step) {
		mustDo(t, other.SetElapsed(st.ID, 90))
		now, err := other.Session(st.SessionID)
		mustDo(t, err)
		st = now.Steps[0]
		st.Timebox = 20 * time.Minute
		mustDo(t, other.UpdateStep(&st))
	})
	if s.clash != nil {
		t.Fatal("a clock and a time box there and a title here were called a clash")
	}
	got := storedSteps(t, ctx, se.ID)[0]
	if got.Title != "Binnenkomen" || got.Timebox != 20*time.Minute || got.Elapsed != 90*time.Second {
		t.Errorf("stored %+v; want my title with their time box and clock", got)
	}
}
