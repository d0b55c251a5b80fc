package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// A session's form, its status and a werkgroep's form, saved after
// another program changed the same field (issue 15 point 2): the question
// opens as a screen over the one that saved, shows both, and the choice
// is carried out there.

// pushedClash is the clash screen the last keys opened.
func pushedClash[T any](t *testing.T) *clashScreen[T] {
	t.Helper()
	for _, m := range lastNav {
		if p, ok := m.(PushMsg); ok {
			if c, ok := p.Screen.(*clashScreen[T]); ok {
				return c
			}
		}
	}
	t.Fatalf("no question opened; navigation %v", lastNav)
	return nil
}

func noClashPushed[T any](t *testing.T) {
	t.Helper()
	for _, m := range lastNav {
		if p, ok := m.(PushMsg); ok {
			if _, ok := p.Screen.(*clashScreen[T]); ok {
				t.Fatal("a question opened where the change made elsewhere was another field")
			}
		}
	}
}

func TestSessionDetailsClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		ctx, w := testContext(t)
		se := meetingSession(t, ctx, w, 2)
		other := otherProgram(t, ctx)
		d := meetingOpen(t, NewSessionDetails(ctx, se.ID), 80, 21).(*SessionDetails)
		theirs, err := other.Session(se.ID)
		mustDo(t, err)
		theirs.Title = "Samen zoeken"
		mustDo(t, other.UpdateSession(&theirs))
		meetingPaste(t, d, " erbij")
		lastNav = nil
		press(t, d, "enter", "enter", "enter", "enter") // title, date, place, status: save
		q := pushedClash[sessions.Session](t)
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			if v := render(q, size[0], size[1]); !strings.Contains(v, "Samen zoeken") || !strings.Contains(v, "erbij") {
				t.Errorf("%dx%d: the question does not show both:\n%s", size[0], size[1], v)
			}
		}
		if got, _ := ctx.Store.Session(se.ID); got.Title != "Samen zoeken" {
			t.Fatalf("stored %q before a choice", got.Title)
		}
		q.SetSize(80, 24)
		lastNav = nil
		choose(t, q, q.x.clash, choice)
		if choice == "3" {
			if !d.Typing() || !strings.Contains(plain(d.View()), "erbij") {
				t.Fatalf("go on with mine: the form with mine is not back:\n%s", plain(d.View()))
			}
			press(t, d, "enter", "enter", "enter", "enter")
		}
		want := map[string]string{"1": "Samen zoeken", "2": se.Title + " erbij", "3": se.Title + " erbij"}[choice]
		if got, _ := ctx.Store.Session(se.ID); got.Title != want {
			t.Errorf("choice %s: stored %q, want %q", choice, got.Title, want)
		}
		if !meetingNavHas("pop") {
			t.Errorf("choice %s: nothing closed", choice)
		}
	}
}

// A place set elsewhere and a title here: both stay, without a question.
func TestSessionDetailsMergesAPlaceSetElsewhere(t *testing.T) {
	ctx, w := testContext(t)
	se := meetingSession(t, ctx, w, 2)
	other := otherProgram(t, ctx)
	d := meetingOpen(t, NewSessionDetails(ctx, se.ID), 80, 21)
	theirs, _ := other.Session(se.ID)
	theirs.Place = "Wijkcentrum"
	mustDo(t, other.UpdateSession(&theirs))
	meetingPaste(t, d, " erbij")
	lastNav = nil
	press(t, d, "enter", "enter", "enter", "enter")
	noClashPushed[sessions.Session](t)
	if got, _ := ctx.Store.Session(se.ID); got.Title != se.Title+" erbij" || got.Place != "Wijkcentrum" {
		t.Errorf("stored %q at %q; want my title at their place", got.Title, got.Place)
	}
}

// s on the session screen moves the status from the one shown; another
// set there meanwhile asks, without "go on".
func TestSessionStatusClash(t *testing.T) {
	for _, choice := range []string{"1", "2"} {
		s, ctx := openSession(t, 1)
		other := otherProgram(t, ctx)
		theirs, _ := other.Session(s.session.ID)
		theirs.Status = sessions.Done
		mustDo(t, other.UpdateSession(&theirs))
		lastNav = nil
		press(t, s, "esc", "s") // the list; planned → running
		q := pushedClash[sessions.Session](t)
		if len(q.x.options) != 2 {
			t.Errorf("a status clash offers %d choices, want 2 (no go on)", len(q.x.options))
		}
		v := render(q, 80, 24)
		if !strings.Contains(v, ctx.T("status.2")) || !strings.Contains(v, ctx.T("status.1")) {
			t.Errorf("the question does not show both statuses:\n%s", v)
		}
		choose(t, q, q.x.clash, choice)
		want := map[string]sessions.SessionStatus{"1": sessions.Done, "2": sessions.Running}[choice]
		if got, _ := ctx.Store.Session(s.session.ID); got.Status != want || s.session.Status != want {
			t.Errorf("choice %s: stored %v, shown %v; want %v", choice, got.Status, s.session.Status, want)
		}
	}
}

