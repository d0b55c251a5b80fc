package screens

import (
	"strings"
	"testing"

	"werkgroep/export"
	"werkgroep/sessions"
)

// Minutes approved at a meeting carry that meeting's date, not the day the
// note-taker happened to press v.
func TestLookBackApprovesOnTheMeetingsDate(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingRecorded(t, ctx, w)
	two.Date = "2026-12-06"
	if err := ctx.Store.UpdateSession(&two); err != nil {
		t.Fatal(err)
	}
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 80, 21)
	press(t, s, "v")
	if got, _ := ctx.Store.Session(one.ID); got.ApprovedOn != "2026-12-06" {
		t.Fatalf("approved on %q, want the date of session 2", got.ApprovedOn)
	}
}

// A change to approved minutes asks first; only the same key once more
// goes ahead, and the minutes then say when they were changed. Adding,
// editing, deleting and changing the kind all count; an outcome does not.
func TestChangingApprovedMinutesAsksFirst(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "Eerste bijdrage")
	press(t, s, "enter")
	se, _ := ctx.Store.Session(s.session.ID)
	se.ApprovedOn = "2026-11-01"
	if err := ctx.Store.UpdateSession(&se); err != nil {
		t.Fatal(err)
	}
	drive(t, s, s.load())
	count := func() int {
		cs, _ := ctx.Store.Contributions(s.session.ID)
		return len(cs)
	}
	typeText(t, s, "Later toegevoegd")
	lastNav = nil
	press(t, s, "enter")
	if count() != 1 {
		t.Fatal("a first enter on approved minutes should ask, not store")
	}
	if n := statusText(); !strings.Contains(n, "vastgesteld op 2026-11-01") || !strings.Contains(n, "Nog een keer enter: toch wijzigen") {
		t.Errorf("want the question as a status line, got %q", n)
	}
	if s.capture.input.Value() != "Later toegevoegd" {
		t.Errorf("the text should stay in the input: %q", s.capture.input.Value())
	}
	press(t, s, "enter")
	if count() != 2 {
		t.Fatal("the second enter should store")
	}
	got, _ := ctx.Store.Session(s.session.ID)
	if got.ApprovedOn != "2026-11-01" || got.ChangedOn != "2026-11-22" {
		t.Errorf("want approved kept and changed today: %q %q", got.ApprovedOn, got.ChangedOn)
	}
	doc, err := export.Render(ctx.Store, export.Options{Werkgroep: s.werkgroep.ID, Session: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Markdown, "Dit verslag is vastgesteld op 1 november 2026, gewijzigd op 22 november 2026.") {
		t.Errorf("the minutes should say both dates:\n%s", doc.Markdown[:400])
	}
}

// In the list, a key that changes the minutes asks on a fresh visit too;
// another key in between cancels the question.
func TestApprovedMinutesInTheListAsk(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "Een bijdrage")
	press(t, s, "enter")
	se, _ := ctx.Store.Session(s.session.ID)
	se.ApprovedOn = "2026-11-01"
	ctx.Store.UpdateSession(&se)
	s2 := newSessionScreen(ctx, s.werkgroep.ID, s.session.ID)
	s2.SetSize(100, 30)
	drive(t, s2, s2.Init()())
	press(t, s2, "esc")
	kind := func() sessions.Kind {
		cs, _ := ctx.Store.Contributions(s.session.ID)
		return cs[0].Kind
	}
	press(t, s2, "4")
	if kind() != sessions.Inbreng {
		t.Fatal("the first 4 should ask")
	}
	press(t, s2, "t", "4") // the clock in between: the question is gone
	if kind() != sessions.Inbreng {
		t.Fatal("a 4 after another key should ask again")
	}
	press(t, s2, "4")
	if kind() != sessions.Vraag {
		t.Fatalf("4 twice should change the kind, got %v", kind())
	}
	press(t, s2, "2") // asked once in this visit: no more questions
	if kind() != sessions.Overeenstemming {
		t.Errorf("a later change in the same visit should not ask again, got %v", kind())
	}
	if got, _ := ctx.Store.Session(s.session.ID); got.ChangedOn == "" {
		t.Error("the change should be recorded")
	}
}

// statusText is the text of the status lines the last keys sent.
func statusText() string {
	var out []string
	for _, m := range lastNav {
		if st, ok := m.(StatusMsg); ok {
			out = append(out, st.Text)
		}
	}
	return strings.Join(out, "\n")
}

