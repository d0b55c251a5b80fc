package screens

import (
	"fmt"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// meetingRecorded fills session 1 with what a meeting leaves behind and
// returns sessions 1 and 2.
func meetingRecorded(t *testing.T, ctx *Context, w sessions.Werkgroep) (one, two sessions.Session) {
	t.Helper()
	elsje, ahmed := meetingPeople(t, ctx, w)
	ahmed.Naming = sessions.NotNamed
	if err := ctx.Store.SaveParticipant(&ahmed); err != nil {
		t.Fatal(err)
	}
	one, two = meetingSession(t, ctx, w, 1), meetingSession(t, ctx, w, 2)
	one.Date, one.Place, one.Status = "2026-11-15", "Buurthuis De Pijp", sessions.Done
	if err := ctx.Store.UpdateSession(&one); err != nil {
		t.Fatal(err)
	}
	step := one.Steps[0].ID
	for _, c := range []sessions.Contribution{
		{SessionID: one.ID, StepID: step, ParticipantID: elsje.ID, Kind: sessions.Idee, Text: "Begin met koffie"},
		{SessionID: one.ID, StepID: step, ParticipantID: ahmed.ID, Kind: sessions.Zorg, Text: "Wie hoort ons?"},
		{SessionID: one.ID, StepID: step, ByGroup: true, Kind: sessions.Overeenstemming, Text: "We zeggen wat we denken"},
	} {
		if err := ctx.Store.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	d := sessions.Decision{SessionID: one.ID, Text: "We schrijven de visie samen."}
	a := sessions.Action{SessionID: one.ID, What: "Verslag rondsturen", Owners: sessions.OwnedBy(elsje.ID), Due: "2026-11-20"}
	b := sessions.Action{SessionID: one.ID, What: "Zaal boeken", Status: sessions.ActionDone}
	for _, err := range []error{ctx.Store.SaveDecision(&d), ctx.Store.SaveAction(&a), ctx.Store.SaveAction(&b)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return one, two
}

func TestLookBackShowsAndClosesEarlierOpenActions(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingRecorded(t, ctx, w)
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 120, 21)
	v := plain(s.View())
	if !strings.Contains(v, "» [open, te laat] Verslag rondsturen · E.v.D. · uiterlijk 2026-11-20 · uit bijeenkomst 1") {
		t.Errorf("the open action should be listed, overdue in words, named as chosen:\n%s", v)
	}
	if strings.Contains(v, "[gedaan] Zaal boeken") {
		t.Errorf("a done action is not open:\n%s", v)
	}
	s = press(t, s, "space")
	if got := meetingActions(t, ctx, w, one.ID)[0].Status; got != sessions.ActionDone {
		t.Fatalf("space should close the action, got %v", got)
	}
	s = drive(t, s, ResumeMsg{})
	if v := plain(s.View()); !strings.Contains(v, "[gedaan]") {
		t.Errorf("the closed action stays in view:\n%s", v)
	}

	// e edits it in the same form as on the actions screen
	s = press(t, s, "e")
	if !s.Typing() || !strings.Contains(plain(s.View()), "Wie doet het?") {
		t.Fatalf("e should open the action form:\n%s", plain(s.View()))
	}
	s = meetingPaste(t, s, " en mailen")
	press(t, s, "enter", "enter", "enter", "enter", "enter") // what, who, others, due, status
	if got := meetingActions(t, ctx, w, one.ID)[0]; got.What != "Verslag rondsturen en mailen" || got.Status != sessions.ActionDone {
		t.Errorf("after edit: %+v", got)
	}
}

func TestLookBackApprovesThePreviousMinutes(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingRecorded(t, ctx, w)
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 80, 21)
	if v := plain(s.View()); !strings.Contains(v, "Nog niet vastgesteld") {
		t.Errorf("the screen should say the minutes are not approved:\n%s", v)
	}
	s = press(t, s, "v")
	if got, _ := ctx.Store.Session(one.ID); got.ApprovedOn != "2026-11-22" {
		t.Fatalf("approved on %q, want the pinned date", got.ApprovedOn)
	}
	if v := plain(s.View()); !strings.Contains(v, "Vastgesteld op 2026-11-22") {
		t.Errorf("the screen should say when:\n%s", v)
	}
	s = press(t, s, "v", "n")
	if got, _ := ctx.Store.Session(one.ID); got.ApprovedOn != "2026-11-22" {
		t.Fatal("only a yes withdraws the approval")
	}
	press(t, s, "v", "j")
	got, _ := ctx.Store.Session(one.ID)
	if got.ApprovedOn != "" {
		t.Fatalf("v j should withdraw, still %q", got.ApprovedOn)
	}
	if got.Date != "2026-11-15" || got.Status != sessions.Done {
		t.Errorf("approving must not change anything else: %+v", got)
	}
}

func TestLookBackPreviewAndKeys(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingRecorded(t, ctx, w)
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 100, 80)
	v := plain(s.View())
	// the preview is the export's minutes, rendered: what the group
	// approves is what goes out, without Markdown syntax
	for _, want := range []string{
		"  Visie & Participatie: verslag van bijeenkomst 1\n  ───",
		"Plaats: Buurthuis De Pijp",
		"• [idee] Begin met koffie — E.v.D.",
		"• [overeenstemming] We zeggen wat we denken — de groep",
		"• We schrijven de visie samen.",
		"Zaal boeken        │ —",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("preview lacks %q:\n%s", want, v)
		}
	}
	noMarkdown(t, v)
	if strings.Contains(v, "Ahmed") {
		t.Errorf("someone who chose not to be named appears by name:\n%s", v)
	}

	lastNav = nil
	press(t, s, "c")
	if len(lastNav) != 1 || fmt.Sprintf("%T", lastNav[0].(PushMsg).Screen) != fmt.Sprintf("%T", NewSessionScreen(ctx, w.ID, one.ID)) {
		t.Errorf("c should open the previous session: %#v", lastNav)
	}
	for _, k := range []string{"enter", "esc"} {
		lastNav = nil
		press(t, s, k)
		if !meetingNavHas("pop") {
			t.Errorf("%s should go on to the session", k)
		}
	}
}