// The first entry starts a planned session, unless another program gave
// it a status meanwhile; a title changed there stays.
func TestFirstEntryStartsTheSessionOverAChangeElsewhere(t *testing.T) {
	s, ctx := openSession(t, 1)
	other := otherProgram(t, ctx)
	theirs, _ := other.Session(s.session.ID)
	theirs.Title = "Kennismaken"
	mustDo(t, other.UpdateSession(&theirs))
	typeText(t, s, "iets")
	press(t, s, "enter")
	if got, _ := ctx.Store.Session(s.session.ID); got.Status != sessions.Running || got.Title != "Kennismaken" {
		t.Errorf("stored %q %v; want their title, running", got.Title, got.Status)
	}
}

func TestWerkgroepFormClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		ctx, w := testContext(t)
		other := otherProgram(t, ctx)
		s := setupOpen(t, NewWerkgroepForm(ctx, &w), 80, 21)
		theirs := w
		theirs.Name = "Visie en meedoen"
		theirs.Trekkers = "Martin Stam en Aylin Kaya"
		mustDo(t, other.UpdateWerkgroep(&theirs))
		s = clearField(t, s)
		s = paste(t, s, "Nieuwe naam")
		lastNav = nil
		press(t, s, "enter", "enter", "enter", "enter", "enter")
		q := pushedClash[sessions.Werkgroep](t)
		if v := render(q, 80, 24); !strings.Contains(v, "Visie en meedoen") || !strings.Contains(v, "Nieuwe naam") {
			t.Errorf("the question does not show both:\n%s", v)
		}
		choose(t, q, q.x.clash, choice)
		if choice == "3" {
			press(t, s, "enter", "enter", "enter", "enter", "enter")
		}
		want := map[string]string{"1": "Visie en meedoen", "2": "Nieuwe naam", "3": "Nieuwe naam"}[choice]
		got, _ := ctx.Store.Werkgroep(w.ID)
		if got.Name != want || got.Trekkers != theirs.Trekkers {
			t.Errorf("choice %s: stored %q with %q; want %q with their trekkers", choice, got.Name, got.Trekkers, want)
		}
	}
}

// The leidraad form keeps a name changed elsewhere, and asks about a
// text changed there too.
func TestLeidraadMergesANameAndAsksAboutTheSameText(t *testing.T) {
	ctx, w := testContext(t)
	other := otherProgram(t, ctx)
	s := setupOpen(t, NewLeidraadForm(ctx, w), 80, 24)
	theirs := w
	theirs.Name = "Visie en meedoen"
	theirs.Leidraad.Role = "De groep leest mee."
	mustDo(t, other.UpdateWerkgroep(&theirs))
	s = paste(t, s, "We luisterden eerst.")
	lastNav = nil
	press(t, s, "enter", "enter", "enter", "enter")
	noClashPushed[sessions.Werkgroep](t)
	got, _ := ctx.Store.Werkgroep(w.ID)
	if got.Name != "Visie en meedoen" || got.Leidraad.Listen != "We luisterden eerst." || got.Leidraad.Role != "De groep leest mee." {
		t.Fatalf("stored %q %+v; want their name and text with mine", got.Name, got.Leidraad)
	}

	s = setupOpen(t, NewLeidraadForm(ctx, got), 80, 24)
	again := got
	again.Leidraad.Listen = "Eerst luisteren, in een kring."
	mustDo(t, other.UpdateWerkgroep(&again))
	s = paste(t, s, " En daarna nog eens.")
	lastNav = nil
	press(t, s, "enter", "enter", "enter", "enter")
	q := pushedClash[sessions.Werkgroep](t)
	choose(t, q, q.x.clash, "1")
	if got, _ := ctx.Store.Werkgroep(w.ID); got.Leidraad.Listen != "Eerst luisteren, in een kring." {
		t.Errorf("kept theirs, stored %q", got.Leidraad.Listen)
	}
}

