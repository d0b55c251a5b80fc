package screens

import (
	"slices"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// meetingPeople adds two participants and returns them.
func meetingPeople(t *testing.T, ctx *Context, w sessions.Werkgroep) (elsje, ahmed sessions.Participant) {
	t.Helper()
	elsje = sessions.Participant{WerkgroepID: w.ID, Name: "Elsje van Dijk", Naming: sessions.Initials}
	ahmed = sessions.Participant{WerkgroepID: w.ID, Name: "Ahmed Yilmaz"}
	for _, p := range []*sessions.Participant{&elsje, &ahmed} {
		if err := ctx.Store.SaveParticipant(p); err != nil {
			t.Fatal(err)
		}
	}
	return elsje, ahmed
}

func meetingActions(t *testing.T, ctx *Context, w sessions.Werkgroep, session sessions.ID) []sessions.Action {
	t.Helper()
	all, err := ctx.Store.Actions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	var out []sessions.Action
	for _, a := range all {
		if a.SessionID == session {
			out = append(out, a)
		}
	}
	return out
}

func TestActionsDecisionAddEditDelete(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	s := meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 21)
	s = press(t, s, "a")
	if !s.Typing() {
		t.Fatal("a should open the form")
	}
	s = meetingPaste(t, s, "We schrijven de visie samen.")
	s = press(t, s, "enter")
	if s.Typing() {
		t.Fatal("enter should save and close the form")
	}
	ds, _ := ctx.Store.Decisions(se.ID)
	if len(ds) != 1 || ds[0].Text != "We schrijven de visie samen." {
		t.Fatalf("stored %+v", ds)
	}
	if !strings.Contains(plain(s.View()), "» We schrijven de visie samen.") {
		t.Errorf("the new decision should be listed and selected:\n%s", plain(s.View()))
	}

	s = press(t, s, "e")
	s = meetingPaste(t, s, " En we delen hem.")
	s = press(t, s, "enter")
	ds, _ = ctx.Store.Decisions(se.ID)
	if len(ds) != 1 || ds[0].Text != "We schrijven de visie samen. En we delen hem." {
		t.Fatalf("after edit %+v", ds)
	}

	s = press(t, s, "x", "n") // any other key keeps it
	if ds, _ = ctx.Store.Decisions(se.ID); len(ds) != 1 {
		t.Fatal("a no must keep the decision")
	}
	s = press(t, s, "x", "j")
	if ds, _ = ctx.Store.Decisions(se.ID); len(ds) != 0 {
		t.Fatalf("x j should delete: %+v", ds)
	}
	if !strings.Contains(plain(s.View()), "Nog geen besluiten") {
		t.Error("an empty list should say so")
	}
}

// An action can have several owners: participants picked from the list
// (space), and names typed for others. A typed name that is a
// participant's asks whether it is that person, and stores nothing yet.
func TestActionsAddWithSeveralOwners(t *testing.T) {
	ctx, w := testContext(t)
	elsje, ahmed := meetingPeople(t, ctx, w)
	se := meetingSession(t, ctx, w, 1)
	s := meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 24)
	s = press(t, s, "tab", "a")
	if v := plain(s.View()); !strings.Contains(v, "Elsje van Dijk") {
		t.Errorf("the form should offer names as entered:\n%s", v)
	}
	s = meetingPaste(t, s, "Verslag rondsturen")
	s = press(t, s, "enter", "space", "down", "space", "enter") // Elsje and Ahmed
	s = meetingPaste(t, s, "Elsje van Dijk")
	s = press(t, s, "enter")
	if v := plain(s.View()); !strings.Contains(v, "staat in de lijst met deelnemers") {
		t.Fatalf("a typed participant's name should ask whether it is that person:\n%s", v)
	}
	for range len("Elsje van Dijk") {
		s, _ = s.Update(keyMsg("backspace"))
	}
	s = meetingPaste(t, s, "Wijkteam Noord, gemeente")
	s = press(t, s, "enter")
	s = meetingPaste(t, s, "2026-13-45")
	s = press(t, s, "enter")
	if v := plain(s.View()); !strings.Contains(v, "Deze datum klopt niet") {
		t.Fatalf("a bad date should be refused:\n%s", v)
	}
	for range len("2026-13-45") {
		s, _ = s.Update(keyMsg("backspace"))
	}
	s = meetingPaste(t, s, "2026-11-29")
	s = press(t, s, "enter", "enter") // status open, save

	as := meetingActions(t, ctx, w, se.ID)
	if len(as) != 1 {
		t.Fatalf("stored %+v", as)
	}
	want := []sessions.Owner{{ParticipantID: elsje.ID}, {ParticipantID: ahmed.ID}, {Name: "Wijkteam Noord"}, {Name: "gemeente"}}
	if a := as[0]; a.What != "Verslag rondsturen" || !slices.Equal(a.Owners, want) || a.Due != "2026-11-29" || a.Status != sessions.ActionOpen {
		t.Errorf("stored %+v", a)
	}
	if v := plain(s.View()); !strings.Contains(v, "Elsje van Dijk, Ahmed Yilmaz, Wijkteam Noord") {
		t.Errorf("the list should show every owner:\n%s", v)
	}

	// nobody at all is fine too
	s = press(t, s, "a")
	s = meetingPaste(t, s, "Zaal reserveren")
	press(t, s, "enter", "enter", "enter", "enter", "enter")
	as = meetingActions(t, ctx, w, se.ID)
	if len(as) != 2 || len(as[1].Owners) != 0 || as[1].Due != "" {
		t.Fatalf("stored %+v", as)
	}
}

