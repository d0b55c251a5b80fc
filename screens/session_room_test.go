package screens

import (
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
)

// A room on one file: the facilitator's program, the note-taker's and
// the projector window, each with its own store handle and program id.
type aSessionRoom struct {
	lead, note   *SessionScreen
	leadC, noteC *Context
	present      Screen
	w            sessions.Werkgroep
	ss           []sessions.Session
}

// anotherProgram is a second program on ctx's file, with the same clock.
func anotherProgram(t *testing.T, ctx *Context) *Context {
	t.Helper()
	c := NewContext(otherProgram(t, ctx), "nl")
	c.Now, c.Tick, c.observe = ctx.Now, ctx.Tick, ctx.observe
	return c
}

// newSessionRoom opens session 1 in the facilitator's program, which so
// leads, and then in the note-taker's, which joins; the projector window
// follows.
func newSessionRoom(t *testing.T) *aSessionRoom {
	t.Helper()
	ctx, w := testContext(t)
	r := &aSessionRoom{leadC: ctx, noteC: anotherProgram(t, ctx), w: w}
	r.ss, _ = ctx.Store.Sessions(w.ID)
	open := func(c *Context) *SessionScreen {
		s := newSessionScreen(c, w.ID, r.ss[0].ID)
		s.SetSize(100, 30)
		drive(t, s, s.Init()())
		return s
	}
	r.lead = open(r.leadC)
	r.note = open(r.noteC)
	pc := anotherProgram(t, ctx)
	p := NewRoomPresent(pc, w.ID)
	r.present = drive(t, p, p.Init()())
	r.changed(t)
	return r
}

// changed is the change feed reaching the note-taker's program and the
// projector after the facilitator's program wrote.
func (r *aSessionRoom) changed(t *testing.T) {
	t.Helper()
	drive(t, r.note, ChangedMsg{})
	r.present = drive(t, r.present, ChangedMsg{})
}

func (r *aSessionRoom) theLead(t *testing.T) sessions.Lead {
	t.Helper()
	l, err := r.leadC.Store.Lead(r.w.ID)
	mustDo(t, err)
	return l
}

func flat(v string) string { return strings.Join(strings.Fields(v), " ") }

func TestTheLeadBlanksHoldsAndShowsTheSchemaOnTheProjector(t *testing.T) {
	r := newSessionRoom(t)
	t1, t2 := r.ss[0].Steps[0].Title, r.ss[0].Steps[1].Title
	if v := render(r.present, 100, 30); !strings.Contains(v, t1) {
		t.Fatalf("the projector does not follow the lead:\n%s", v)
	}
	// Blank, while text is being typed: the text stays, the projector goes dark.
	typeText(t, r.lead, "half getypt")
	press(t, r.lead, "f6")
	if l := r.theLead(t); l.Projector != sessions.ProjectBlank || l.Program != r.leadC.Program {
		t.Fatalf("after f6 the lead is %+v", l)
	}
	if r.lead.capture.input.Value() != "half getypt" {
		t.Fatalf("f6 changed the input to %q", r.lead.capture.input.Value())
	}
	if v := flat(render(r.lead, 100, 30)); !strings.Contains(v, r.leadC.T("room.state.blank", "f6")) {
		t.Fatalf("the leading program does not say the projector is blank:\n%s", v)
	}
	r.changed(t)
	if v := render(r.present, 100, 30); strings.TrimSpace(v) != "" {
		t.Fatalf("blank, the projector shows:\n%s", v)
	}
	if v := flat(render(r.note, 100, 30)); !strings.Contains(v, "beamer: zwart") {
		t.Fatalf("the note-taker is not told the projector is blank:\n%s", v)
	}
	press(t, r.lead, "f6")
	r.changed(t)
	if l := r.theLead(t); l.Projector != sessions.ProjectNormal {
		t.Fatalf("a second f6 leaves the projector %s", l.Projector)
	}
	if v := render(r.present, 100, 30); !strings.Contains(v, t1) {
		t.Fatalf("after the second f6 the projector shows:\n%s", v)
	}
	// Hold: the lead moves on, the projector keeps its picture, and the
	// leading program says it is held.
	press(t, r.lead, "f7")
	r.changed(t)
	press(t, r.lead, "ctrl+u", "ctrl+n") // clear the input, to the next step
	r.changed(t)
	if l := r.theLead(t); l.Projector != sessions.ProjectHold || l.StepID != r.ss[0].Steps[1].ID {
		t.Fatalf("held, after ctrl+n the lead is %+v", l)
	}
	if v := render(r.present, 100, 30); !strings.Contains(v, t1) || strings.Contains(v, t2) {
		t.Fatalf("held, the projector moved on:\n%s", v)
	}
	if v := flat(render(r.lead, 100, 30)); !strings.Contains(v, r.leadC.T("room.state.hold", "f7")) {
		t.Fatalf("the leading program does not say the projector is held:\n%s", v)
	}
	press(t, r.lead, "f7")
	r.changed(t)
	if v := render(r.present, 100, 30); !strings.Contains(v, t2) {
		t.Fatalf("after the hold the projector does not show step 2:\n%s", v)
	}
	// The schema's group view, and back.
	press(t, r.lead, "f8")
	r.changed(t)
	if v := flat(render(r.present, 100, 30)); !strings.Contains(v, r.leadC.T("room.schema.empty")) {
		t.Fatalf("f8 does not show the schema on the projector:\n%s", v)
	}
	if v := flat(render(r.lead, 100, 30)); !strings.Contains(v, r.leadC.T("room.state.schema", "f8")) {
		t.Fatalf("the leading program does not say the projector shows the schema:\n%s", v)
	}
	press(t, r.lead, "f8")
	r.changed(t)
	if v := flat(render(r.present, 100, 30)); strings.Contains(v, r.leadC.T("room.schema.empty")) || !strings.Contains(v, t2) {
		t.Fatalf("a second f8 leaves the schema on the projector:\n%s", v)
	}
	if v := flat(render(r.lead, 100, 30)); strings.Contains(v, "Beamer:") {
		t.Fatalf("back to normal, the leading program still says:\n%s", v)
	}
}

