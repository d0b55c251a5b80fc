package store

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"werkgroep/sessions"
)

// Two programs on one file edit the same record: the later save stores
// nothing and says so with the record as stored now (issue 15 point 2).

func firstSession(t *testing.T, s *Store, w sessions.Werkgroep) sessions.Session {
	t.Helper()
	ss, err := s.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ss[0]
}

func TestContributionChangedMeanwhileIsNotOverwritten(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: "De buurt wil meer bankjes"}
	mustDo(t, a.AddContribution(&c))
	if c.Version != 1 {
		t.Fatalf("a new contribution has version %d, want 1", c.Version)
	}
	// Both programs begin editing the same contribution.
	mine, theirs := c, c
	theirs.Text = "De buurt wil meer bankjes bij het water"
	mustDo(t, b.UpdateContribution(&theirs))
	if theirs.Version != 2 {
		t.Fatalf("after an update the version is %d, want 2", theirs.Version)
	}
	mine.Text = "De buurt wil meer groen"
	err := a.UpdateContribution(&mine)
	now, ok := sessions.Changed[sessions.Contribution](err)
	if !ok {
		t.Fatalf("the later save gave %v, want ErrChanged", err)
	}
	if now.Text != theirs.Text || now.Version != 2 {
		t.Errorf("ErrChanged holds %q version %d, want the stored %q version 2", now.Text, now.Version, theirs.Text)
	}
	if got := stored(t, a, se.ID, c.ID); got.Text != theirs.Text {
		t.Errorf("stored is %q, want theirs %q: the later save overwrote it", got.Text, theirs.Text)
	}
	// Saving mine over theirs, knowing theirs, works.
	mine.Version = now.Version
	mustDo(t, a.UpdateContribution(&mine))
	if got := stored(t, b, se.ID, c.ID); got.Text != mine.Text || got.Version != 3 {
		t.Errorf("stored %q version %d, want %q version 3", got.Text, got.Version, mine.Text)
	}
	// Deleted meanwhile: not found, nothing stored.
	mustDo(t, b.DeleteContribution(c.ID))
	if err := a.UpdateContribution(&mine); !errors.Is(err, sessions.ErrNotFound) {
		t.Errorf("saving a deleted contribution gave %v, want ErrNotFound", err)
	}
}

// Any update of a row counts as a change, also one the edit does not
// touch (an outcome): the screens merge those (MergeContribution).
func TestOutcomeRaisesTheVersion(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: "Meer licht"}
	mustDo(t, a.AddContribution(&c))
	mustDo(t, b.SetOutcome(c.ID, sessions.Adopted, "in het plan"))
	if got := stored(t, a, se.ID, c.ID); got.Version != 2 {
		t.Errorf("after an outcome the version is %d, want 2", got.Version)
	}
	if _, ok := sessions.Changed[sessions.Contribution](a.UpdateContribution(&c)); !ok {
		t.Error("an edit that began before the outcome was stored without a word")
	}
}

func stored(t *testing.T, s *Store, session, id sessions.ID) sessions.Contribution {
	t.Helper()
	cs, err := s.Contributions(session)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("contribution %d not stored", id)
	return sessions.Contribution{}
}

func TestPlacementChangedMeanwhileIsNotOverwritten(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	// Both place the group on dimension 2, neither saw a placement yet.
	mine := sessions.Placement{SessionID: se.ID, Dimension: 2, Now: 3}
	theirs := mine
	theirs.Now = 5
	mustDo(t, b.SavePlacement(&theirs))
	now, ok := sessions.Changed[sessions.Placement](a.SavePlacement(&mine))
	if !ok || now.Now != 5 || now.Version != 1 {
		t.Fatalf("the later first placement: changed %v, stored %+v; want ErrChanged with now 5", ok, now)
	}
	// Both change the stored one.
	mine = now
	mine.Wish = 6
	theirs.Wish = 2
	mustDo(t, b.SavePlacement(&theirs))
	now, ok = sessions.Changed[sessions.Placement](a.SavePlacement(&mine))
	if !ok || now.Wish != 2 || now.Version != 2 {
		t.Fatalf("the later change: changed %v, stored %+v; want ErrChanged with wish 2", ok, now)
	}
	mine.Version = now.Version
	mustDo(t, a.SavePlacement(&mine))
	ps, err := b.Placements(se.ID)
	mustDo(t, err)
	if len(ps) != 1 || ps[0].Wish != 6 || ps[0].Version != 3 {
		t.Errorf("stored %+v, want one placement with wish 6, version 3", ps)
	}
}