// Stickers on the schema: one added elsewhere and one here both count; a
// count typed or taken away here after the other program changed it asks
// which stays, and nothing is stored until then.
func TestStickerClash(t *testing.T) {
	for _, choice := range []string{"1", "2"} {
		s, ctx, _ := openSchema(t, 1)
		other := otherProgram(t, ctx)
		at := sessions.StickerCount{SessionID: s.sessionID, Dimension: 2, Point: 3}
		count := func() int {
			cs, _ := ctx.Store.Stickers(s.sessionID)
			for _, c := range cs {
				if c.Dimension == 2 && !c.Wish && c.Point == 3 {
					return c.Count
				}
			}
			return 0
		}
		press(t, s, "s", "down", "left", "+")
		add := at
		mustDo(t, other.AddSticker(&add))
		press(t, s, "+")
		if count() != 3 || s.data.stickers[stickerKey{2, false, 3}] != 3 {
			t.Fatalf("+ here, + there, + here: stored %d, shown %d; want 3", count(), s.data.stickers[stickerKey{2, false, 3}])
		}
		// There it becomes 7; here, still showing 3, one is taken away.
		seven := at
		seven.Count = 7
		mustDo(t, other.SaveSticker(seven, 3))
		lastNav = nil
		press(t, s, "-")
		q := pushedClash[countCell[stickerKey]](t)
		if count() != 7 {
			t.Fatalf("stored %d before a choice, want theirs 7", count())
		}
		if v := render(q, 80, 24); !strings.Contains(v, "punt 3: aantal stickers 7") || !strings.Contains(v, "punt 3: aantal stickers 2") {
			t.Errorf("the question does not show both counts:\n%s", v)
		}
		choose(t, q, q.x.clash, choice)
		want := map[string]int{"1": 7, "2": 2}[choice]
		if count() != want || s.data.stickers[stickerKey{2, false, 3}] != want {
			t.Errorf("choice %s: stored %d, shown %d; want %d", choice, count(), s.data.stickers[stickerKey{2, false, 3}], want)
		}
	}
}

// The agenda's form for the session's title and purpose asks too.
func TestAgendaSessionFormClash(t *testing.T) {
	ctx, se, s := agendaOf(t)
	other := otherProgram(t, ctx)
	press(t, s, "t")
	theirs, _ := other.Session(se.ID)
	theirs.Title = "Samen zoeken"
	mustDo(t, other.UpdateSession(&theirs))
	paste(t, s, " erbij")
	lastNav = nil
	press(t, s, "enter", "enter")
	q := pushedClash[sessions.Session](t)
	choose(t, q, q.x.clash, "2")
	if got, _ := ctx.Store.Session(se.ID); got.Title != se.Title+" erbij" {
		t.Errorf("saved mine: stored %q", got.Title)
	}
}

// Approving the previous minutes after another program approved them on
// another date asks which stays; a place set there is kept either way.
func TestApprovalClash(t *testing.T) {
	ctx, w := testContext(t)
	one, two := meetingRecorded(t, ctx, w)
	other := otherProgram(t, ctx)
	s := meetingOpen(t, NewLookBack(ctx, w.ID, two.ID), 80, 21)
	theirs, _ := other.Session(one.ID)
	theirs.ApprovedOn, theirs.Place = "2026-11-20", "Wijkcentrum"
	mustDo(t, other.UpdateSession(&theirs))
	lastNav = nil
	press(t, s, "v")
	q := pushedClash[sessions.Session](t)
	if v := render(q, 80, 24); !strings.Contains(v, "vastgesteld op 2026-11-20") || !strings.Contains(v, "vastgesteld op 2026-11-22") {
		t.Errorf("the question does not show both dates:\n%s", v)
	}
	choose(t, q, q.x.clash, "2")
	if got, _ := ctx.Store.Session(one.ID); got.ApprovedOn != "2026-11-22" || got.Place != "Wijkcentrum" {
		t.Errorf("saved mine: approved on %q at %q; want 2026-11-22 at their place", got.ApprovedOn, got.Place)
	}
}

