package sessions

import "testing"

func TestTallyRanksAndShowsTies(t *testing.T) {
	opts := []VoteOption{{ID: 1, Stickers: -1}, {ID: 2, Stickers: 2}, {ID: 3, Stickers: -1}, {ID: 4, Stickers: -1}}
	votes := []Vote{
		{OptionID: 1, ParticipantID: 10, Dots: 3},
		{OptionID: 3, ParticipantID: 11, Dots: 1},
		{OptionID: 3, ParticipantID: 12, Dots: 1},
		{OptionID: 2, ParticipantID: 12, Dots: 1},
	}
	got := Tally(opts, votes)
	want := []struct {
		id, dots, people, rank int
		tied                   bool
	}{{1, 3, 1, 1, true}, {2, 3, 1, 1, true}, {3, 2, 2, 3, false}, {4, 0, 0, 4, false}}
	for i, w := range want {
		r := got[i]
		if int(r.Option.ID) != w.id || r.Dots != w.dots || r.People != w.people || r.Rank != w.rank || r.Tied != w.tied {
			t.Errorf("row %d: %+v, want %+v", i, r, w)
		}
	}
	if DotsOf(votes, 12) != 2 || !Voted(votes, 11) || Voted(votes, 13) {
		t.Errorf("dots per person wrong")
	}
	if !HasStickers(opts) || HasStickers(opts[:1]) {
		t.Errorf("HasStickers wrong")
	}
}

func TestThemeCandidatesAreEarlierWords(t *testing.T) {
	s1 := Session{ID: 1, Steps: []Step{{ID: 11, SessionID: 1, Position: 1}, {ID: 12, SessionID: 1, Position: 2, Kind: StepBreak}, {ID: 13, SessionID: 1, Position: 3}}}
	s2 := Session{ID: 2, Steps: []Step{{ID: 21, SessionID: 2, Position: 1}, {ID: 22, SessionID: 2, Position: 2, Kind: StepThemes}, {ID: 23, SessionID: 2, Position: 3}}}
	said := []Contribution{{ID: 1, StepID: 23}, {ID: 2, StepID: 21}, {ID: 3, StepID: 11}, {ID: 4, StepID: 13}, {ID: 5, StepID: 12}}
	ids := func(cs []Contribution) []ID {
		var out []ID
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	step := s2.Steps[1]
	if got := ids(ThemeCandidates(step, []Session{s1, s2}, nil, said)); len(got) != 1 || got[0] != 2 {
		t.Errorf("own session: %v, want [2]", got)
	}
	if got := ids(ThemeCandidates(step, []Session{s1, s2}, []ID{1, 2}, said)); len(got) != 3 || got[0] != 3 || got[1] != 4 || got[2] != 2 {
		t.Errorf("both sessions: %v, want [3 4 2]", got)
	}
}