func TestActionAndDecisionChangedMeanwhileAreNotOverwritten(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	act := sessions.Action{SessionID: se.ID, What: "Wijkschouw plannen", Owners: []sessions.Owner{{Name: "gemeente"}}}
	mustDo(t, a.SaveAction(&act))
	mine, theirs := act, act
	theirs.Due, theirs.Owners = "2027-01-15", []sessions.Owner{{Name: "ANE-bureau"}}
	mustDo(t, b.SaveAction(&theirs))
	mine.What = "Wijkschouw plannen met de buurt"
	now, ok := sessions.Changed[sessions.Action](a.SaveAction(&mine))
	if !ok || now.Due != "2027-01-15" || len(now.Owners) != 1 || now.Owners[0].Name != "ANE-bureau" {
		t.Fatalf("the later save: changed %v, stored %+v; want ErrChanged with their date and owner", ok, now)
	}
	as, err := a.Actions(w.ID)
	mustDo(t, err)
	if as[0].What != act.What || as[0].Owners[0].Name != "ANE-bureau" {
		t.Errorf("stored %+v: the later save changed it", as[0])
	}
	mustDo(t, b.DeleteAction(act.ID))
	if err := a.SaveAction(&mine); !errors.Is(err, sessions.ErrNotFound) {
		t.Errorf("saving a deleted action gave %v, want ErrNotFound", err)
	}

	d := sessions.Decision{SessionID: se.ID, Text: "We starten in maart"}
	mustDo(t, a.SaveDecision(&d))
	md, td := d, d
	td.Text = "We starten in april"
	mustDo(t, b.SaveDecision(&td))
	md.Text = "We starten in mei"
	if now, ok := sessions.Changed[sessions.Decision](a.SaveDecision(&md)); !ok || now.Text != td.Text {
		t.Errorf("the later decision: changed %v, stored %+v; want ErrChanged with theirs", ok, now)
	}
}

// Two programs that check and save the same contribution at the same
// moment: exactly one is stored, the other hears that it changed. The
// check and the update are one statement in one transaction, so there is
// no moment between them.
func TestSimultaneousSavesOneWins(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	for round := range 20 {
		c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: "begin"}
		mustDo(t, a.AddContribution(&c))
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, s := range []*Store{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				e := c
				e.Text = fmt.Sprintf("van %d", i)
				errs[i] = s.UpdateContribution(&e)
			}()
		}
		wg.Wait()
		won, lost := 0, 0
		for _, err := range errs {
			switch _, ok := sessions.Changed[sessions.Contribution](err); {
			case err == nil:
				won++
			case ok:
				lost++
			default:
				t.Fatalf("round %d: %v", round, err)
			}
		}
		if won != 1 || lost != 1 {
			t.Fatalf("round %d: %d stored, %d told it changed; want 1 and 1", round, won, lost)
		}
	}
}

