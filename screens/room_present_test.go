package screens

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// aRoom is a present screen on a werkgroep, and a second program on the
// same file that leads and captures.
type aRoom struct {
	p     *RoomPresent
	s     Screen
	ctx   *Context
	other *store.Store
	w     sessions.Werkgroep
	ss    []sessions.Session
	noah  sessions.Participant // wants to be named
	anon  sessions.Participant // chose not to be named
}

func newRoom(t *testing.T) *aRoom {
	t.Helper()
	ctx, w := testContext(t)
	r := &aRoom{ctx: ctx, other: otherProgram(t, ctx), w: w}
	r.ss, _ = r.other.Sessions(w.ID)
	r.noah = sessions.Participant{WerkgroepID: w.ID, Name: "Noah de Wit", Naming: sessions.FullName}
	r.anon = sessions.Participant{WerkgroepID: w.ID, Name: "Geheim Persoon", Naming: sessions.NotNamed}
	mustDo(t, r.other.SaveParticipant(&r.noah))
	mustDo(t, r.other.SaveParticipant(&r.anon))
	r.p = NewRoomPresent(ctx, w.ID)
	r.s = drive(t, r.p, r.p.Init()())
	return r
}

// lead makes the other program the lead at step i of session 1.
func (r *aRoom) lead(t *testing.T, i int, edit func(*sessions.Lead)) {
	t.Helper()
	se := r.ss[0]
	l := sessions.Lead{WerkgroepID: r.w.ID, SessionID: se.ID, StepID: se.Steps[i].ID, Program: "other"}
	if edit != nil {
		edit(&l)
	}
	mustDo(t, r.other.SetLead(l))
}

func (r *aRoom) say(t *testing.T, step int, text string, by sessions.ID, group bool) {
	t.Helper()
	c := sessions.Contribution{SessionID: r.ss[0].ID, StepID: r.ss[0].Steps[step].ID, Text: text, ParticipantID: by, ByGroup: group}
	mustDo(t, r.other.AddContribution(&c))
}

// changed is the feed saying the file changed, as the root passes it on.
func (r *aRoom) changed(t *testing.T) string {
	t.Helper()
	r.s = drive(t, r.s, ChangedMsg{})
	return render(r.s, 100, 30)
}

func TestRoomSaysWhenNothingIsLed(t *testing.T) {
	r := newRoom(t)
	if v := render(r.s, 100, 30); !strings.Contains(strings.Join(strings.Fields(v), " "), r.ctx.T("room.none")) {
		t.Fatalf("nothing led, the screen shows:\n%s", v)
	}
}

func TestRoomFollowsTheLeadAndWhatIsSaid(t *testing.T) {
	r := newRoom(t)
	r.say(t, 1, "Ik wil weten waarom we dit doen.", r.noah.ID, false)
	r.say(t, 1, "Ik zeg liever niet wie ik ben.", r.anon.ID, false)
	r.say(t, 0, "Dit hoort bij stap 1.", 0, false)
	r.lead(t, 1, nil)
	v := r.changed(t)
	step := r.ss[0].Steps[1]
	for _, want := range []string{step.Title, strings.Fields(step.Prompt)[0], "Ik wil weten waarom we dit doen. — Noah de Wit",
		"Ik zeg liever niet wie ik ben.", r.ctx.T("room.where", r.w.Name, 1, 2, len(r.ss[0].Steps))} {
		if !strings.Contains(v, want) {
			t.Errorf("the projector does not show %q:\n%s", want, v)
		}
	}
	for _, never := range []string{"Geheim", "Dit hoort bij stap 1.", "»"} {
		if strings.Contains(v, never) {
			t.Errorf("the projector shows %q:\n%s", never, v)
		}
	}
	// Said as it is said; the group as the group.
	r.say(t, 1, "Samen weten we meer.", 0, true)
	if v := r.changed(t); !strings.Contains(v, "Samen weten we meer. — de groep") {
		t.Errorf("a new contribution is not shown:\n%s", v)
	}
	// The lead moves on.
	r.lead(t, 2, nil)
	if v := r.changed(t); !strings.Contains(v, r.ss[0].Steps[2].Title) || strings.Contains(v, "Samen weten") {
		t.Errorf("after the lead moved to step 3:\n%s", v)
	}
}

func TestRoomBlankAndHold(t *testing.T) {
	r := newRoom(t)
	r.lead(t, 1, func(l *sessions.Lead) { l.Projector = sessions.ProjectBlank })
	if v := r.changed(t); strings.TrimSpace(v) != "" {
		t.Fatalf("blank shows:\n%s", v)
	}
	r.say(t, 1, "Voor de pauze.", 0, false)
	r.lead(t, 1, func(l *sessions.Lead) { l.Projector = sessions.ProjectHold })
	if v := r.changed(t); !strings.Contains(v, "Voor de pauze.") {
		t.Fatalf("hold does not show the picture:\n%s", v)
	}
	r.say(t, 1, "Tijdens de pauze.", 0, false)
	r.lead(t, 2, func(l *sessions.Lead) { l.Projector = sessions.ProjectHold })
	if v := r.changed(t); strings.Contains(v, "Tijdens de pauze.") || !strings.Contains(v, r.ss[0].Steps[1].Title) {
		t.Fatalf("the held picture moved on:\n%s", v)
	}
	r.lead(t, 2, nil)
	if v := r.changed(t); !strings.Contains(v, r.ss[0].Steps[2].Title) {
		t.Fatalf("after the hold the room is not shown as it is:\n%s", v)
	}
}