// The room's keys are in the help of every part of the session screen.
func TestTheRoomKeysAreInTheHelp(t *testing.T) {
	r := newSessionRoom(t)
	for _, s := range []*SessionScreen{r.lead, r.note} {
		for _, keys := range [][]string{nil, {"esc"}, {"f5"}} {
			press(t, s, keys...)
			help := map[string]string{}
			for _, row := range s.KeyMap().FullHelp() {
				for _, b := range row {
					help[b.Help().Key] = b.Help().Desc
				}
			}
			for k, desc := range map[string]string{"f6": "room.key.blank", "f7": "room.key.hold", "f8": "room.key.schema", "f9": "room.key.follow"} {
				if help[k] != s.ctx.T(desc) {
					t.Errorf("after %v the help gives %s as %q, want %q", keys, k, help[k], s.ctx.T(desc))
				}
			}
			short := ""
			for _, b := range s.KeyMap().ShortHelp() {
				short += b.Help().Key + " "
			}
			if !strings.Contains(short, "f6-f8") {
				t.Errorf("after %v the footer lacks the projector's keys: %s", keys, short)
			}
			if strings.Contains(short, "f9") != (s == r.note) {
				t.Errorf("after %v the footer (%s) should offer f9 only where another program leads", keys, short)
			}
			press(t, s, "esc")
			if keys != nil {
				press(t, s, "i")
			}
		}
	}
}

// A program that does not lead cannot change the projector: it says so.
func TestTheProjectorKeysInAProgramThatDoesNotLead(t *testing.T) {
	r := newSessionRoom(t)
	lastNav = nil
	press(t, r.note, "f6")
	if l := r.theLead(t); l.Projector != sessions.ProjectNormal || l.Program != r.leadC.Program {
		t.Fatalf("f6 in the note-taker's program changed the lead: %+v", l)
	}
	if got := lastStatus(t); got != r.noteC.T("room.beamer.notlead") {
		t.Fatalf("f6 in a program that does not lead says %q", got)
	}
}

