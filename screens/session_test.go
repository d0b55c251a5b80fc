package screens

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// openSession opens session n of the test werkgroep with a few people.
func openSession(t *testing.T, n int) (*SessionScreen, *Context) {
	t.Helper()
	ctx, w := testContext(t)
	ss, err := ctx.Store.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []sessions.Participant{
		{Name: "Linda Carolus", Naming: sessions.FullName},
		{Name: "Ahmed el Amrani", Naming: sessions.NotNamed},
		{Name: "Petra de Vries", Naming: sessions.Initials},
	} {
		p.WerkgroepID = w.ID
		if err := ctx.Store.SaveParticipant(&p); err != nil {
			t.Fatal(err)
		}
		ctx.Store.SetAttendance(ss[n-1].ID, p.ID, sessions.Present)
	}
	s := newSessionScreen(ctx, w.ID, ss[n-1].ID)
	s.SetSize(100, 30)
	lastNav = nil
	drive(t, s, s.Init()())
	return s, ctx
}

func TestEnterStoresAtOnce(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "Vertrouwen komt te voet")
	press(t, s, "enter")
	got, _ := ctx.Store.Contributions(s.session.ID)
	if len(got) != 1 || got[0].Text != "Vertrouwen komt te voet" || got[0].StepID != s.session.Steps[0].ID {
		t.Fatalf("stored %+v", got)
	}
	if s.capture.input.Value() != "" {
		t.Errorf("input not cleared: %q", s.capture.input.Value())
	}
	if !strings.Contains(render(s, 100, 30), "Vastgelegd: 1") {
		t.Errorf("screen does not show the stored entry:\n%s", render(s, 100, 30))
	}
	se, _ := ctx.Store.Session(s.session.ID)
	if se.Status != sessions.Running {
		t.Errorf("status %v, want running after the first entry", se.Status)
	}
}

func TestKindAndAttributionAreStoredAndReset(t *testing.T) {
	s, ctx := openSession(t, 1)
	press(t, s, "alt+4") // vraag
	press(t, s, "tab")
	typeText(t, s, "lind")
	press(t, s, "enter")
	typeText(t, s, "Wie betaalt dat?")
	press(t, s, "enter")
	press(t, s, "ctrl+t", "ctrl+t") // overeenstemming → verschil
	press(t, s, "tab")
	typeText(t, s, "groep")
	press(t, s, "enter")
	typeText(t, s, "Daar zijn we het niet over eens")
	press(t, s, "enter")
	got, _ := ctx.Store.Contributions(s.session.ID)
	if len(got) != 2 {
		t.Fatalf("got %d contributions", len(got))
	}
	ps, _ := ctx.Store.Participants(s.werkgroep.ID)
	if got[0].Kind != sessions.Vraag || got[0].ParticipantID != ps[0].ID {
		t.Errorf("first: %+v", got[0])
	}
	if got[1].Kind != sessions.Verschil || !got[1].ByGroup || got[1].ParticipantID != 0 {
		t.Errorf("second: %+v", got[1])
	}
	if s.capture.kind != sessions.Inbreng || s.capture.who != (attribution{}) {
		t.Errorf("kind and who not reset: %v %+v", s.capture.kind, s.capture.who)
	}
}

func TestLateArrivalFromThePicker(t *testing.T) {
	s, ctx := openSession(t, 1)
	press(t, s, "tab")
	typeText(t, s, "Joost Bakker")
	press(t, s, "down", "down", "down", "down", "down", "enter")
	typeText(t, s, "Sorry dat ik laat ben")
	press(t, s, "enter")
	ps, _ := ctx.Store.Participants(s.werkgroep.ID)
	last := ps[len(ps)-1]
	if last.Name != "Joost Bakker" || last.Naming != sessions.NotNamed {
		t.Fatalf("late arrival %+v", last)
	}
	att, _ := ctx.Store.Attendance(s.session.ID)
	if att[last.ID] != sessions.Present {
		t.Errorf("late arrival not present: %v", att[last.ID])
	}
	got, _ := ctx.Store.Contributions(s.session.ID)
	if got[0].ParticipantID != last.ID {
		t.Errorf("not attributed to the late arrival: %+v", got[0])
	}
	// the note-taker sees who it is, and that the minutes will not name them
	if v := render(s, 100, 30); !strings.Contains(v, "Joost Bakker (niet genoemd)") {
		t.Errorf("want the late arrival's name, marked:\n%s", v)
	}
}

func TestPasteArrivesWholeAndClean(t *testing.T) {
	s, ctx := openSession(t, 1)
	para := "Eerste regel\r\nTweede \x1b[31mregel\x1b[0m met \x1b]0;titel\x07een\x00 kleur\n" + strings.Repeat("lang ", 300)
	drive(t, s, tea.PasteMsg{Content: para})
	press(t, s, "enter")
	got, _ := ctx.Store.Contributions(s.session.ID)
	want := "Eerste regel\nTweede regel met een kleur\n" + strings.TrimSpace(strings.Repeat("lang ", 300))
	if len(got) != 1 || got[0].Text != want {
		t.Fatalf("stored %+v", got)
	}
	for _, size := range [][2]int{{100, 30}, {80, 24}, {40, 12}} {
		for i, l := range strings.Split(render(s, size[0], size[1]), "\n") {
			if w := lipgloss.Width(l); w > size[0] {
				t.Errorf("%dx%d line %d is %d wide", size[0], size[1], i, w)
			}
		}
	}
}

