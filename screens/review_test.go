package screens

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

func openReview(t *testing.T, ctx *Context, w sessions.Werkgroep) *Review {
	t.Helper()
	s := newReview(ctx, w.ID)
	s.SetSize(80, 21)
	drive(t, s, s.Init()())
	return s
}

// shownTexts is the text of every row the filter lets through.
func shownTexts(s *Review) []string {
	var out []string
	for _, i := range s.shown {
		out = append(out, s.rows[i].c.Text)
	}
	return out
}

func TestReviewListsEverythingInAgendaOrderWithTheOpenCount(t *testing.T) {
	ctx, w, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[1].ID, sessions.Adopted, "visietekst")
	s := openReview(t, ctx, w)
	if len(s.shown) != 5 {
		t.Fatalf("%d rows shown, want 5", len(s.shown))
	}
	v := render(s, 80, 21)
	// the note-taker's own screen: names as entered, marked where the
	// minutes hide them
	for _, want := range []string{"5 bijdragen, nog open: 4", "Filter: geen", "B1·1", "B2·3",
		"— Linda Carolus", "— Ahmed el Amrani (niet genoemd)", "— Petra de Vries (als P.d.V.)", "— de groep", "[ ]", "over "} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q in:\n%s", want, v)
		}
	}
}

func TestReviewFilters(t *testing.T) {
	ctx, w, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[3].ID, sessions.NotAdopted, "te duur voor nu")
	s := openReview(t, ctx, w)
	all := shownTexts(s)
	check := func(step string, want []string, line string) {
		t.Helper()
		if got := shownTexts(s); !slices.Equal(got, want) {
			t.Errorf("%s: shown %q, want %q", step, got, want)
		}
		if v := render(s, 80, 21); !strings.Contains(v, line) {
			t.Errorf("%s: filter line lacks %q:\n%s", step, line, v)
		}
	}
	press(t, s, "b")
	check("session 1", all[:3], "Filter: bijeenkomst 1")
	press(t, s, "s", "s")
	check("step 2", all[1:3], "stap 2: ")
	press(t, s, "o", "o")
	check("kind overeenstemming", all[2:3], "soort: overeenstemming")
	press(t, s, "x")
	check("cleared", all, "Filter: geen")
	press(t, s, "u", "u", "u", "u")
	check("not adopted", all[3:4], "uitkomst: niet overgenomen")
	press(t, s, "U", "U", "U")
	check("back to open", []string{all[0], all[1], all[2], all[4]}, "uitkomst: open")
	press(t, s, "x", "d", "d")
	check("participant 2", all[1:2], "wie: Ahmed el Amrani (niet genoemd)")
	press(t, s, "d", "d")
	check("the group", all[2:3], "wie: de groep")
	press(t, s, "d")
	check("nobody", all[4:5], "wie: niemand in het bijzonder")
	press(t, s, "d")
	check("all again", all, "Filter: geen")
	press(t, s, "s")
	if len(lastNav) == 0 || !strings.Contains(fmt.Sprint(lastNav[len(lastNav)-1]), "Kies eerst een bijeenkomst") {
		t.Errorf("s without a session should explain: %v", lastNav)
	}
}

func TestReviewSearchFiltersTheTextAndNote(t *testing.T) {
	ctx, w, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[0].ID, sessions.Adopted, "Buurtplan, hoofdstuk 2")
	s := openReview(t, ctx, w)
	press(t, s, "/")
	if !s.Typing() {
		t.Fatal("/ should start typing")
	}
	typeText(t, s, "BUURT")
	if got := shownTexts(s); len(got) != 3 {
		t.Errorf("search found %q, want the two with buurt in the text and the one with it in the note", got)
	}
	if v := render(s, 80, 21); !strings.Contains(v, "Zoek in de tekst:") || !strings.Contains(v, "nog open: 4 · getoond: 3") {
		t.Errorf("search not shown:\n%s", v)
	}
	press(t, s, "enter")
	if s.Typing() || len(s.shown) != 3 || !strings.Contains(render(s, 80, 21), "tekst: „buurt”") {
		t.Error("enter should keep the search and leave typing")
	}
	press(t, s, "/", "esc")
	if len(s.shown) != 5 {
		t.Error("esc in the search should clear it")
	}
}

