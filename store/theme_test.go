package store

import (
	"reflect"
	"testing"

	"werkgroep/sessions"
)

// oneStep makes a werkgroep and returns its first session with three
// contributions in its first step.
func oneStep(t *testing.T, s *Store) (sessions.Session, []sessions.ID) {
	t.Helper()
	w := sessions.Werkgroep{Name: "Thema's"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(w.ID)
	se := ss[0]
	var ids []sessions.ID
	for _, text := range []string{"een", "twee", "drie"} {
		c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: text}
		if err := s.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	return se, ids
}

func TestThemesMoveMergeAndRestore(t *testing.T) {
	s := newStore(t)
	se, c := oneStep(t, s)
	step := se.Steps[1].ID
	a := sessions.Theme{StepID: step, Name: "Vertrouwen"}
	b := sessions.Theme{StepID: step, Name: "Geld"}
	if err := s.SaveTheme(&a); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTheme(&b); err != nil {
		t.Fatal(err)
	}
	if a.Position != 1 || b.Position != 2 {
		t.Errorf("positions %d %d", a.Position, b.Position)
	}
	if err := s.PutInTheme(step, a.ID, c[:2]); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Themes(step)
	// moving into b takes it out of a: one theme per step
	if err := s.PutInTheme(step, b.ID, c[1:]); err != nil {
		t.Fatal(err)
	}
	ts, _ := s.Themes(step)
	if !reflect.DeepEqual(ts[0].Members, []sessions.ID{c[0]}) || !reflect.DeepEqual(ts[1].Members, []sessions.ID{c[1], c[2]}) {
		t.Fatalf("after the move: %+v", ts)
	}
	if err := s.DeleteTheme(a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreThemes(step, before); err != nil {
		t.Fatal(err)
	}
	ts, _ = s.Themes(step)
	if !reflect.DeepEqual(ts, before) {
		t.Errorf("restored %+v, want %+v", ts, before)
	}
	// a contribution deleted while in a theme leaves it
	if err := s.DeleteContribution(c[0]); err != nil {
		t.Fatal(err)
	}
	ts, _ = s.Themes(step)
	if !reflect.DeepEqual(ts[0].Members, []sessions.ID{c[1]}) {
		t.Errorf("after deleting a member: %+v", ts[0])
	}
	if err := s.SetThemeSources(step, []sessions.ID{se.ID}); err != nil {
		t.Fatal(err)
	}
	if src, _ := s.ThemeSources(step); !reflect.DeepEqual(src, []sessions.ID{se.ID}) {
		t.Errorf("sources %v", src)
	}
}

func TestVotesDotsStickersAndRemoval(t *testing.T) {
	s := newStore(t)
	se, c := oneStep(t, s)
	step := se.Steps[1].ID
	if v, _ := s.VoteSetting(step); v.Dots != sessions.DefaultDots || v.Names {
		t.Errorf("default setting %+v", v)
	}
	if err := s.SetVoteSetting(step, sessions.VoteSetting{Dots: 5, Names: true}); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.VoteSetting(step); v.Dots != 5 || !v.Names {
		t.Errorf("setting %+v, want 5 dots with names", v)
	}
	p := sessions.Participant{WerkgroepID: se.WerkgroepID, Name: "Linda"}
	if err := s.SaveParticipant(&p); err != nil {
		t.Fatal(err)
	}
	typed := sessions.VoteOption{StepID: step, Text: "Betaalde inzet", Stickers: -1}
	fromWords := sessions.VoteOption{StepID: step, ContributionID: c[0], Text: "een", Stickers: 4}
	for _, o := range []*sessions.VoteOption{&typed, &fromWords} {
		if err := s.SaveVoteOption(o); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetVote(sessions.Vote{OptionID: typed.ID, ParticipantID: p.ID, Dots: 2}); err != nil {
		t.Fatal(err)
	}
	os, _ := s.VoteOptions(step)
	vs, _ := s.Votes(step)
	if len(os) != 2 || os[0].Stickers != -1 || os[1].Stickers != 4 || len(vs) != 1 || vs[0].Dots != 2 {
		t.Fatalf("options %+v votes %+v", os, vs)
	}
	// removing the words removes the option made of them
	if err := s.RemoveParticipant(p.ID, true); err != nil {
		t.Fatal(err)
	}
	if vs, _ := s.Votes(step); len(vs) != 0 {
		t.Errorf("votes of a removed participant stay: %+v", vs)
	}
	if err := s.DeleteContribution(c[0]); err != nil {
		t.Fatal(err)
	}
	if os, _ := s.VoteOptions(step); len(os) != 1 || os[0].Text != "Betaalde inzet" {
		t.Errorf("options after deleting the words: %+v", os)
	}
}