// Two people capturing in the same step at the same moment both get
// their entries, in the order stored.
func TestSimultaneousCaptureKeepsBoth(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	const each = 40
	var wg sync.WaitGroup
	ids := make([][]sessions.ID, 2)
	for i, s := range []*Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range each {
				c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[1].ID, Text: fmt.Sprintf("%d-%d", i, n)}
				if err := s.AddContribution(&c); err != nil {
					t.Error(err)
					return
				}
				ids[i] = append(ids[i], c.ID)
			}
		}()
	}
	wg.Wait()
	for _, s := range []*Store{a, b} {
		cs, err := s.Contributions(se.ID)
		mustDo(t, err)
		if len(cs) != 2*each {
			t.Fatalf("%d entries stored, want %d", len(cs), 2*each)
		}
		next := [2]int{}
		for k, c := range cs {
			if k > 0 && c.ID <= cs[k-1].ID {
				t.Fatalf("entries not in the order stored: %d after %d", c.ID, cs[k-1].ID)
			}
			var who, n int
			fmt.Sscanf(c.Text, "%d-%d", &who, &n)
			if n != next[who] || ids[who][n] != c.ID {
				t.Fatalf("entry %q at %d: each program's entries must come in its own order", c.Text, k)
			}
			next[who]++
		}
	}
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A session's own fields (its form, its status, its approval) and a
// werkgroep's are checked like every other record.
func TestSessionAndWerkgroepChangedMeanwhileAreNotOverwritten(t *testing.T) {
	a, b, w := twoHandles(t)
	mine, theirs := firstSession(t, a, w), firstSession(t, b, w)
	theirs.Title = "Kennismaken en luisteren"
	mustDo(t, b.UpdateSession(&theirs))
	mine.Status = sessions.Done
	now, ok := sessions.Changed[sessions.Session](a.UpdateSession(&mine))
	if !ok || now.Title != theirs.Title || now.Status != sessions.Planned {
		t.Fatalf("the later session save gave %+v (changed %v), want ErrChanged with theirs", now, ok)
	}
	if got := firstSession(t, a, w); got.Status != sessions.Planned || got.Title != theirs.Title {
		t.Errorf("stored %q %v: the later save overwrote theirs", got.Title, got.Status)
	}
	mine.Version = now.Version
	mustDo(t, a.UpdateSession(&mine))
	if got := firstSession(t, b, w); got.Status != sessions.Done || got.Version != mine.Version {
		t.Errorf("saved over theirs: %v version %d, want done version %d", got.Status, got.Version, mine.Version)
	}

	wa, err := a.Werkgroep(w.ID)
	mustDo(t, err)
	wb := wa
	wb.Name = "Visie en participatie"
	mustDo(t, b.UpdateWerkgroep(&wb))
	wa.Leidraad.Listen = "Eerst luisteren, in een kring."
	got, ok := sessions.Changed[sessions.Werkgroep](a.UpdateWerkgroep(&wa))
	if !ok || got.Name != wb.Name {
		t.Fatalf("the later werkgroep save gave %+v (changed %v), want ErrChanged with theirs", got, ok)
	}
	if stored, _ := a.Werkgroep(w.ID); stored.Name != wb.Name || stored.Leidraad.Listen != "" {
		t.Errorf("stored %q %q: the later save overwrote theirs", stored.Name, stored.Leidraad.Listen)
	}
	mustDo(t, b.DeleteWerkgroep(w.ID))
	if err := a.UpdateWerkgroep(&got); !errors.Is(err, sessions.ErrNotFound) {
		t.Errorf("saving a deleted werkgroep gave %v, want ErrNotFound", err)
	}
}