// Mark two rows, set one outcome for both: each gets its own change in
// its history, the others stay as they were, and the marks are gone.
func TestReviewBulkOutcome(t *testing.T) {
	ctx, w, cs := ocFixture(t)
	s := openReview(t, ctx, w)
	press(t, s, "space", "space") // space marks and moves down
	if v := render(s, 80, 21); strings.Count(v, "[x]") != 2 || !strings.Contains(v, "gemarkeerd: 2") {
		t.Fatalf("marks not shown as marks:\n%s", v)
	}
	lastNav = nil
	press(t, s, "r")
	form := pushedForm(t)
	if len(form.items) != 2 {
		t.Fatalf("form for %d contributions, want the 2 marked", len(form.items))
	}
	drive(t, form, form.Init()())
	press(t, form, "4", "enter")
	if ocPopped() {
		t.Fatal("bulk not adopted without a reason was saved")
	}
	typeText(t, form, "hoort bij een andere werkgroep")
	press(t, form, "enter")
	for i, c := range cs {
		got := ocStored(t, ctx, c.ID)
		h, _ := ctx.Store.OutcomeHistory(c.ID)
		marked := i <= 1 // the first two rows, in agenda order
		if marked && (got.Outcome != sessions.NotAdopted || got.OutcomeNote != "hoort bij een andere werkgroep" || len(h) != 1) {
			t.Errorf("marked %d: %+v, history %d", i, got, len(h))
		}
		if !marked && (got.Outcome != sessions.OutcomeOpen || len(h) != 0) {
			t.Errorf("unmarked %d changed: %+v", i, got)
		}
	}
	drive(t, s, ResumeMsg{})
	if len(s.marked) != 0 {
		t.Error("marks kept after the outcome was set")
	}
	if v := render(s, 80, 21); !strings.Contains(v, "nog open: 3") {
		t.Errorf("open count not updated:\n%s", v)
	}
}

func pushedForm(t *testing.T) *OutcomeForm {
	t.Helper()
	for _, m := range lastNav {
		if p, ok := m.(PushMsg); ok {
			if f, ok := p.Screen.(*OutcomeForm); ok {
				return f
			}
		}
	}
	t.Fatalf("no outcome form opened: %v", lastNav)
	return nil
}

func TestReviewMarkAllShown(t *testing.T) {
	ctx, w, _ := ocFixture(t)
	s := openReview(t, ctx, w)
	press(t, s, "b", "*")
	if len(s.marked) != 3 {
		t.Fatalf("* marked %d, want the 3 shown", len(s.marked))
	}
	press(t, s, "ctrl+a")
	if len(s.marked) != 0 {
		t.Errorf("ctrl+a when all shown are marked should unmark them, %d left", len(s.marked))
	}
	press(t, s, "x", "ctrl+a")
	lastNav = nil
	press(t, s, "enter")
	if f := pushedForm(t); len(f.items) != 5 {
		t.Errorf("form for %d", len(f.items))
	}
}