func TestEditMoveDeleteUndo(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "eerst")
	press(t, s, "enter")
	typeText(t, s, "tweede")
	press(t, s, "enter")
	press(t, s, "esc", "up", "e", "ctrl+u")
	typeText(t, s, "eerste")
	press(t, s, "enter")
	got, _ := ctx.Store.Contributions(s.session.ID)
	if got[0].Text != "eerste" {
		t.Fatalf("edit: %+v", got)
	}
	press(t, s, "x")
	if got, _ = ctx.Store.Contributions(s.session.ID); len(got) != 1 {
		t.Fatalf("delete: %d left", len(got))
	}
	press(t, s, "u")
	if got, _ = ctx.Store.Contributions(s.session.ID); len(got) != 2 || got[0].Text != "eerste" {
		t.Fatalf("undo: %+v", got)
	}
	press(t, s, "home", "m", "down", "down", "enter")
	got, _ = ctx.Store.Contributions(s.session.ID)
	if got[0].StepID != s.session.Steps[2].ID {
		t.Errorf("move: step %d, want %d", got[0].StepID, s.session.Steps[2].ID)
	}
	press(t, s, "4")
	got, _ = ctx.Store.Contributions(s.session.ID)
	if got[1].Kind != sessions.Vraag {
		t.Errorf("kind key in list: %v", got[1].Kind)
	}
}

func TestStepsTimerAndPresentation(t *testing.T) {
	s, ctx := openSession(t, 1)
	press(t, s, "ctrl+n", "ctrl+n")
	if s.step != 2 {
		t.Fatalf("step %d after two ctrl+n", s.step)
	}
	now := ctx.Now()
	press(t, s, "ctrl+s")
	ctx.Now = func() time.Time { return now.Add(50 * time.Minute) }
	view := render(s, 100, 30)
	if !strings.Contains(view, "over tijd") {
		t.Errorf("45-minute step after 50 minutes does not say over time:\n%s", view)
	}
	press(t, s, "ctrl+p") // leaving the step stores its time
	ss, _ := ctx.Store.Session(s.session.ID)
	if ss.Steps[2].Elapsed != 50*time.Minute {
		t.Errorf("elapsed %v, want 50m", ss.Steps[2].Elapsed)
	}
	typeText(t, s, "geheim half getypt")
	press(t, s, "f5")
	if !s.FullScreen() {
		t.Fatal("f5 does not present")
	}
	view = render(s, 100, 30)
	if strings.Contains(view, "geheim") {
		t.Error("the presentation shows half-typed text")
	}
	if !strings.Contains(view, "Iedereen komt binnen") && !strings.Contains(view, s.currentStep().Prompt[:20]) {
		t.Errorf("the presentation does not show the prompt:\n%s", view)
	}
}

func TestPresentationHidesUnnamedPeople(t *testing.T) {
	s, ctx := openSession(t, 1)
	ps, _ := ctx.Store.Participants(s.werkgroep.ID)
	for _, p := range ps {
		c := sessions.Contribution{SessionID: s.session.ID, StepID: s.session.Steps[0].ID, ParticipantID: p.ID, Text: "zin van " + itoa(int(p.ID))}
		ctx.Store.AddContribution(&c)
	}
	drive(t, s, ResumeMsg{})
	press(t, s, "f5")
	view := render(s, 100, 30)
	if strings.Contains(view, "Ahmed") || strings.Contains(view, "el Amrani") || strings.Contains(view, "deelnemer 2") {
		t.Errorf("unnamed participant labelled on the projector:\n%s", view)
	}
	if !strings.Contains(view, "Linda Carolus") || !strings.Contains(view, "P.d.V.") {
		t.Errorf("named participants missing:\n%s", view)
	}
}

func TestDraftIsKeptAndOfferedBack(t *testing.T) {
	s, ctx := openSession(t, 2)
	press(t, s, "ctrl+n")
	typeText(t, s, "half getypt")
	for _, d := range s.Drafts() {
		ctx.Store.SaveDraft(d)
	}
	again := newSessionScreen(ctx, s.werkgroep.ID, s.session.ID)
	again.SetSize(100, 30)
	drive(t, again, again.Init()())
	if again.capture.input.Value() != "half getypt" || again.step != 1 {
		t.Errorf("draft back: %q at step %d", again.capture.input.Value(), again.step)
	}
	press(t, again, "enter")
	drafts, _ := ctx.Store.Drafts()
	for _, d := range drafts {
		if d.Text != "" {
			t.Errorf("draft left after storing: %+v", d)
		}
	}
}

