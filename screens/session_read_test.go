package screens

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"werkgroep/sessions"
)

// The session screen reads only what changed after its first load
// (session_read.go). Property: after any changes by another program (new
// entries, edits, moves between steps, deletions, undo, outcomes, an
// author removed with and without their words) and by the screen's own
// store, what the screen holds per step is what reading the whole session
// gives. 200 rounds of one to five random changes, with a fixed seed.
func TestReadingOnlyWhatChanged(t *testing.T) {
	ctx, w := testContext(t)
	other := anotherProgram(t, ctx).Store
	ss, _ := ctx.Store.Sessions(w.ID)
	se := ss[0]
	var people []sessions.Participant
	for i := range 4 {
		p := sessions.Participant{WerkgroepID: w.ID, Name: fmt.Sprintf("Persoon %d", i)}
		mustDo(t, other.SaveParticipant(&p))
		people = append(people, p)
	}
	s := newSessionScreen(ctx, w.ID, se.ID)
	s.SetSize(100, 30)
	drive(t, s, s.Init()())

	rnd := rand.New(rand.NewPCG(16, 6))
	var deleted []sessions.Contribution
	step := func() sessions.ID { return se.Steps[rnd.IntN(len(se.Steps))].ID }
	stored := func() (sessions.Contribution, bool) {
		all, err := other.Contributions(se.ID)
		mustDo(t, err)
		if len(all) == 0 {
			return sessions.Contribution{}, false
		}
		return all[rnd.IntN(len(all))], true
	}
	for round := range 200 {
		for range 1 + rnd.IntN(5) {
			switch op := rnd.IntN(10); {
			case op < 4: // new, by the other program or, now and then, this one
				c := sessions.Contribution{SessionID: se.ID, StepID: step(), Text: fmt.Sprintf("r%d", round)}
				if rnd.IntN(3) == 0 {
					c.ParticipantID = people[rnd.IntN(len(people))].ID
				}
				if rnd.IntN(4) == 0 {
					mustDo(t, ctx.Store.AddContribution(&c))
				} else {
					mustDo(t, other.AddContribution(&c))
				}
				// a deleted one whose ID the new one took cannot come back
				deleted = slices.DeleteFunc(deleted, func(d sessions.Contribution) bool { return d.ID == c.ID })
			case op < 6: // edited, or moved to another step
				if c, ok := stored(); ok {
					c.Text += "+"
					if rnd.IntN(2) == 0 {
						c.StepID = step()
					}
					mustDo(t, other.UpdateContribution(&c))
				}
			case op < 8: // deleted
				if c, ok := stored(); ok {
					mustDo(t, other.DeleteContribution(c.ID))
					deleted = append(deleted, c)
				}
			case op < 9: // undone
				if len(deleted) > 0 {
					i := rnd.IntN(len(deleted))
					mustDo(t, other.RestoreContribution(deleted[i]))
					deleted = append(deleted[:i], deleted[i+1:]...)
				}
			default: // an outcome, or an author removed (with or without their words)
				if c, ok := stored(); ok && rnd.IntN(3) > 0 {
					mustDo(t, other.SetOutcome(c.ID, sessions.Adopted, "ja"))
				} else if len(people) > 1 {
					i := rnd.IntN(len(people))
					mustDo(t, other.RemoveParticipant(people[i].ID, rnd.IntN(2) == 0))
					people = append(people[:i], people[i+1:]...)
					deleted = nil // their words may be gone for good
				}
			}
		}
		drive(t, s, ChangedMsg{})
		if !s.read.marked {
			t.Fatal("the screen reads the whole session at every change")
		}
		all, err := other.Contributions(se.ID)
		mustDo(t, err)
		want := map[sessions.ID][]sessions.Contribution{}
		for _, c := range all {
			want[c.StepID] = append(want[c.StepID], c)
		}
		if !reflect.DeepEqual(s.byStep, want) {
			t.Fatalf("round %d: the screen holds\n%v\nreading the whole session gives\n%v", round, s.byStep, want)
		}
	}
}