func TestActionsSpaceCyclesAndStoresTheStatus(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	a := sessions.Action{SessionID: se.ID, What: "Zaal reserveren"}
	if err := ctx.Store.SaveAction(&a); err != nil {
		t.Fatal(err)
	}
	s := meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 21)
	s = press(t, s, "tab")
	for _, want := range []sessions.ActionStatus{sessions.ActionDone, sessions.ActionDropped, sessions.ActionOpen} {
		s = press(t, s, "space")
		if got := meetingActions(t, ctx, w, se.ID)[0].Status; got != want {
			t.Fatalf("status %v, want %v", got, want)
		}
		if word := ctx.T("action." + string(rune('0'+want))); !strings.Contains(plain(s.View()), "["+word+"]") {
			t.Errorf("the list should say %q:\n%s", word, plain(s.View()))
		}
	}
}

func TestActionsShowsEarlierOpenActions(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingSession(t, ctx, w, 1), meetingSession(t, ctx, w, 2)
	for _, a := range []sessions.Action{
		{SessionID: one.ID, What: "Verslag rondsturen", Due: "2026-11-01"},
		{SessionID: one.ID, What: "Al gedaan", Status: sessions.ActionDone},
		{SessionID: two.ID, What: "Van deze keer"},
	} {
		if err := ctx.Store.SaveAction(&a); err != nil {
			t.Fatal(err)
		}
	}
	s := meetingOpen(t, NewActions(ctx, w.ID, two.ID), 80, 21)
	if v := plain(s.View()); !strings.Contains(v, "Eerdere open acties: 1") {
		t.Errorf("the count of earlier open actions is missing:\n%s", v)
	}
	s = press(t, s, "o")
	v := render(s, 120, 21)
	if !strings.Contains(v, "[open, te laat] Verslag rondsturen") || !strings.Contains(v, "uit bijeenkomst 1") {
		t.Errorf("the earlier action should show, overdue in words:\n%s", v)
	}
	if strings.Contains(v, "Al gedaan") || strings.Contains(v, "Van deze keer") {
		t.Errorf("only earlier open actions belong here:\n%s", v)
	}
	s = press(t, s, "space")
	if got := meetingActions(t, ctx, w, one.ID)[0].Status; got != sessions.ActionDone {
		t.Fatalf("status %v, want done", got)
	}
	s = drive(t, s, ResumeMsg{})
	if v := plain(s.View()); !strings.Contains(v, "[gedaan]") || !strings.Contains(v, "Verslag rondsturen") {
		t.Errorf("a closed action stays in view so it can be reopened:\n%s", v)
	}
}

func TestActionsFitsTheWindow(t *testing.T) {
	ctx, w := testContext(t)
	meetingPeople(t, ctx, w)
	one, two := meetingSession(t, ctx, w, 1), meetingSession(t, ctx, w, 2)
	long := strings.Repeat("een heel lang besluit met veel woorden ", 5)
	for i := range 12 {
		d := sessions.Decision{SessionID: two.ID, Text: long + string(rune('A'+i))}
		a := sessions.Action{SessionID: two.ID, What: long, Owners: []sessions.Owner{{Name: "Wijkteam"}}, Due: "2026-11-01"}
		b := sessions.Action{SessionID: one.ID, What: long}
		for _, err := range []error{ctx.Store.SaveDecision(&d), ctx.Store.SaveAction(&a), ctx.Store.SaveAction(&b)} {
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	s := meetingOpen(t, NewActions(ctx, w.ID, two.ID), 80, 24)
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {40, 7}} {
		out := meetingFits(t, s, sz[0], sz[1])
		if !strings.Contains(out, "…") {
			t.Errorf("%v: long text should be cut with …", sz)
		}
	}
	s = press(t, s, "end", "tab", "o")
	for _, sz := range [][2]int{{80, 24}, {40, 12}} {
		meetingFits(t, s, sz[0], sz[1])
	}
	s = press(t, s, "e")
	for _, sz := range [][2]int{{80, 24}, {40, 12}} {
		meetingFits(t, s, sz[0], sz[1])
	}
}

func TestActionsKeepsAHalfTypedDecision(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 1)
	s := meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 21)
	s = press(t, s, "a")
	s = meetingPaste(t, s, "Half getypt besluit")
	drafts := s.(Drafter).Drafts()
	if len(drafts) != 1 || drafts[0].Text != "Half getypt besluit" {
		t.Fatalf("drafts %+v", drafts)
	}
	for _, d := range drafts { // what the root does on ctrl+c
		if err := ctx.Store.SaveDraft(d); err != nil {
			t.Fatal(err)
		}
	}

	s = meetingOpen(t, NewActions(ctx, w.ID, se.ID), 80, 21)
	s = press(t, s, "a")
	if v := plain(s.View()); !strings.Contains(v, "Half getypt besluit") {
		t.Fatalf("the draft should come back in the form:\n%s", v)
	}
	press(t, s, "enter")
	if ds, _ := ctx.Store.Decisions(se.ID); len(ds) != 1 || ds[0].Text != "Half getypt besluit" {
		t.Errorf("stored %+v", ds)
	}
	if left, _ := ctx.Store.Drafts(); len(left) != 0 {
		t.Errorf("a saved draft should be gone: %+v", left)
	}
}