func TestDraftSavedAfterTypingPauses(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "abc")
	drive(t, s, draftTickMsg{seq: s.capture.draftSeq - 1}) // an old tick does nothing
	if d, _ := ctx.Store.Drafts(); len(d) != 0 {
		t.Fatalf("saved on a stale tick: %+v", d)
	}
	drive(t, s, draftTickMsg{seq: s.capture.draftSeq})
	d, _ := ctx.Store.Drafts()
	if len(d) != 1 || d[0].Text != "abc" {
		t.Fatalf("drafts %+v", d)
	}
}

func TestEditChangesAuthorAndKindOfThatEntryOnly(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "eerst")
	press(t, s, "enter")
	press(t, s, "alt+6") // the next new entry: idee
	typeText(t, s, "half")
	press(t, s, "esc", "e", "tab")
	typeText(t, s, "lind")
	press(t, s, "enter", "alt+4", "enter")
	got, _ := ctx.Store.Contributions(s.session.ID)
	ps, _ := ctx.Store.Participants(s.werkgroep.ID)
	if got[0].ParticipantID != ps[0].ID || got[0].Kind != sessions.Vraag {
		t.Errorf("edit did not change author and kind: %+v", got[0])
	}
	if s.capture.input.Value() != "half" || s.capture.kind != sessions.Idee || s.capture.who != (attribution{}) {
		t.Errorf("the new entry waiting aside changed: %q %v %+v", s.capture.input.Value(), s.capture.kind, s.capture.who)
	}
}

func TestDraftKeepsAuthorAndKind(t *testing.T) {
	s, ctx := openSession(t, 1)
	press(t, s, "tab")
	typeText(t, s, "groep")
	press(t, s, "enter", "alt+5")
	typeText(t, s, "zorgen over geld")
	for _, d := range s.Drafts() {
		ctx.Store.SaveDraft(d)
	}
	again := newSessionScreen(ctx, s.werkgroep.ID, s.session.ID)
	drive(t, again, again.Init()())
	if again.capture.input.Value() != "zorgen over geld" || !again.capture.who.group || again.capture.kind != sessions.Zorg {
		t.Errorf("draft back as %q %+v %v", again.capture.input.Value(), again.capture.who, again.capture.kind)
	}
}

func TestSpeakingMarksPresent(t *testing.T) {
	s, ctx := openSession(t, 1)
	ps, _ := ctx.Store.Participants(s.werkgroep.ID)
	ctx.Store.SetAttendance(s.session.ID, ps[2].ID, sessions.Absent)
	drive(t, s, ResumeMsg{})
	press(t, s, "tab")
	typeText(t, s, "petra")
	press(t, s, "enter")
	att, _ := ctx.Store.Attendance(s.session.ID)
	if att[ps[2].ID] != sessions.Present {
		t.Errorf("attendance %v after speaking", att[ps[2].ID])
	}
}

func TestDoneNeedsASecondPressAndEscReturnsFromPresenting(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "iets")
	press(t, s, "enter", "esc", "s", "u") // running; s then another key: kept
	if se, _ := ctx.Store.Session(s.session.ID); se.Status != sessions.Running {
		t.Fatalf("status %v after s and another key", se.Status)
	}
	press(t, s, "s", "s")
	if se, _ := ctx.Store.Session(s.session.ID); se.Status != sessions.Done {
		t.Fatalf("status %v after s s", se.Status)
	}
	press(t, s, "i", "f5", "esc")
	if s.mode != modeCapture {
		t.Errorf("esc from presenting went to mode %d, want typing", s.mode)
	}
}

func TestEnterOnAnEmptySchemaStepOpensTheSchema(t *testing.T) {
	s, _ := openSession(t, 1)
	press(t, s, "ctrl+n", "ctrl+n") // step 3: the schema
	lastNav = nil
	press(t, s, "enter")
	if len(lastNav) != 1 {
		t.Fatalf("navigation %v", lastNav)
	}
	if _, ok := lastNav[0].(PushMsg).Screen.(*Schema); !ok {
		t.Errorf("pushed %T", lastNav[0].(PushMsg).Screen)
	}
}

// A tab typed or pasted shows as space: the renderer would drop it and glue
// the words together.
func TestTabsShowAsSpace(t *testing.T) {
	s, _ := openSession(t, 1)
	drive(t, s, tea.PasteMsg{Content: "kolom\teen"})
	if view := render(s, 100, 30); !strings.Contains(view, "kolom    een") {
		t.Errorf("input with a tab:\n%s", view)
	}
	press(t, s, "enter")
	if view := render(s, 100, 30); !strings.Contains(view, "] kolom    een") {
		t.Errorf("stored entry with a tab:\n%s", view)
	}
}

// On a window too low for the newest entry, the list shows its
// beginning, cut with " …", not its last line alone.
func TestASmallListShowsTheStartOfALongEntry(t *testing.T) {
	s, _ := openSession(t, 1)
	typeText(t, s, "Een bijdrage die op een klein scherm niet op één regel past en toch te lezen moet zijn, "+strings.Repeat("want de groep leest mee op het scherm, ", 3))
	press(t, s, "enter")
	v := plain(render(s, 40, 12))
	if !strings.Contains(v, "• [inbreng] Een bijdrage") || !strings.Contains(v, "…\n") {
		t.Fatalf("the newest entry does not show from its beginning at 40×12:\n%s", v)
	}
}
