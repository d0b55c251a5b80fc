package store

import (
	"errors"
	"testing"

	"werkgroep/sessions"
)

// phoneRoom opens session 1 of a fresh werkgroep to phones with the lead
// at its first step of kind; a, b are two handles on one file.
func phoneRoom(t *testing.T, kind sessions.StepKind) (a, b *Store, se sessions.Session, step sessions.Step) {
	t.Helper()
	a, b, w := twoHandles(t)
	ss, err := a.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ss {
		for _, st := range s.Steps {
			if st.Kind == kind && step.ID == 0 {
				se, step = s, st
			}
		}
	}
	if step.ID == 0 {
		t.Fatalf("no %s step in the template", kind)
	}
	if err := a.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: se.ID, StepID: step.ID, Program: "laptop/1/1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.OpenPhoneRoom(se.ID, "", ""); err != nil {
		t.Fatal(err)
	}
	return a, b, se, step
}

func TestPhoneRoomOpensWithACodeAndClosesAndKeepsItsCode(t *testing.T) {
	a, b, se, _ := phoneRoom(t, sessions.StepSchema)
	r, err := b.PhoneRoom(se.ID)
	if err != nil || !r.IsOpen() || len(r.Code) != sessions.JoinCodeLen {
		t.Fatalf("room read by the other handle: %+v, %v", r, err)
	}
	if got, err := b.OpenPhoneRoomByCode(r.Code); err != nil || got.SessionID != se.ID {
		t.Fatalf("by its code: %+v, %v", got, err)
	}
	if err := a.ClosePhoneRoom(se.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := b.OpenPhoneRoomByCode(r.Code); !errors.Is(err, sessions.ErrNotFound) {
		t.Fatalf("a closed room found by its code: %v", err)
	}
	if r2, _ := b.PhoneRoom(se.ID); r2.IsOpen() {
		t.Fatal("closed room still open")
	}
	again, err := a.OpenPhoneRoom(se.ID, "http://192.168.1.20:8080", "")
	if err != nil || again.Code != r.Code || !again.IsOpen() {
		t.Fatalf("opened again: %+v, %v (code was %s)", again, err, r.Code)
	}
	// Opening another session of the werkgroep closes this one.
	ss, _ := a.Sessions(se.WerkgroepID)
	other := ss[len(ss)-1]
	if _, err := a.OpenPhoneRoom(other.ID, "http://192.168.1.20:8080", ""); err != nil {
		t.Fatal(err)
	}
	if r, _ := b.PhoneRoom(se.ID); r.IsOpen() {
		t.Fatal("two sessions of one werkgroep open to phones")
	}
	// The serving program stops: what it served closes.
	if err := a.ClosePhoneRoomsAt([]string{"http://192.168.1.20:8080"}); err != nil {
		t.Fatal(err)
	}
	if r, _ := b.PhoneRoom(other.ID); r.IsOpen() {
		t.Fatal("a room still open after its program stopped")
	}
}

func TestPhoneAnswersCountAsOnePersonUntilConfirmed(t *testing.T) {
	a, b, se, step := phoneRoom(t, sessions.StepSchema)
	people, _ := a.Participants(se.WerkgroepID)
	petra := sessions.Participant{WerkgroepID: se.WerkgroepID, Name: "Petra de Vries", Naming: sessions.Initials}
	if err := a.SaveParticipant(&petra); err != nil {
		t.Fatal(err)
	}
	_ = people
	ph, err := b.AddPhone(se.ID, "hash-1")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := b.PhoneByToken("hash-1"); err != nil || got.ID != ph.ID {
		t.Fatalf("by token: %+v %v", got, err)
	}
	place := func(p sessions.Phone, now, wish int) error {
		return b.PhoneStep(p.ID, step.ID, func(tx *Store, p sessions.Phone) error {
			return tx.SavePlacement(&sessions.Placement{SessionID: se.ID, ParticipantID: p.Person(), Dimension: 1, Now: now, Wish: wish})
		})
	}
	if err := place(ph, 2, 6); err != nil {
		t.Fatal(err)
	}
	f := figures(t, a, se.ID)
	if d := f.Dimensions[0]; d.Now.N != 1 || d.Gap.N != 1 || d.Gap.TowardsBottomUp != 1 {
		t.Fatalf("a phone's placement in the figures: %+v", d)
	}
	// It says it is Petra; until confirmed it stays the phone's own.
	if err := b.ClaimPhone(ph.ID, petra.ID); err != nil {
		t.Fatal(err)
	}
	ps, _ := a.Placements(se.ID)
	if len(ps) != 1 || !sessions.IsPhonePerson(ps[0].ParticipantID) {
		t.Fatalf("claimed, not confirmed: %+v", ps)
	}
	// The note-taker had placed Petra already; the phone's answer replaces it.
	if err := a.SavePlacement(&sessions.Placement{SessionID: se.ID, ParticipantID: petra.ID, Dimension: 1, Now: 4, Wish: 4}); err != nil {
		t.Fatal(err)
	}
	if err := a.ConfirmPhone(ph.ID); err != nil {
		t.Fatal(err)
	}
	ps, _ = a.Placements(se.ID)
	if len(ps) != 1 || ps[0].ParticipantID != petra.ID || ps[0].Now != 2 || ps[0].Wish != 6 {
		t.Fatalf("confirmed: %+v", ps)
	}
	ph, _ = b.Phone(ph.ID)
	if ph.Person() != petra.ID {
		t.Fatalf("a confirmed phone answers as %d, want %d", ph.Person(), petra.ID)
	}
	// A second phone claiming Petra cannot be confirmed as well.
	other, _ := b.AddPhone(se.ID, "hash-2")
	if err := b.ClaimPhone(other.ID, petra.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.ConfirmPhone(other.ID); !errors.Is(err, sessions.ErrClaimTaken) {
		t.Fatalf("second confirmation as Petra: %v", err)
	}
	// The first phone changes its mind: its answers are its own again.
	if err := b.ClaimPhone(ph.ID, 0); err != nil {
		t.Fatal(err)
	}
	ps, _ = a.Placements(se.ID)
	if len(ps) != 1 || ps[0].ParticipantID != sessions.PhonePerson(ph.ID) {
		t.Fatalf("after giving up the claim: %+v", ps)
	}
	if n, err := a.PhonesAnswered(se.ID); err != nil || n != 1 {
		t.Fatalf("phones answered: %d, %v", n, err)
	}
}

func figures(t *testing.T, s *Store, session sessions.ID) sessions.SchemaFigures {
	t.Helper()
	ps, err := s.Placements(session)
	if err != nil {
		t.Fatal(err)
	}
	return sessions.Figures(session, ps, nil)
}

func TestPhoneStepRefusesAClosedRoomOrAnotherStep(t *testing.T) {
	a, b, se, step := phoneRoom(t, sessions.StepSchema)
	ph, _ := b.AddPhone(se.ID, "h")
	write := func(st sessions.ID) error {
		return b.PhoneStep(ph.ID, st, func(tx *Store, p sessions.Phone) error {
			return tx.SavePlacement(&sessions.Placement{SessionID: se.ID, ParticipantID: p.Person(), Dimension: 2, Now: 3})
		})
	}
	other := se.Steps[0].ID
	if err := write(other); !errors.Is(err, sessions.ErrRoomClosed) {
		t.Fatalf("a step not led: %v", err)
	}
	if err := a.ClosePhoneRoom(se.ID); err != nil {
		t.Fatal(err)
	}
	if err := write(step.ID); !errors.Is(err, sessions.ErrRoomClosed) {
		t.Fatalf("a closed room: %v", err)
	}
	if ps, _ := a.Placements(se.ID); len(ps) != 0 {
		t.Fatalf("stored anyway: %+v", ps)
	}
}

func TestPhoneVotesAndContributionsMoveOnConfirmAndGoWithTheirPhone(t *testing.T) {
	a, b, se, step := phoneRoom(t, sessions.StepVoting)
	o := sessions.VoteOption{StepID: step.ID, Text: "Meer ervaringsdeskundigen", Stickers: -1}
	if err := a.SaveVoteOption(&o); err != nil {
		t.Fatal(err)
	}
	wim := sessions.Participant{WerkgroepID: se.WerkgroepID, Name: "Wim de Jong"}
	if err := a.SaveParticipant(&wim); err != nil {
		t.Fatal(err)
	}
	ph, _ := b.AddPhone(se.ID, "h")
	err := b.PhoneStep(ph.ID, step.ID, func(tx *Store, p sessions.Phone) error {
		if err := tx.SetVote(sessions.Vote{OptionID: o.ID, ParticipantID: p.Person(), Dots: 2}); err != nil {
			return err
		}
		c := sessions.Contribution{SessionID: se.ID, StepID: step.ID, Text: "Vraag het de buurt", Sharing: sessions.GroupOnly, Phone: p.ID}
		return tx.AddContribution(&c)
	})
	if err != nil {
		t.Fatal(err)
	}
	vs, _ := a.Votes(step.ID)
	if len(vs) != 1 || vs[0].ParticipantID != sessions.PhonePerson(ph.ID) {
		t.Fatalf("a phone's vote: %+v", vs)
	}
	cs, _ := b.PhoneContributions(ph.ID, step.ID)
	if len(cs) != 1 || cs[0].Phone != ph.ID || cs[0].ParticipantID != 0 || cs[0].Sharing != sessions.GroupOnly {
		t.Fatalf("a phone's contribution: %+v", cs)
	}
	if err := b.ClaimPhone(ph.ID, wim.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.ConfirmPhone(ph.ID); err != nil {
		t.Fatal(err)
	}
	vs, _ = a.Votes(step.ID)
	cs, _ = a.PhoneContributions(ph.ID, step.ID)
	if len(vs) != 1 || vs[0].ParticipantID != wim.ID || cs[0].ParticipantID != wim.ID {
		t.Fatalf("after confirming Wim: votes %+v, contribution %+v", vs, cs)
	}
	// Removing Wim removes his votes (a trigger now, no longer a foreign key).
	if err := a.RemoveParticipant(wim.ID, true); err != nil {
		t.Fatal(err)
	}
	if vs, _ = a.Votes(step.ID); len(vs) != 0 {
		t.Fatalf("votes of a removed participant: %+v", vs)
	}
}
