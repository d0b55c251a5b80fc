package screens

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
	"werkgroep/store"
)

// otherProgram opens the context's data file a second time, as a second
// program on the same file would.
func otherProgram(t *testing.T, ctx *Context) *store.Store {
	t.Helper()
	o, err := store.Open(ctx.Store.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// runRoot runs the commands of the root's Update the way the program
// loop would, feeding every answer back to the root, so that addressed
// reloads reach the screens below the top.
func runRoot(t *testing.T, r *Root, msg tea.Msg) {
	t.Helper()
	_, cmd := r.Update(msg)
	var run func(tea.Cmd, int)
	run = func(c tea.Cmd, depth int) {
		if c == nil || depth > 8 || isTimer(c) {
			return
		}
		m := c()
		if b, ok := m.(tea.BatchMsg); ok {
			for _, c := range b {
				run(c, depth+1)
			}
			return
		}
		if m == nil {
			return
		}
		_, next := r.Update(m)
		run(next, depth+1)
	}
	run(cmd, 0)
}

func TestHomeFollowsAnotherProgram(t *testing.T) {
	ctx, w := testContext(t)
	other := otherProgram(t, ctx)
	oost := sessions.Werkgroep{Name: "Buurtteam Oost"}
	for _, wg := range []*sessions.Werkgroep{&oost, {Name: "Zorg en Welzijn"}} {
		mustDo(t, other.CreateWerkgroep(wg, sessions.BuiltinTemplate(sessions.Dutch)))
	}
	home := NewHome(ctx)
	home.Preload()
	s := Screen(home)
	s.SetSize(80, 20)
	s = press(t, s, "down") // Buurtteam Oost, the second row
	// Another program removes the first and adds one: the cursor stays on
	// the same werkgroep, not on the same row.
	mustDo(t, other.DeleteWerkgroep(w.ID))
	mustDo(t, other.CreateWerkgroep(&sessions.Werkgroep{Name: "Aan de slag"}, sessions.BuiltinTemplate(sessions.Dutch)))
	s = drive(t, s, ChangedMsg{})
	if len(home.list) != 3 {
		t.Fatalf("home lists %d werkgroepen after the change, want 3", len(home.list))
	}
	if got := home.list[home.cur.Index]; got.ID != oost.ID {
		t.Errorf("cursor on %q after the change, want %q", got.Name, oost.Name)
	}
	v := render(s, 80, 20)
	if !strings.Contains(v, "Aan de slag") || strings.Contains(v, w.Name) {
		t.Errorf("home does not show the other program's changes:\n%s", v)
	}
}

func TestOverviewFollowsAnotherProgram(t *testing.T) {
	ctx, w := testContext(t)
	other := otherProgram(t, ctx)
	s := drive(t, NewWerkgroepScreen(ctx, w.ID), NewWerkgroepScreen(ctx, w.ID).(*WerkgroepScreen).load())
	ov := s.(*WerkgroepScreen)
	s.SetSize(80, 20)
	s = press(t, s, "down", "down") // session 3
	want := ov.list[ov.cur.Index].ID
	ss, _ := other.Sessions(w.ID)
	se := ss[2]
	se.Status, se.Date = sessions.Running, "2026-12-01"
	mustDo(t, other.UpdateSession(&se))
	_, err := other.AddSession(w.ID, "Extra bijeenkomst")
	mustDo(t, err)
	s = drive(t, s, ChangedMsg{})
	if ov.list[ov.cur.Index].ID != want {
		t.Errorf("cursor moved to session %d after the change, want %d", ov.list[ov.cur.Index].Number, 3)
	}
	v := render(s, 80, 20)
	for _, text := range []string{"Extra bijeenkomst", "2026-12-01"} {
		if !strings.Contains(v, text) {
			t.Errorf("overview does not show %q after the change:\n%s", text, v)
		}
	}
}

func TestParticipantsFollowAnotherProgramUnderAnOpenForm(t *testing.T) {
	ctx, w := testContext(t)
	other := otherProgram(t, ctx)
	bram := sessions.Participant{WerkgroepID: w.ID, Name: "Bram"}
	mustDo(t, other.SaveParticipant(&bram))
	for _, n := range []string{"Dewi", "Eva"} {
		mustDo(t, other.SaveParticipant(&sessions.Participant{WerkgroepID: w.ID, Name: n}))
	}
	p := NewParticipants(ctx, w.ID, 0).(*Participants)
	s := drive(t, p, p.load())
	s.SetSize(80, 24)
	s = press(t, s, "down") // Dewi
	dewi := p.people[p.cur.Index].ID
	s = press(t, s, "a") // the form to add someone
	s = typeText(t, s, "Fatima")
	mustDo(t, other.SaveParticipant(&sessions.Participant{WerkgroepID: w.ID, Name: "Anouk"}))
	mustDo(t, other.RemoveParticipant(bram.ID, true))
	s = drive(t, s, ChangedMsg{})
	if p.form == nil {
		t.Fatal("the open form closed on a change elsewhere")
	}
	if v := render(s, 80, 24); !strings.Contains(v, "Fatima") {
		t.Errorf("what was typed in the form is gone:\n%s", v)
	}
	if len(p.people) != 3 {
		t.Errorf("%d people behind the form, want 3 (Dewi, Eva, Anouk)", len(p.people))
	}
	s = press(t, s, "esc")
	if p.people[p.cur.Index].ID != dewi {
		t.Errorf("cursor on %s after the change, want Dewi", p.people[p.cur.Index].Name)
	}
	if v := render(s, 80, 24); !strings.Contains(v, "Anouk") {
		t.Errorf("the person added elsewhere is not listed:\n%s", v)
	}
}

func TestActionsFollowAnotherProgram(t *testing.T) {
	ctx, w := testContext(t)
	other := otherProgram(t, ctx)
	ss, _ := other.Sessions(w.ID)
	se := ss[0].ID
	for _, text := range []string{"Eerst luisteren", "Samen zoeken", "Later toetsen"} {
		mustDo(t, other.SaveDecision(&sessions.Decision{SessionID: se, Text: text}))
	}
	a := NewActions(ctx, w.ID, se).(*Actions)
	s := drive(t, a, a.load())
	s.SetSize(100, 30)
	s = press(t, s, "down") // the second decision
	want := a.decisions[a.decCur.Index].ID
	// Another program deletes the first decision and adds an action.
	mustDo(t, other.DeleteDecision(a.decisions[0].ID))
	mustDo(t, other.SaveAction(&sessions.Action{SessionID: se, What: "Verslag rondsturen", Owners: []sessions.Owner{{Name: "Martin"}}}))
	s = drive(t, s, ChangedMsg{})
	if len(a.decisions) != 2 || a.decisions[a.decCur.Index].ID != want {
		t.Errorf("decisions %+v, cursor %d; want the second of three selected, the first gone", a.decisions, a.decCur.Index)
	}
	if v := render(s, 100, 30); !strings.Contains(v, "Verslag rondsturen") || strings.Contains(v, "Eerst luisteren") {
		t.Errorf("the screen does not show the other program's changes:\n%s", v)
	}
}

func TestReviewFollowsAnotherProgramKeepingTheSearch(t *testing.T) {
	ctx, w := testContext(t)
	other := otherProgram(t, ctx)
	ss, _ := other.Sessions(w.ID)
	add := func(text string) sessions.ID {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, Text: text}
		mustDo(t, other.AddContribution(&c))
		return c.ID
	}
	first := add("Vertrouwen groeit langzaam")
	second := add("Vertrouwen vraagt tijd")
	add("Vertrouwen geef je")
	r := newReview(ctx, w.ID)
	s := drive(t, r, r.load())
	s.SetSize(100, 30)
	s = press(t, s, "/")
	s = typeText(t, s, "vertrouwen")
	s = press(t, s, "down")
	if c, _ := r.selected(); c.ID != second {
		t.Fatalf("selected %q, want the second", c.Text)
	}
	add("Vertrouwen is de basis")
	mustDo(t, other.DeleteContribution(first))
	drive(t, s, ChangedMsg{})
	if !r.searching || r.search.Value() != "vertrouwen" {
		t.Errorf("search %q (searching %v) after the change, want it kept", r.search.Value(), r.searching)
	}
	if len(r.shown) != 3 {
		t.Errorf("%d rows shown after the change, want 3", len(r.shown))
	}
	if c, _ := r.selected(); c.ID != second {
		t.Errorf("selected %q after the change, want %q", c.Text, "Vertrouwen vraagt tijd")
	}
}

// A change reaches the screen on top at once; the screens below it read
// nothing while they are below (a change costs one reload, not one per
// screen on the stack), and show the change when they are back on top.
func TestChangeReachesEveryScreenOnTheStack(t *testing.T) {
	ctx, w := testContext(t)
	other := otherProgram(t, ctx)
	home := NewHome(ctx)
	home.Preload()
	root := NewRoot(ctx, home)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	runRoot(t, root, keyMsg("enter")) // the overview
	runRoot(t, root, keyMsg("p"))     // its participants
	if _, ok := root.Active().(*Participants); !ok {
		t.Fatalf("active screen %T, want the participants", root.Active())
	}
	ov := root.stack[1].(*WerkgroepScreen)
	mustDo(t, other.SaveParticipant(&sessions.Participant{WerkgroepID: w.ID, Name: "Karin"}))
	wg := w
	wg.Name = "Visie en Participatie"
	mustDo(t, other.UpdateWerkgroep(&wg))
	runRoot(t, root, ChangedMsg{})
	if len(root.stack) != 3 {
		t.Fatalf("the change navigated: %d screens on the stack", len(root.stack))
	}
	if v := plain(root.render()); !strings.Contains(v, "Karin") {
		t.Errorf("the top screen does not show the change:\n%s", v)
	}
	if home.list[0].Name == wg.Name || ov.people != 0 {
		t.Errorf("the screens below read the file while below: home %q, overview %d people", home.list[0].Name, ov.people)
	}
	runRoot(t, root, keyMsg("esc")) // back to the overview
	if root.Active() != ov {
		t.Fatalf("active screen %T after esc, want the overview", root.Active())
	}
	if ov.people != 1 || ov.w.Name != wg.Name {
		t.Errorf("overview back on top: %d people, %q", ov.people, ov.w.Name)
	}
	if v := plain(root.render()); !strings.Contains(v, wg.Name) {
		t.Errorf("the overview does not show the new name:\n%s", v)
	}
	runRoot(t, root, keyMsg("esc")) // back home
	if home.list[0].Name != wg.Name {
		t.Errorf("home back on top shows %q, want %q", home.list[0].Name, wg.Name)
	}
}

// A screen below the top that missed a change gets ChangedMsg when it is
// back on top, also one that reads nothing on ResumeMsg alone (an agenda
// whose form is open keeps it, but its list follows the file).
func TestScreenBelowCatchesUpOnResume(t *testing.T) {
	ctx, _ := testContext(t)
	got := &msgLog{}
	root := NewRoot(ctx, got)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	runRoot(t, root, PushMsg{Screen: NewHome(ctx)})
	runRoot(t, root, ChangedMsg{})
	runRoot(t, root, ChangedMsg{})
	if len(got.msgs) != 0 {
		t.Fatalf("the screen below got %T while below", got.msgs)
	}
	runRoot(t, root, PopMsg{})
	if len(got.msgs) != 2 || got.msgs[0] != (ChangedMsg{}) || got.msgs[1] != (ResumeMsg{}) {
		t.Fatalf("back on top after two changes it got %#v, want ChangedMsg once, then ResumeMsg", got.msgs)
	}
	runRoot(t, root, PushMsg{Screen: NewHome(ctx)})
	runRoot(t, root, PopMsg{})
	if len(got.msgs) != 3 || got.msgs[2] != (ResumeMsg{}) {
		t.Fatalf("back on top without a change it got %#v, want only ResumeMsg more", got.msgs[2:])
	}
}

// msgLog is a screen that keeps the messages about the file it is given.
type msgLog struct {
	Screen
	msgs []tea.Msg
}

func (l *msgLog) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg.(type) {
	case ChangedMsg, ResumeMsg:
		l.msgs = append(l.msgs, msg)
	}
	return l, nil
}

