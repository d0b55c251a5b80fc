package store

import (
	"errors"
	"testing"

	"werkgroep/sessions"
)

func TestBatchIsAllOrNothing(t *testing.T) {
	s := newStore(t)
	var w sessions.Werkgroep
	boom := errors.New("boom")
	err := s.Batch(func(b sessions.Store) error {
		w = sessions.Werkgroep{Name: "half"}
		if err := b.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err %v", err)
	}
	if list, _ := s.Werkgroepen(); len(list) != 0 {
		t.Fatalf("a failed batch left %d werkgroepen", len(list))
	}
	err = s.Batch(func(b sessions.Store) error {
		w = sessions.Werkgroep{Name: "heel"}
		if err := b.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
			return err
		}
		ss, err := b.Sessions(w.ID)
		if err != nil {
			return err
		}
		for i := range 500 {
			c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: "x" + string(rune('a'+i%26))}
			if err := b.AddContribution(&c); err != nil {
				return err
			}
			if err := b.SetOutcome(c.ID, sessions.Adopted, "visietekst"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(w.ID)
	if got, _ := s.Contributions(ss[0].ID); len(got) != 500 || got[499].Outcome != sessions.Adopted {
		t.Fatalf("batch stored %d", len(got))
	}
}