// The decisions and actions of approved minutes ask first too.
func TestApprovedDecisionsAndActionsAsk(t *testing.T) {
	ctx, w := testContext(t)
	one, _ := meetingRecorded(t, ctx, w)
	one.ApprovedOn = "2026-11-20"
	if err := ctx.Store.UpdateSession(&one); err != nil {
		t.Fatal(err)
	}
	s := meetingOpen(t, NewActions(ctx, w.ID, one.ID), 80, 21)
	s = press(t, s, "a")
	if s.Typing() {
		t.Fatal("adding a decision to approved minutes should ask first")
	}
	s = press(t, s, "a")
	if !s.Typing() {
		t.Fatal("a twice should open the form")
	}
	s = press(t, s, "esc") // cancelled: nothing changed
	if got, _ := ctx.Store.Session(one.ID); got.ChangedOn != "" {
		t.Errorf("a cancelled form changed nothing, yet changed on %q", got.ChangedOn)
	}
	s = press(t, s, "a") // asked once in this visit
	s = meetingPaste(t, s, "We nemen ook de buren mee.")
	press(t, s, "enter")
	if got, _ := ctx.Store.Session(one.ID); got.ChangedOn != "2026-11-22" || got.ApprovedOn != "2026-11-20" {
		t.Errorf("want the approval kept and the change recorded: %+v", got)
	}
}

// Starting an edit of approved minutes and leaving it with esc changes
// nothing: no change date.
func TestCancelledEditOfApprovedMinutesChangesNothing(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "Een bijdrage")
	press(t, s, "enter")
	se, _ := ctx.Store.Session(s.session.ID)
	se.ApprovedOn = "2026-11-01"
	ctx.Store.UpdateSession(&se)
	drive(t, s, s.load())
	press(t, s, "esc", "e", "e")
	if s.capture.editing == 0 {
		t.Fatal("e twice should start the edit")
	}
	press(t, s, "esc")
	if got, _ := ctx.Store.Session(s.session.ID); got.ChangedOn != "" {
		t.Errorf("a cancelled edit changed nothing, yet changed on %q", got.ChangedOn)
	}
}

// Minutes changed after approval say so in the next look-back, and v
// approves them again as they are now.
func TestLookBackShowsAChangeAndApprovesAgain(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingRecorded(t, ctx, w)
	one.ApprovedOn, one.ChangedOn = "2026-11-15", "2026-11-20"
	if err := ctx.Store.UpdateSession(&one); err != nil {
		t.Fatal(err)
	}
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 100, 21)
	if v := plain(s.View()); !strings.Contains(v, "Vastgesteld op 2026-11-15, gewijzigd op 2026-11-20") {
		t.Errorf("the look-back should show the change:\n%s", v)
	}
	press(t, s, "v")
	got, _ := ctx.Store.Session(one.ID)
	if got.ApprovedOn != "2026-11-22" || got.ChangedOn != "" {
		t.Errorf("v should approve again as it is now: %q %q", got.ApprovedOn, got.ChangedOn)
	}
}

// TestLookBackEditOfAnApprovedActionAsks: an open action of approved
// minutes, edited from the look-back at the start of the next session,
// asks first like any change to those minutes, and once stored the
// minutes say they were changed after approval.
func TestLookBackEditOfAnApprovedActionAsks(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingRecorded(t, ctx, w)
	one.ApprovedOn = "2026-11-15"
	if err := ctx.Store.UpdateSession(&one); err != nil {
		t.Fatal(err)
	}
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 100, 21)
	lastNav = nil
	press(t, s, "e")
	if l := s.(*LookBack); l.form != nil {
		t.Fatal("the first e on an action of approved minutes should ask, not open the form")
	}
	if !strings.Contains(statusText(), "2026-11-15") {
		t.Errorf("the question should name the approval: %q", statusText())
	}
	press(t, s, "e")
	if l := s.(*LookBack); l.form == nil {
		t.Fatal("a second e should open the form")
	}
	press(t, s, "enter", "enter", "enter", "enter", "enter")
	got, _ := ctx.Store.Session(one.ID)
	if got.ApprovedOn != "2026-11-15" || got.ChangedOn == "" {
		t.Errorf("after the edit: approved %q, changed %q; want the approval kept and a change date", got.ApprovedOn, got.ChangedOn)
	}
}