func TestTheNoteTakerFollowsTheLeadsStep(t *testing.T) {
	r := newSessionRoom(t)
	if v := flat(render(r.note, 100, 30)); !strings.Contains(v, r.noteC.T("room.lead.with", 1)) {
		t.Fatalf("the note-taker's program does not say it follows:\n%s", v)
	}
	press(t, r.lead, "ctrl+n", "ctrl+n")
	r.changed(t)
	if r.note.step != 2 {
		t.Fatalf("the note-taker is at step %d, want 3 with the lead", r.note.step+1)
	}
	if l := r.theLead(t); l.Program != r.leadC.Program {
		t.Fatal("following took the lead")
	}
	if v := flat(render(r.note, 100, 30)); !strings.Contains(v, r.noteC.T("room.lead.with", 3)) {
		t.Fatalf("after following:\n%s", v)
	}
	// A move of the note-taker's own takes the lead; the facilitator's
	// program then follows in turn.
	press(t, r.note, "ctrl+p")
	if l := r.theLead(t); l.Program != r.noteC.Program || l.StepID != r.ss[0].Steps[1].ID {
		t.Fatalf("after the note-taker's own move the lead is %+v", l)
	}
	drive(t, r.lead, ChangedMsg{})
	if r.lead.step != 1 {
		t.Fatalf("the facilitator's program is at step %d, want 2", r.lead.step+1)
	}
}

func TestTypingHoldsTheNoteTakerBack(t *testing.T) {
	r := newSessionRoom(t)
	typeText(t, r.note, "Dit wil ik nog opschrijven")
	press(t, r.lead, "ctrl+n")
	r.changed(t)
	if r.note.step != 0 || r.note.capture.input.Value() != "Dit wil ik nog opschrijven" {
		t.Fatalf("typing, the note-taker was moved to step %d (input %q)", r.note.step+1, r.note.capture.input.Value())
	}
	if v := flat(render(r.note, 100, 30)); !strings.Contains(v, r.noteC.T("room.lead.behind", 2)) {
		t.Fatalf("the note-taker is not told the lead moved:\n%s", v)
	}
	// Stored: it is in step 1, where it was typed, and the program follows.
	press(t, r.note, "enter")
	if r.note.step != 1 {
		t.Fatalf("after storing the note-taker is at step %d, want 2", r.note.step+1)
	}
	cs, _ := r.noteC.Store.Contributions(r.ss[0].ID)
	if len(cs) != 1 || cs[0].StepID != r.ss[0].Steps[0].ID {
		t.Fatalf("the entry typed while the lead moved: %+v", cs)
	}
	// Cleared: the same.
	typeText(t, r.note, "Toch niet")
	press(t, r.lead, "ctrl+n")
	r.changed(t)
	if r.note.step != 1 {
		t.Fatalf("typing again, the note-taker moved to step %d", r.note.step+1)
	}
	press(t, r.note, "ctrl+u")
	if r.note.step != 2 {
		t.Fatalf("after clearing the input the note-taker is at step %d, want 3", r.note.step+1)
	}
	if l := r.theLead(t); l.Program != r.leadC.Program {
		t.Fatal("catching up took the lead")
	}
}

// Editing a stored entry holds the note-taker's program back too, also
// with the text wiped, and it says how to go along: save or cancel (to
// wipe, as for a new entry, is not enough).
func TestEditingHoldsTheNoteTakerBack(t *testing.T) {
	r := newSessionRoom(t)
	typeText(t, r.note, "Dit verbeter ik straks")
	press(t, r.note, "enter", "esc", "e", "ctrl+u")
	if r.note.capture.editing == 0 || r.note.capture.input.Value() != "" {
		t.Fatalf("not editing with the text wiped: editing %d, input %q", r.note.capture.editing, r.note.capture.input.Value())
	}
	press(t, r.lead, "ctrl+n")
	r.changed(t)
	if r.note.step != 0 || r.note.capture.editing == 0 {
		t.Fatalf("editing, the note-taker was moved to step %d (editing %d)", r.note.step+1, r.note.capture.editing)
	}
	v := flat(render(r.note, 100, 30))
	if !strings.Contains(v, r.noteC.T("room.lead.behind.edit", 2)) || strings.Contains(v, r.noteC.T("room.lead.behind", 2)) {
		t.Fatalf("editing, the note-taker is not told how to go along:\n%s", v)
	}
	press(t, r.note, "esc") // cancel: the entry stays as it was, and the program follows
	if r.note.step != 1 || r.note.capture.editing != 0 {
		t.Fatalf("after esc the note-taker is at step %d (editing %d), want 2", r.note.step+1, r.note.capture.editing)
	}
	cs, _ := r.noteC.Store.Contributions(r.ss[0].ID)
	if len(cs) != 1 || cs[0].Text != "Dit verbeter ik straks" || cs[0].StepID != r.ss[0].Steps[0].ID {
		t.Fatalf("after the edit was cancelled the file holds %+v", cs)
	}
}

