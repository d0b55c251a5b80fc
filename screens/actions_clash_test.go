package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// Two programs on one file edit the same action or decision (issue 15
// point 2): this one in its form, the other through a second store handle.

// actionEditedBoth opens the actions of session 1 with one action, edits
// its what here to "Wijkschouw plannen met de buurt", and lets theirs
// happen in the other program before the form is saved.
func actionEditedBoth(t *testing.T, theirs func(other sessions.Store, x sessions.Action)) (*Actions, *Context, sessions.Session) {
	t.Helper()
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	x := sessions.Action{SessionID: se.ID, What: "Wijkschouw plannen"}
	mustDo(t, ctx.Store.SaveAction(&x))
	other := otherProgram(t, ctx)
	s := meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 24).(*Actions)
	press(t, s, "tab", "e")
	meetingPaste(t, s, " met de buurt")
	theirs(other, x)
	drive(t, s, ChangedMsg{}) // this screen follows the other program; the form stays
	lastNav = nil
	press(t, s, "enter", "enter", "enter", "enter")
	return s, ctx, se
}

func storedActions(t *testing.T, ctx *Context, se sessions.Session) []sessions.Action {
	t.Helper()
	all, err := ctx.Store.Actions(se.WerkgroepID)
	mustDo(t, err)
	return all
}

func TestActionClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		s, ctx, se := actionEditedBoth(t, func(other sessions.Store, x sessions.Action) {
			x.What = "Wijkschouw afzeggen"
			mustDo(t, other.SaveAction(&x))
		})
		if s.clash == nil {
			t.Fatalf("no clash; status %q", lastStatus(t))
		}
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			v := render(s, size[0], size[1])
			if !strings.Contains(v, "Wijkschouw afzeggen") || !strings.Contains(v, "met de buurt") {
				t.Errorf("%dx%d: the clash does not show both versions:\n%s", size[0], size[1], v)
			}
		}
		if !strings.Contains(render(s, 80, 24), "Iemand anders heeft deze actie veranderd") {
			t.Errorf("the clash does not say what happened:\n%s", render(s, 80, 24))
		}
		s.SetSize(80, 24)
		if got := storedActions(t, ctx, se); got[0].What != "Wijkschouw afzeggen" {
			t.Fatalf("stored %q before a choice", got[0].What)
		}
		choose(t, s, s.clash.clash, choice)
		want := map[string]string{"1": "Wijkschouw afzeggen", "2": "Wijkschouw plannen met de buurt", "3": "Wijkschouw plannen met de buurt, samen"}[choice]
		if choice == "3" {
			if s.actForm == nil || s.clash != nil {
				t.Fatalf("edit further: form %v, clash %v", s.actForm != nil, s.clash != nil)
			}
			meetingPaste(t, s, ", samen")
			press(t, s, "enter", "enter", "enter", "enter")
		}
		got := storedActions(t, ctx, se)
		if len(got) != 1 || got[0].What != want || s.clash != nil || s.form() != nil {
			t.Errorf("choice %s: stored %+v, clash %v, form %v; want one action %q", choice, got, s.clash != nil, s.form() != nil, want)
		}
	}
}

func TestActionMergesADateSetElsewhere(t *testing.T) {
	s, ctx, se := actionEditedBoth(t, func(other sessions.Store, x sessions.Action) {
		x.Due = "2027-03-01"
		mustDo(t, other.SaveAction(&x))
	})
	if s.clash != nil {
		t.Fatal("a date there and a text here were called a clash")
	}
	got := storedActions(t, ctx, se)
	if got[0].What != "Wijkschouw plannen met de buurt" || got[0].Due != "2027-03-01" {
		t.Errorf("stored %+v; want my text with their date", got[0])
	}
}

func TestActionDeletedMeanwhile(t *testing.T) {
	s, ctx, se := actionEditedBoth(t, func(other sessions.Store, x sessions.Action) {
		mustDo(t, other.DeleteAction(x.ID))
	})
	if s.clash == nil || !s.clash.gone {
		t.Fatal("no clash for an action deleted meanwhile")
	}
	if v := render(s, 80, 24); !strings.Contains(v, "verwijderd") || !strings.Contains(v, ctx.T("conflict.key.new")) {
		t.Errorf("the clash does not offer to store it as new:\n%s", v)
	}
	choose(t, s, s.clash.clash, "2")
	got := storedActions(t, ctx, se)
	if len(got) != 1 || got[0].What != "Wijkschouw plannen met de buurt" {
		t.Errorf("stored %+v; want mine as a new action", got)
	}
}

func TestDecisionClash(t *testing.T) {
	for _, choice := range []string{"1", "2"} {
		ctx, w := testContext(t)
		se := meetingSession(t, ctx, w, 1)
		d := sessions.Decision{SessionID: se.ID, Text: "We starten in maart."}
		mustDo(t, ctx.Store.SaveDecision(&d))
		other := otherProgram(t, ctx)
		s := meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 24).(*Actions)
		press(t, s, "e")
		meetingPaste(t, s, " Met de buurt.")
		theirs := d
		theirs.Text = "We starten in april."
		mustDo(t, other.SaveDecision(&theirs))
		press(t, s, "enter")
		if s.clash == nil {
			t.Fatalf("no clash; status %q", lastStatus(t))
		}
		choose(t, s, s.clash.clash, choice)
		want := map[string]string{"1": "We starten in april.", "2": "We starten in maart. Met de buurt."}[choice]
		if ds, _ := ctx.Store.Decisions(se.ID); len(ds) != 1 || ds[0].Text != want {
			t.Errorf("choice %s: stored %+v, want %q", choice, ds, want)
		}
	}
}

// Space on an action whose status was changed elsewhere: a clash, not a
// silent second step.
func TestActionStatusClash(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	x := sessions.Action{SessionID: se.ID, What: "Zaal reserveren"}
	mustDo(t, ctx.Store.SaveAction(&x))
	other := otherProgram(t, ctx)
	s := meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 24).(*Actions)
	press(t, s, "tab")
	theirs := x
	theirs.Status = sessions.ActionDropped
	mustDo(t, other.SaveAction(&theirs))
	press(t, s, "space") // open → done, on what this screen still shows
	if s.clash == nil {
		t.Fatal("no clash for a status changed both here and elsewhere")
	}
	choose(t, s, s.clash.clash, "1")
	if got := storedActions(t, ctx, se); got[0].Status != sessions.ActionDropped {
		t.Errorf("stored status %v after keeping theirs", got[0].Status)
	}
}