// n opens the session at the contribution's step, with it selected.
func TestReviewJumpsToSessionAndStep(t *testing.T) {
	ctx, w, cs := ocFixture(t)
	s := openReview(t, ctx, w)
	press(t, s, "end") // the last: session 2, step 3
	lastNav = nil
	press(t, s, "n")
	var next Screen
	for _, m := range lastNav {
		if p, ok := m.(PushMsg); ok {
			next = p.Screen
		}
	}
	if next == nil {
		t.Fatal("n opened nothing")
	}
	next.SetSize(100, 30)
	next, _ = next.Update(next.Init()())
	ss, ok := next.(*SessionScreen)
	if !ok {
		t.Fatalf("after loading the screen is %T, want the session screen itself", next)
	}
	if ss.session.ID != cs[4].SessionID || ss.currentStep().ID != cs[4].StepID {
		t.Errorf("opened session %d step %d, want %d step %d", ss.session.ID, ss.currentStep().ID, cs[4].SessionID, cs[4].StepID)
	}
	if c, ok := ss.list.selected(); !ok || ss.mode != modeList || c.ID != cs[4].ID {
		t.Errorf("contribution not selected in the list: mode %v, %+v", ss.mode, c)
	}
	// The exported form, for other screens.
	at := NewSessionScreenAt(ctx, w.ID, cs[1].SessionID, cs[1].StepID)
	at, _ = at.Update(at.Init()())
	if at.(*SessionScreen).currentStep().ID != cs[1].StepID {
		t.Error("NewSessionScreenAt did not open at the step")
	}
}

func TestReviewFitsAndEmpty(t *testing.T) {
	ctx, w, cs := ocFixture(t)
	ctx.Store.SetOutcome(cs[0].ID, sessions.PartlyAdopted, strings.Repeat("lange toelichting ", 30))
	c := ocStored(t, ctx, cs[0].ID)
	c.Text = strings.Repeat("Een heel lange bijdrage ", 20)
	ctx.Store.UpdateContribution(&c)
	s := openReview(t, ctx, w)
	press(t, s, "space")
	for _, keys := range [][]string{nil, {"b", "u"}, {"/"}} {
		press(t, s, keys...)
		for _, sz := range [][2]int{{80, 24}, {80, 21}, {40, 12}, {40, 9}} {
			v := render(s, sz[0], sz[1])
			lines := strings.Split(v, "\n")
			if len(lines) > sz[1] {
				t.Errorf("%v %dx%d: %d lines", keys, sz[0], sz[1], len(lines))
			}
			for _, l := range lines {
				if lipgloss.Width(l) > sz[0] {
					t.Errorf("%v %dx%d: too wide: %q", keys, sz[0], sz[1], l)
				}
			}
		}
	}
	press(t, s, "esc", "x")
	typeText(t, s, "/zzz")
	if v := render(s, 80, 21); !strings.Contains(v, "Geen bijdragen bij dit filter") {
		t.Errorf("no calm notice for an empty filter:\n%s", v)
	}
	ctx2, w2 := testContext(t)
	if v := render(openReview(t, ctx2, w2), 80, 21); !strings.Contains(v, "nog niets vastgelegd") {
		t.Errorf("empty werkgroep:\n%s", v)
	}
}

func TestReviewEscPops(t *testing.T) {
	ctx, w, _ := ocFixture(t)
	s := openReview(t, ctx, w)
	lastNav = nil
	press(t, s, "esc")
	if !ocPopped() {
		t.Error("esc should go back")
	}
}

// benchReview is a review of n contributions, loaded from memory.
func benchReview(b *testing.B, n int) *Review {
	ctx, w := testContext(b)
	ss, _ := ctx.Store.Sessions(w.ID)
	people := make([]sessions.Participant, 40)
	for i := range people {
		people[i] = sessions.Participant{ID: sessions.ID(i + 1), Name: fmt.Sprintf("Deelnemer %d", i+1), Naming: sessions.Naming(i % 4)}
	}
	all := make([]sessions.Contribution, n)
	for i := range all {
		se := ss[i%len(ss)]
		all[i] = sessions.Contribution{ID: sessions.ID(i + 1), SessionID: se.ID, StepID: se.Steps[i%len(se.Steps)].ID,
			ParticipantID: sessions.ID(i%40 + 1), Kind: sessions.Kind(i % 6), Outcome: sessions.Outcome(i % 4),
			Text: fmt.Sprintf("Bijdrage %d: wat niet in cijfers te vangen is, telt ook; vertrouwen groeit als je echt luistert.", i)}
	}
	s := newReview(ctx, w.ID)
	s.Update(reviewLoadedMsg{w: w, sessions: ss, people: people, all: all})
	return s
}