// A theme renamed here after another program renamed it asks which name
// stays; removed there, mine is made anew.
func TestThemeRenameClash(t *testing.T) {
	for _, choice := range []string{"1", "2", "3"} {
		s, ctx, _ := openThemes(t)
		other := otherProgram(t, ctx)
		press(t, s, "space", "n")
		typeText(t, s, "Geld")
		press(t, s, "enter")
		th := themesOf(t, ctx, s.stepID)[0]
		press(t, s, "tab", "r", "ctrl+u")
		theirs := th
		theirs.Name = "Geld en tijd"
		mustDo(t, other.RenameTheme(theirs, th.Name))
		typeText(t, s, "Betaald werk")
		lastNav = nil
		press(t, s, "enter")
		q := pushedClash[themeName](t)
		if v := render(q, 80, 24); !strings.Contains(v, "Geld en tijd") || !strings.Contains(v, "Betaald werk") {
			t.Errorf("the question does not show both names:\n%s", v)
		}
		choose(t, q, q.x.clash, choice)
		if choice == "3" {
			if s.mode != themesName || s.name.Value() != "Betaald werk" {
				t.Fatalf("go on with mine: mode %v, name %q", s.mode, s.name.Value())
			}
			press(t, s, "enter")
		}
		want := map[string]string{"1": "Geld en tijd", "2": "Betaald werk", "3": "Betaald werk"}[choice]
		if got := themesOf(t, ctx, s.stepID); len(got) != 1 || got[0].Name != want || len(got[0].Members) != 1 {
			t.Errorf("choice %s: stored %+v, want one theme %q with its member", choice, got, want)
		}
	}
}

// Votes: a person's dots and an option's stickers set here after another
// program changed them ask which stays; + on stickers adds on top.
func TestVotesClash(t *testing.T) {
	s, ctx := openVotes(t)
	other := otherProgram(t, ctx)
	addTyped(t, s, "Betaalde inzet")
	opts, _ := ctx.Store.VoteOptions(s.stepID)
	people, _ := ctx.Store.Participants(s.data.werkgroep.ID)
	o := opts[0]
	press(t, s, "home", "1") // Linda: one dot
	mustDo(t, other.ChangeVote(sessions.Vote{OptionID: o.ID, ParticipantID: people[0].ID, Dots: 3}, 1))
	lastNav = nil
	press(t, s, "2")
	q := pushedClash[countCell[voteAt]](t)
	if v := render(q, 80, 24); !strings.Contains(v, "aantal stippen 3") || !strings.Contains(v, "aantal stippen 2") {
		t.Errorf("the question does not show both:\n%s", v)
	}
	choose(t, q, q.x.clash, "1")
	if vs, _ := ctx.Store.Votes(s.stepID); sessions.DotsOf(vs, people[0].ID) != 3 {
		t.Errorf("kept theirs: %d dots stored", sessions.DotsOf(vs, people[0].ID))
	}

	press(t, s, "s", "home", "4")
	add := o
	mustDo(t, other.AddOptionSticker(&add))
	press(t, s, "+") // adding: 4, one there, one here
	if got, _ := ctx.Store.VoteOptions(s.stepID); got[0].Stickers != 6 {
		t.Fatalf("+ there and + here on 4: %d stored, want 6", got[0].Stickers)
	}
	seven := o
	seven.Stickers = 7
	mustDo(t, other.SetOptionStickers(seven, 6))
	lastNav = nil
	press(t, s, "-")
	q = pushedClash[countCell[voteAt]](t)
	choose(t, q, q.x.clash, "2")
	if got, _ := ctx.Store.VoteOptions(s.stepID); got[0].Stickers != 5 {
		t.Errorf("saved mine: %d stored, want 5", got[0].Stickers)
	}
}

// Attendance marked here after another program marked the same person
// otherwise asks which stays.
func TestAttendanceClash(t *testing.T) {
	ctx, w, s := peopleWith(t, "Martin Stam")
	other := otherProgram(t, ctx)
	ses, _ := ctx.Store.Sessions(w.ID)
	id := storedPeople(t, ctx, w)[0].ID
	mustDo(t, other.ChangeAttendance(ses[0].ID, id, sessions.WithNotice, sessions.Unknown))
	lastNav = nil
	press(t, s, "3") // absent, from "not filled in" as shown
	q := pushedClash[countCell[sessions.ID]](t)
	if v := render(q, 80, 24); !strings.Contains(v, "Martin Stam: afgemeld") || !strings.Contains(v, "Martin Stam: afwezig") {
		t.Errorf("the question does not show both:\n%s", v)
	}
	choose(t, q, q.x.clash, "2")
	if got, _ := ctx.Store.Attendance(ses[0].ID); got[id] != sessions.Absent {
		t.Errorf("saved mine: %v stored", got[id])
	}
}
