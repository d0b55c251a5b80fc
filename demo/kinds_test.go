package demo

import (
	"testing"

	"werkgroep/sessions"
)

func TestSmallHoldsThemesAndAVote(t *testing.T) {
	st, w := sharedSmall(t)
	ss, err := st.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	themes, ok := stepOf(ss[1], sessions.StepThemes)
	if !ok {
		t.Fatal("session 2 has no themes step")
	}
	ts, err := st.Themes(themes.ID)
	if err != nil || len(ts) != len(demoThemes) {
		t.Fatalf("themes %+v, %v", ts, err)
	}
	in := 0
	for _, th := range ts {
		if len(th.Members) < 2 {
			t.Errorf("theme %q holds %d contributions", th.Name, len(th.Members))
		}
		in += len(th.Members)
	}
	said, _ := st.Contributions(ss[1].ID)
	gathered := sessions.ThemeCandidates(themes, ss, nil, said)
	if in == 0 || in >= len(gathered) {
		t.Errorf("%d of %d in a theme; want some left outside", in, len(gathered))
	}
	voting, ok := stepOf(ss[3], sessions.StepVoting)
	if !ok {
		t.Fatal("session 4 has no voting step")
	}
	opts, _ := st.VoteOptions(voting.ID)
	votes, _ := st.Votes(voting.ID)
	set, _ := st.VoteSetting(voting.ID)
	from := 0
	for _, o := range opts {
		if o.ContributionID != 0 {
			from++
		}
	}
	if len(opts) != len(demoOptions) || from == 0 || from == len(opts) {
		t.Errorf("%d options, %d from what was said; want typed ones and said ones", len(opts), from)
	}
	people, _ := st.Participants(w.ID)
	voted := 0
	for _, p := range people {
		if n := sessions.DotsOf(votes, p.ID); n > set.Dots {
			t.Errorf("%s has %d dots, more than %d", p.Name, n, set.Dots)
		} else if n > 0 {
			voted++
		}
	}
	att, _ := st.Attendance(ss[3].ID)
	present := 0
	for _, a := range att {
		if a == sessions.Present {
			present++
		}
	}
	if voted == 0 || voted >= present {
		t.Errorf("%d of %d present voted; want most, and someone who did not", voted, present)
	}
	results := sessions.Tally(opts, votes)
	if !results[0].Tied || results[0].Rank != results[1].Rank {
		t.Errorf("the demo's first place should be shared, to show a tie: %+v", results[:2])
	}
}