// BenchmarkReviewScroll is moving through 10,000 contributions: update and
// render. Only visible rows are drawn, so it does not grow with n.
func BenchmarkReviewScroll(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("contributions=%d", n), func(b *testing.B) {
			s := benchReview(b, n)
			root := NewRoot(s.ctx, s)
			root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			keys := []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: ' ', Text: " "}}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				root.Update(keys[i%2])
				_ = root.View()
			}
		})
	}
}

// BenchmarkReviewFilter is cycling the outcome filter over 10,000
// contributions: one pass over the rows, then a visible window.
func BenchmarkReviewFilter(b *testing.B) {
	s := benchReview(b, 10000)
	root := NewRoot(s.ctx, s)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	u := tea.KeyPressMsg{Code: 'u', Text: "u"}
	b.ReportAllocs()
	for b.Loop() {
		root.Update(u)
		_ = root.View()
	}
}

// The whole way through the root, as a user goes: werkgroep overview, u
// for the review, r for the outcome form, save, back in the review with
// the count changed. Every frame fits 80×24 and 40×12.
func TestReviewFlowInTheRoot(t *testing.T) {
	ctx, w, _ := ocFixture(t)
	root := NewRoot(ctx, NewWerkgroepScreen(ctx, w.ID))
	var run func(cmd tea.Cmd, depth int)
	run = func(cmd tea.Cmd, depth int) {
		if cmd == nil || depth > 10 {
			return
		}
		switch m := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range m {
				run(c, depth+1)
			}
		default:
			_, next := root.Update(m)
			run(next, depth+1)
		}
	}
	step := func(msg tea.Msg) {
		t.Helper()
		_, cmd := root.Update(msg)
		run(cmd, 0)
		for _, sz := range [][2]int{{40, 12}, {80, 24}} {
			root.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			v := plain(root.render())
			if n := len(strings.Split(v, "\n")); n > sz[1] {
				t.Errorf("%T %dx%d: %d lines", root.Active(), sz[0], sz[1], n)
			}
			for _, l := range strings.Split(v, "\n") {
				if lipgloss.Width(l) > sz[0] {
					t.Errorf("%T %dx%d: too wide: %q", root.Active(), sz[0], sz[1], l)
				}
			}
		}
	}
	step(root.Init()())
	step(keyMsg("u"))
	if _, ok := root.Active().(*Review); !ok {
		t.Fatalf("u opened %T", root.Active())
	}
	step(keyMsg("r"))
	_, ok := root.Active().(*OutcomeForm)
	if !ok {
		t.Fatalf("r opened %T", root.Active())
	}
	step(keyMsg("4"))
	for _, r := range "buiten de opdracht" {
		step(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	step(keyMsg("enter"))
	if _, ok := root.Active().(*Review); !ok {
		t.Fatalf("after saving the screen is %T", root.Active())
	}
	if v := plain(root.render()); !strings.Contains(v, "nog open: 4") || !strings.Contains(v, "Opgeslagen: niet overgenomen.") {
		t.Errorf("review after saving:\n%s", v)
	}
}

// The walkthrough's crash: the last row selected, jump to it, delete it
// there, come back. The review reloads with one row fewer.
func TestReviewSurvivesARowDeletedElsewhere(t *testing.T) {
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	var last sessions.Contribution
	for i := range 9 {
		last = sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, Text: "punt " + itoa(i)}
		if err := ctx.Store.AddContribution(&last); err != nil {
			t.Fatal(err)
		}
	}
	r := NewReview(ctx, w.ID)
	r.SetSize(100, 30)
	r = drive(t, r, r.Init()())
	r = press(t, r, "end")
	if err := ctx.Store.DeleteContribution(last.ID); err != nil {
		t.Fatal(err)
	}
	r = drive(t, r, ResumeMsg{})
	if view := render(r, 100, 30); !strings.Contains(view, "punt 7") {
		t.Errorf("after the reload:\n%s", view)
	}
	press(t, r, "up", "down", "space")
}