func TestFollowingCanBeTurnedOff(t *testing.T) {
	r := newSessionRoom(t)
	lastNav = nil
	press(t, r.note, "f9")
	if got := lastStatus(t); got != r.noteC.T("room.follow.off") {
		t.Fatalf("f9 says %q", got)
	}
	press(t, r.lead, "ctrl+n")
	r.changed(t)
	if r.note.step != 0 {
		t.Fatalf("not following, the note-taker moved to step %d", r.note.step+1)
	}
	v := flat(render(r.note, 100, 30))
	if !strings.Contains(v, r.noteC.T("room.lead.at", 2)) || !strings.Contains(v, r.noteC.T("room.lead.nofollow", "f9")) {
		t.Fatalf("not following, the note-taker's program says:\n%s", v)
	}
	press(t, r.note, "f9") // on again: it goes to the lead at once
	if r.note.step != 1 || lastStatus(t) != r.noteC.T("room.follow.on") {
		t.Fatalf("following again, the note-taker is at step %d (%q)", r.note.step+1, lastStatus(t))
	}
	if l := r.theLead(t); l.Program != r.leadC.Program {
		t.Fatal("turning following on took the lead")
	}
}

// The lead opening another session is shown, never followed: the person
// may be in the middle of something here.
func TestALeadInAnotherSessionIsShownNotFollowed(t *testing.T) {
	r := newSessionRoom(t)
	other := newSessionScreen(r.leadC, r.w.ID, r.ss[1].ID)
	drive(t, other, other.Init()())
	r.changed(t)
	if r.note.session.ID != r.ss[0].ID || r.note.step != 0 {
		t.Fatalf("the note-taker was moved to session %d step %d", r.note.session.Number, r.note.step+1)
	}
	if v := flat(render(r.note, 100, 30)); !strings.Contains(v, r.noteC.T("room.lead.other", 2, 1)) {
		t.Fatalf("the note-taker is not told where the lead is:\n%s", v)
	}
}

// Under another screen (a form, the themes), the note-taker's program
// stays, and follows once it is back on top.
func TestTheNoteTakerWaitsUnderAnotherScreen(t *testing.T) {
	r := newSessionRoom(t)
	press(t, r.note, "esc", "a") // the participants, on top
	r.noteC.takeNav()            // as the root does
	if !r.note.room.covered {
		t.Fatal("the session screen does not know another is on top")
	}
	press(t, r.lead, "ctrl+n")
	r.changed(t)
	if r.note.step != 0 {
		t.Fatalf("covered, the note-taker's session moved to step %d", r.note.step+1)
	}
	drive(t, r.note, ResumeMsg{})
	if r.note.step != 1 {
		t.Fatalf("back on top, the note-taker is at step %d, want 2", r.note.step+1)
	}
}

// At the lead's step the note-taker sees the lead's clock; following, it
// stores none of it over the time the lead stored.
func TestTheNoteTakerShowsTheLeadsClock(t *testing.T) {
	r := newSessionRoom(t)
	start := r.leadC.Now()
	press(t, r.lead, "ctrl+s")
	r.changed(t)
	later := start.Add(3 * time.Minute)
	r.leadC.Now = func() time.Time { return later }
	r.noteC.Now = r.leadC.Now
	if !r.note.timer.Running() || r.note.timer.Elapsed(later) != 3*time.Minute {
		t.Fatalf("the note-taker's clock: running %v, %v used", r.note.timer.Running(), r.note.timer.Elapsed(later))
	}
	if v := flat(render(r.note, 100, 30)); !strings.Contains(v, r.noteC.T("timer.running")) {
		t.Fatalf("the note-taker does not see the clock run:\n%s", v)
	}
	press(t, r.lead, "ctrl+n")
	r.changed(t)
	se, _ := r.noteC.Store.Session(r.ss[0].ID)
	if se.Steps[0].Elapsed != 3*time.Minute || r.note.step != 1 {
		t.Fatalf("step 1's time after both moved on: %v (note-taker at step %d)", se.Steps[0].Elapsed, r.note.step+1)
	}
	// Left behind while typing, it shows the step's clock standing still,
	// not the lead's running on elsewhere.
	press(t, r.lead, "ctrl+s")
	r.changed(t)
	typeText(t, r.note, "nog even")
	press(t, r.lead, "ctrl+n")
	r.changed(t)
	if r.note.step != 1 || r.note.timer.Running() {
		t.Fatalf("left behind at step %d, the note-taker's clock runs: %v", r.note.step+1, r.note.timer.Running())
	}
}