func (l *msgLog) SetSize(int, int) {}

// The feed reaches the root as a command that waits on it and is issued
// again after each value.
func TestRootWaitsOnTheFeedAgain(t *testing.T) {
	ctx, _ := testContext(t)
	feed := make(chan struct{}, 1)
	ctx.Changes = feed
	root := NewRoot(ctx, NewHome(ctx))
	wait := waitForChange(feed)
	feed <- struct{}{}
	msg := wait()
	if _, ok := msg.(feedMsg); !ok {
		t.Fatalf("the wait gave %T, want feedMsg", msg)
	}
	_, cmd := root.Update(msg)
	again := make(chan tea.Msg, 1)
	go func() {
		for _, c := range cmd().(tea.BatchMsg) {
			if c == nil {
				continue
			}
			go func() { again <- c() }()
		}
	}()
	feed <- struct{}{}
	for {
		select {
		case m := <-again:
			if _, ok := m.(feedMsg); ok {
				return
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the root did not wait on the feed again")
		}
	}
}

// Opening a session and moving to a step make this program the lead; a
// step move in another program takes the lead over. Opening the session
// another program leads joins it at its step (session_room.go).
func TestSessionScreenTakesTheLead(t *testing.T) {
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	s := NewSessionScreen(ctx, w.ID, ss[0].ID)
	s = drive(t, s, s.Init()())
	l, err := ctx.Store.Lead(w.ID)
	if err != nil || l.Program != ctx.Program || l.StepID != ss[0].Steps[0].ID {
		t.Fatalf("after opening the session the lead is %+v (%v), want this program at step 1", l, err)
	}
	s = press(t, s, "ctrl+n")
	if l, _ = ctx.Store.Lead(w.ID); l.StepID != ss[0].Steps[1].ID {
		t.Fatalf("after ctrl+n the lead is at step %d, want step 2", l.StepID)
	}
	press(t, s, "ctrl+s")
	if l, _ = ctx.Store.Lead(w.ID); !l.Running() {
		t.Fatal("the lead's clock does not run after ctrl+s")
	}
	other, _ := testContext(t) // another program, on its own file: not the lead here
	other.Store = ctx.Store
	o := NewSessionScreen(other, w.ID, ss[0].ID)
	o = drive(t, o, o.Init()()) // it joins the lead at step 2, and leaves it there
	if l, _ = ctx.Store.Lead(w.ID); l.Program != ctx.Program || l.StepID != ss[0].Steps[1].ID {
		t.Fatalf("opening the session the other program leads took the lead: %+v", l)
	}
	press(t, o, "ctrl+n", "ctrl+n")
	if l, _ = ctx.Store.Lead(w.ID); l.Program != other.Program || l.StepID != ss[0].Steps[3].ID {
		t.Fatalf("after a step move in the other program the lead is %+v", l)
	}
}

// loadCounter is a screen that answers a change with a load and counts
// the loads started and taken in.
type loadCounter struct {
	Screen
	started, taken int
}

type countedLoadMsg struct{}

func (l *loadCounter) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg.(type) {
	case ChangedMsg:
		l.started++
		return l, func() tea.Msg { return countedLoadMsg{} }
	case countedLoadMsg:
		l.taken++
	}
	return l, nil
}

