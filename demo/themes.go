package demo

import (
	"fmt"
	"strings"

	"werkgroep/sessions"
)

// demoThemes are the themes the group made in session 2 from the round,
// each with the opening words of what went in; the check-in and the
// look-back stay outside, as they would on a wall of stickies.
var demoThemes = []struct {
	name   string
	starts []string
}{
	{"Luisteren en gehoord worden", []string{"Wat mensen zelf vertellen", "Iemand uit de zaal", "Ik zeg het één keer", "In het buurtteam zie ik"}},
	{"Ruimte, geen blauwdruk", []string{"Voor mij is een visie geen blauwdruk", "Hoor ik het goed dat de visie"}},
	{"Wie beslist, en met welk geld?", []string{"Als iedereen zijn eigen perspectief", "Zonder formulieren is er geen geld"}},
}

// smallThemes makes the themes of session 2's themes step.
func (wr *writer) smallThemes(_ []meeting, _ map[string]sessions.ID) error {
	se := wr.sessions[1]
	step, ok := stepOf(se, sessions.StepThemes)
	if !ok {
		return nil // an agenda without the step: nothing to fill
	}
	said, err := wr.st.Contributions(se.ID)
	if err != nil {
		return err
	}
	for _, th := range demoThemes {
		t := sessions.Theme{StepID: step.ID, Name: th.name}
		if err := wr.st.SaveTheme(&t); err != nil {
			return err
		}
		var ids []sessions.ID
		for _, start := range th.starts {
			id, err := saidStarting(said, start)
			if err != nil {
				return fmt.Errorf("theme %q: %w", th.name, err)
			}
			ids = append(ids, id)
		}
		if err := wr.st.PutInTheme(step.ID, t.ID, ids); err != nil {
			return err
		}
	}
	return nil
}

// saidStarting is the contribution whose text starts with start.
func saidStarting(said []sessions.Contribution, start string) (sessions.ID, error) {
	for _, c := range said {
		if strings.HasPrefix(c.Text, start) {
			return c.ID, nil
		}
	}
	return 0, fmt.Errorf("nothing said starts with %q", start)
}