func TestRoomClockInWordsAndTicks(t *testing.T) {
	r := newRoom(t)
	now := r.ctx.Now()
	box := r.ss[0].Steps[1].Timebox
	r.lead(t, 1, func(l *sessions.Lead) { l.Elapsed, l.RunningSince = box-90*time.Second, now.Add(-30*time.Second) })
	if v := r.changed(t); !strings.Contains(v, r.ctx.T("room.left", "1:00")) {
		t.Fatalf("a minute left is not shown:\n%s", v)
	}
	// The clock's second moves only with its tick.
	r.s = drive(t, r.s, roomTickMsg{seq: r.p.seq, at: now.Add(4 * time.Minute)})
	if v := render(r.s, 100, 30); !strings.Contains(v, r.ctx.T("room.over.many", 3)) {
		t.Fatalf("three minutes over time is not said in words:\n%s", v)
	}
	r.s = drive(t, r.s, roomTickMsg{seq: r.p.seq - 1, at: now.Add(time.Hour)}) // an old tick
	if v := render(r.s, 100, 30); !strings.Contains(v, r.ctx.T("room.over.many", 3)) {
		t.Fatalf("an old tick moved the clock:\n%s", v)
	}
}

func TestRoomSaysWhenTheLeadIsGone(t *testing.T) {
	r := newRoom(t)
	r.say(t, 1, "Het laatste wat gezegd werd.", 0, false)
	r.lead(t, 1, nil)
	r.ctx.Now = func() time.Time { return time.Now() }
	if v := r.changed(t); strings.Contains(v, "laat al even niets") {
		t.Fatalf("a fresh lead counts as gone:\n%s", v)
	}
	r.ctx.Now = func() time.Time { return time.Now().Add(sessions.GoneAfter + time.Minute) }
	v := strings.Join(strings.Fields(r.changed(t)), " ")
	if !strings.Contains(v, r.ctx.T("room.gone")) || !strings.Contains(v, "Het laatste wat gezegd werd.") {
		t.Fatalf("a silent lead: the picture and a notice should stay:\n%s", v)
	}
	// A leading program that still runs on this computer (here: this
	// test's own process) is not gone however long it stays on one step.
	r.lead(t, 1, func(l *sessions.Lead) { l.Program = sessions.NewProgramID() })
	if v := r.changed(t); strings.Contains(v, "laat al even niets") {
		t.Fatalf("a lead that runs, quiet for three minutes, counts as gone:\n%s", v)
	}
}

func TestRoomShowsTheGroupPictureOnASchemaStep(t *testing.T) {
	r := newRoom(t)
	se := r.ss[0]
	for _, p := range []sessions.Placement{
		{SessionID: se.ID, ParticipantID: r.noah.ID, Dimension: 1, Now: 2, Wish: 6},
		{SessionID: se.ID, ParticipantID: r.anon.ID, Dimension: 1, Now: 3, Wish: 5},
	} {
		mustDo(t, r.other.SavePlacement(&p))
	}
	r.lead(t, 2, nil) // session 1, step 3: the schema
	v := r.changed(t)
	text := sessions.Schema(sessions.Dutch)
	for _, want := range []string{text.Dimensions[0].TopDown[:12], "nu 2,5 (2–3)", "wens 5,5 (5–6)"} {
		if !strings.Contains(v, want) {
			t.Errorf("the group picture lacks %q:\n%s", want, v)
		}
	}
}

// At 60×17 (a big font) the prompt and the latest contributions fit;
// below the minimum the root shows its calm notice.
func TestRoomFitsASmallWindow(t *testing.T) {
	r := newRoom(t)
	for i := range 12 {
		r.say(t, 1, strings.Repeat("woord ", 5+i), 0, false)
	}
	r.say(t, 1, "Dit is het laatste.", r.noah.ID, false)
	r.lead(t, 1, nil)
	r.changed(t)
	v := render(r.s, 60, 17)
	lines := strings.Split(v, "\n")
	if len(lines) > 17 {
		t.Fatalf("%d lines at 60×17", len(lines))
	}
	if !strings.Contains(v, "Dit is het laatste. — Noah de Wit") || !strings.Contains(v, strings.Fields(r.ss[0].Steps[1].Prompt)[0]) {
		t.Fatalf("at 60×17 the prompt or the latest contribution is missing:\n%s", v)
	}
}

// A lead whose clock runs is asked again after GoneAfter; when its
// program has ended, the picture stays and the screen says so.
func TestRoomSaysWhenARunningLeadHasEnded(t *testing.T) {
	r := newRoom(t)
	cmd := exec.Command("sleep", "60") // the leading program, for now alive
	if err := cmd.Start(); err != nil {
		t.Skip("no sleep to run:", err)
	}
	host, _ := os.Hostname()
	r.ctx.Now = time.Now
	r.lead(t, 1, func(l *sessions.Lead) {
		l.Program = fmt.Sprintf("%s/%d/1", host, cmd.Process.Pid)
		l.RunningSince = time.Now()
	})
	if v := r.changed(t); strings.Contains(v, "laat al even niets") {
		t.Fatalf("a lead that wrote just now counts as gone:\n%s", v)
	}
	cmd.Process.Kill() // it ends without a word
	cmd.Wait()
	later := time.Now().Add(sessions.GoneAfter + 2*time.Second)
	r.ctx.Now = func() time.Time { return later }
	r.s = drive(t, r.s, roomTickMsg{seq: r.p.seq, at: later}) // the recheck: a fresh read
	if v := strings.Join(strings.Fields(render(r.s, 100, 30)), " "); !strings.Contains(v, r.ctx.T("room.gone")) {
		t.Fatalf("a running lead whose program ended is not said to be gone:\n%s", v)
	}
}