func (l *loadCounter) SetSize(int, int) {}

// answersOf runs cmd, and the commands of a batch it returns, and gives
// the messages they return.
func answersOf(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	switch m := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, answersOf(t, c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{m}
	}
}

// While the answer to one change is being read, more changes start no
// reads of their own: one more read follows for all of them once it is
// back (root_follow.go, the soak of issue 15).
func TestRootReadsOnceForChangesWhileReading(t *testing.T) {
	ctx, _ := testContext(t)
	screen := &loadCounter{}
	root := NewRoot(ctx, screen) // no feed: the waits are nil
	_, first := root.Update(feedMsg{})
	var later []tea.Cmd
	for range 4 {
		_, cmd := root.Update(feedMsg{})
		later = append(later, cmd)
	}
	if screen.started != 1 {
		t.Fatalf("five changes while the first read was under way started %d reads, want 1", screen.started)
	}
	for _, c := range later {
		if c != nil {
			t.Fatal("a change during a read gave a command of its own")
		}
	}
	answers := answersOf(t, first)
	if len(answers) != 1 {
		t.Fatalf("the first read gave %d messages, want 1", len(answers))
	}
	_, next := root.Update(answers[0])
	if screen.taken != 1 || screen.started != 2 {
		t.Fatalf("after the first read: %d taken in, %d started; want 1 and 2 (one for the four changes since)", screen.taken, screen.started)
	}
	for _, m := range answersOf(t, next) {
		_, cmd := root.Update(m)
		if cmd != nil {
			t.Fatal("with no change since the second read, the root asked for a third")
		}
	}
	if screen.taken != 2 || screen.started != 2 {
		t.Fatalf("after the second read: %d taken in, %d started; want 2 and 2", screen.taken, screen.started)
	}
	// Without a read under way, the next change is read at once.
	if _, cmd := root.Update(feedMsg{}); cmd == nil || screen.started != 3 {
		t.Fatalf("a change after the reads were done started %d reads in all, want 3", screen.started)
	}
}
