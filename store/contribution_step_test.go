package store

import (
	"slices"
	"testing"

	"werkgroep/sessions"
)

// StepContributions gives one step's contributions in the order they
// were made, as Contributions does for the session: one moved to another
// step goes with it, a deleted one is gone.
func TestStepContributionsAreOneStepsInOrder(t *testing.T) {
	a, _, w := twoHandles(t)
	ss, err := a.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	one, two := ss[0].Steps[0].ID, ss[0].Steps[1].ID
	var cs []sessions.Contribution
	for i, text := range []string{"een", "twee", "drie", "vier"} {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: []sessions.ID{one, two}[i%2], Text: text}
		if err := a.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	texts := func(step sessions.ID) []string {
		t.Helper()
		got, err := a.StepContributions(step)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range got {
			out = append(out, c.Text)
		}
		return out
	}
	if got := texts(one); !slices.Equal(got, []string{"een", "drie"}) {
		t.Fatalf("step 1 holds %q", got)
	}
	moved := cs[3]
	moved.StepID = one
	if err := a.UpdateContribution(&moved); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteContribution(cs[0].ID); err != nil {
		t.Fatal(err)
	}
	if got := texts(one); !slices.Equal(got, []string{"drie", "vier"}) {
		t.Fatalf("step 1 holds %q after a move into it and a delete", got)
	}
	if got := texts(two); !slices.Equal(got, []string{"twee"}) {
		t.Fatalf("step 2 holds %q after a move out of it", got)
	}
}