// Opening the session that another program leads joins it at the lead's
// step, instead of taking the room back to step 1.
func TestOpeningTheLeadsSessionJoinsIt(t *testing.T) {
	r := newSessionRoom(t)
	press(t, r.lead, "ctrl+n", "ctrl+n")
	third := anotherProgram(t, r.leadC)
	s := newSessionScreen(third, r.w.ID, r.ss[0].ID)
	drive(t, s, s.Init()())
	if s.step != 2 {
		t.Fatalf("opened in a third program, the session shows step %d, want the lead's 3", s.step+1)
	}
	if l := r.theLead(t); l.Program != r.leadC.Program || l.StepID != r.ss[0].Steps[2].ID {
		t.Fatalf("joining took the lead: %+v", l)
	}
	// Another session is opened as ever: that is a move of the room.
	s2 := newSessionScreen(third, r.w.ID, r.ss[1].ID)
	drive(t, s2, s2.Init()())
	if l := r.theLead(t); l.Program != third.Program || l.SessionID != r.ss[1].ID {
		t.Fatalf("opening another session did not take the lead: %+v", l)
	}
}

// On the votes (and themes) screen the facilitator has the projector's
// keys too: hold the results while the votes come in, and let go.
func TestTheProjectorKeysOnTheVotesScreen(t *testing.T) {
	s, ctx := openVotes(t)
	w := s.werkgroep
	press(t, s, "f7") // nobody led: this program leads here now
	l, err := ctx.Store.Lead(w)
	if err != nil || l.Program != ctx.Program || l.StepID != s.stepID || l.Projector != sessions.ProjectHold {
		t.Fatalf("after f7 on the votes screen the lead is %+v (%v)", l, err)
	}
	if v := flat(render(s, 100, 30)); !strings.Contains(v, ctx.T("room.state.hold", "f7")) {
		t.Fatalf("the votes screen does not say the projector is held:\n%s", v)
	}
	press(t, s, "f7")
	if l, _ = ctx.Store.Lead(w); l.Projector != sessions.ProjectNormal {
		t.Fatalf("a second f7 leaves the projector %s", l.Projector)
	}
	if v := flat(render(s, 100, 30)); strings.Contains(v, "Beamer:") {
		t.Fatalf("back to normal, the votes screen still says:\n%s", v)
	}
	// Another program leads: the keys change nothing and say so.
	mustDo(t, ctx.Store.SetLead(sessions.Lead{WerkgroepID: w, SessionID: s.sessionID, StepID: s.stepID, Program: "elders"}))
	lastNav = nil
	press(t, s, "f6")
	if l, _ = ctx.Store.Lead(w); l.Program != "elders" || l.Projector != sessions.ProjectNormal {
		t.Fatalf("f6 where another program leads changed the lead: %+v", l)
	}
	if lastStatus(t) != ctx.T("room.beamer.notlead") {
		t.Fatalf("f6 where another program leads says %q", lastStatus(t))
	}
	help := ""
	for _, row := range s.KeyMap().FullHelp() {
		for _, b := range row {
			help += b.Help().Key + " "
		}
	}
	if !strings.Contains(help, "f6 f7 f8") {
		t.Fatalf("the votes screen's help lacks the projector's keys: %s", help)
	}
}

func TestTheProjectorKeysOnTheThemesScreen(t *testing.T) {
	s, ctx, _ := openThemes(t)
	press(t, s, "f6")
	l, err := ctx.Store.Lead(s.werkgroep)
	if err != nil || l.StepID != s.stepID || l.Projector != sessions.ProjectBlank {
		t.Fatalf("after f6 on the themes screen the lead is %+v (%v)", l, err)
	}
	if v := flat(render(s, 100, 30)); !strings.Contains(v, ctx.T("room.state.blank", "f6")) {
		t.Fatalf("the themes screen does not say the projector is blank:\n%s", v)
	}
	press(t, s, "n") // naming a theme: f6 is still the projector's, not text
	press(t, s, "f6")
	if l, _ = ctx.Store.Lead(s.werkgroep); l.Projector != sessions.ProjectNormal || s.name.Value() != "" {
		t.Fatalf("f6 while naming: projector %s, name %q", l.Projector, s.name.Value())
	}
}