// Stickers: adding one is never a clash (both count); setting or taking
// away a count someone else changed or removed meanwhile is.
func TestStickerChangedMeanwhileIsNotOverwritten(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	at := sessions.StickerCount{SessionID: se.ID, Dimension: 2, Wish: true, Point: 5}
	count := func() int {
		cs, err := a.Stickers(se.ID)
		mustDo(t, err)
		for _, c := range cs {
			if c.Dimension == at.Dimension && c.Wish == at.Wish && c.Point == at.Point {
				return c.Count
			}
		}
		return 0
	}
	one, two := at, at
	mustDo(t, a.AddSticker(&one))
	mustDo(t, b.AddSticker(&two))
	if one.Count != 1 || two.Count != 2 || count() != 2 {
		t.Fatalf("two programs adding a sticker: %d, %d, stored %d; want 1, 2, 2", one.Count, two.Count, count())
	}
	// Both saw 2; b types 4, a takes one away: a's is not stored.
	four := at
	four.Count = 4
	mustDo(t, b.SaveSticker(four, 2))
	less := at
	less.Count = 1
	now, ok := sessions.Changed[sessions.StickerCount](a.SaveSticker(less, 2))
	if !ok || now.Count != 4 || count() != 4 {
		t.Fatalf("taking one away from a count changed meanwhile gave %+v (changed %v), stored %d; want ErrChanged with 4", now, ok, count())
	}
	// Removed there; a sets 3 from the 4 it saw: a clash with none.
	mustDo(t, b.SaveSticker(at, 4))
	three := at
	three.Count = 3
	if now, ok := sessions.Changed[sessions.StickerCount](a.SaveSticker(three, 4)); !ok || now.Count != 0 || count() != 0 {
		t.Fatalf("a count removed meanwhile: %+v (changed %v), stored %d; want ErrChanged with 0", now, ok, count())
	}
	// Typed there into an empty point meanwhile: a clash as well.
	mustDo(t, b.SaveSticker(four, 0))
	if _, ok := sessions.Changed[sessions.StickerCount](a.SaveSticker(three, 0)); !ok || count() != 4 {
		t.Fatalf("two counts typed at one empty point: changed %v, stored %d; want ErrChanged, 4", ok, count())
	}
	// Knowing theirs, mine is stored.
	mustDo(t, a.SaveSticker(three, 4))
	if count() != 3 {
		t.Errorf("stored %d, want 3", count())
	}
}

// A theme's name, a person's dots, an option's stickers and attendance:
// a change from what the screen showed, after another program changed
// it, is refused with what is stored now.
func TestThemeVotesAndAttendanceChangedMeanwhile(t *testing.T) {
	a, b, w := twoHandles(t)
	se := firstSession(t, a, w)
	step := se.Steps[1].ID
	th := sessions.Theme{StepID: step, Name: "Geld"}
	mustDo(t, a.SaveTheme(&th))
	mustDo(t, b.RenameTheme(sessions.Theme{ID: th.ID, Name: "Geld en tijd"}, "Geld"))
	if now, ok := sessions.Changed[sessions.Theme](a.RenameTheme(sessions.Theme{ID: th.ID, Name: "Betaald werk"}, "Geld")); !ok || now.Name != "Geld en tijd" {
		t.Errorf("a rename over another: %+v (changed %v)", now, ok)
	}
	p := sessions.Participant{WerkgroepID: w.ID, Name: "Linda"}
	mustDo(t, a.SaveParticipant(&p))
	o := sessions.VoteOption{StepID: step, Text: "Betaalde inzet", Stickers: -1}
	mustDo(t, a.SaveVoteOption(&o))
	mustDo(t, b.ChangeVote(sessions.Vote{OptionID: o.ID, ParticipantID: p.ID, Dots: 2}, 0))
	if now, ok := sessions.Changed[sessions.Vote](a.ChangeVote(sessions.Vote{OptionID: o.ID, ParticipantID: p.ID, Dots: 1}, 0)); !ok || now.Dots != 2 {
		t.Errorf("dots over another's: %+v (changed %v)", now, ok)
	}
	one, two := o, o
	mustDo(t, a.AddOptionSticker(&one))
	mustDo(t, b.AddOptionSticker(&two))
	if one.Stickers != 1 || two.Stickers != 2 {
		t.Errorf("two programs adding a sticker: %d then %d, want 1 then 2", one.Stickers, two.Stickers)
	}
	o.Stickers = 5
	if now, ok := sessions.Changed[sessions.VoteOption](a.SetOptionStickers(o, 1)); !ok || now.Stickers != 2 {
		t.Errorf("stickers over a count changed meanwhile: %+v (changed %v)", now, ok)
	}
	mustDo(t, b.ChangeAttendance(se.ID, p.ID, sessions.WithNotice, sessions.Unknown))
	if now, ok := sessions.Changed[sessions.Attendance](a.ChangeAttendance(se.ID, p.ID, sessions.Present, sessions.Unknown)); !ok || now != sessions.WithNotice {
		t.Errorf("attendance over another's: %v (changed %v)", now, ok)
	}
	if att, _ := a.Attendance(se.ID); att[p.ID] != sessions.WithNotice {
		t.Errorf("stored %v, want theirs", att[p.ID])
	}
}