func TestLookBackScrollsAndFits(t *testing.T) {
	ctx, w := testContext(t)
	_, two := meetingRecorded(t, ctx, w)
	one := meetingSession(t, ctx, w, 1)
	for i := range 40 {
		c := sessions.Contribution{SessionID: one.ID, StepID: one.Steps[1].ID, Text: fmt.Sprintf("%d %s", i, strings.Repeat("lang verhaal ", 12))}
		if err := ctx.Store.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 80, 24)
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {40, 7}} {
		meetingFits(t, s, sz[0], sz[1])
	}
	s.SetSize(80, 24)
	before := plain(s.View())
	if !strings.Contains(before, "regel 1–") {
		t.Fatalf("the minutes heading should say which lines show:\n%s", before)
	}
	s = press(t, s, "tab", "pgdown")
	after := plain(s.View())
	if after == before || strings.Contains(after, "regel 1–") {
		t.Errorf("pgdown should scroll the minutes:\n%s", after)
	}
	s = press(t, s, "tab", "e")
	for _, sz := range [][2]int{{80, 24}, {40, 12}} {
		meetingFits(t, s, sz[0], sz[1])
	}
}

func TestLookBackOfTheFirstSession(t *testing.T) {
	ctx, w := testContext(t)
	one := meetingSession(t, ctx, w, 1)
	s := meetingOpen(t, NewLookBack(ctx, w.ID, one.ID), 80, 21)
	if v := plain(s.View()); !strings.Contains(v, "eerste bijeenkomst") {
		t.Errorf("the first session has no earlier minutes, and should say so:\n%s", v)
	}
	s = press(t, s, "v")
	if got, _ := ctx.Store.Session(one.ID); got.ApprovedOn != "" {
		t.Error("v must not approve anything when there is no earlier session")
	}
	meetingFits(t, s, 40, 12)
}

// previousMinutes is the preview's fallback when the export fails.
func TestLookBackPlainMinutes(t *testing.T) {
	ctx, w := testContext(t)
	one, _ := meetingRecorded(t, ctx, w)
	one, _ = ctx.Store.Session(one.ID)
	people, _ := ctx.Store.Participants(w.ID)
	actions, _ := ctx.Store.Actions(w.ID)
	text, err := previousMinutes(ctx.Store, w.ID, one, people, actions)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Datum: 2026-11-15 · Plaats: Buurthuis De Pijp",
		"- idee: Begin met koffie (E.v.D.)",
		"- zorg of dilemma: Wie hoort ons?",
		"- overeenstemming: We zeggen wat we denken (de groep)",
		"2. Waarom deze werkgroep (niets vastgelegd)",
		"- We schrijven de visie samen.",
		"- [open] Verslag rondsturen · E.v.D. · uiterlijk 2026-11-20",
		"- [gedaan] Zaal boeken",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("plain minutes lack %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Ahmed") {
		t.Errorf("someone who chose not to be named appears by name:\n%s", text)
	}
}

func TestLookBackWithoutOpenActionsScrollsTheMinutesAtOnce(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingSession(t, ctx, w, 1), meetingSession(t, ctx, w, 2)
	for i := range 30 {
		c := sessions.Contribution{SessionID: one.ID, StepID: one.Steps[0].ID, Text: fmt.Sprintf("bijdrage %d", i)}
		if err := ctx.Store.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 80, 21)
	before := plain(s.View())
	if !strings.Contains(before, "Er staan geen acties open") {
		t.Errorf("no open actions should be said in words:\n%s", before)
	}
	s = press(t, s, "down")
	if after := plain(s.View()); after == before {
		t.Errorf("with nothing to change, the arrows should scroll the minutes:\n%s", after)
	}
}
