package screens

import (
	"fmt"
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// openVotes adds a voting step at the end of session 1 with three people
// present (one not named) and opens it.
func openVotes(t *testing.T) (*Votes, *Context) {
	t.Helper()
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	se := ss[0]
	for _, p := range []sessions.Participant{
		{Name: "Linda Carolus", Naming: sessions.FullName},
		{Name: "Ahmed el Amrani", Naming: sessions.NotNamed},
		{Name: "Petra de Vries", Naming: sessions.Initials},
	} {
		p.WerkgroepID = w.ID
		if err := ctx.Store.SaveParticipant(&p); err != nil {
			t.Fatal(err)
		}
		ctx.Store.SetAttendance(se.ID, p.ID, sessions.Present)
	}
	c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: "Vertrouwen komt te voet"}
	if err := ctx.Store.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
	step := sessions.Step{SessionID: se.ID, Kind: sessions.StepVoting, Title: "Wat is het belangrijkst?"}
	if err := ctx.Store.AddStep(&step); err != nil {
		t.Fatal(err)
	}
	s := NewVotes(ctx, w.ID, se.ID, step.ID).(*Votes)
	s.SetSize(100, 30)
	lastNav = nil
	drive(t, s, s.Init()())
	return s, ctx
}

// addTyped adds an option of one's own through the picker.
func addTyped(t *testing.T, s *Votes, text string) {
	t.Helper()
	press(t, s, "n")
	typeText(t, s, text)
	press(t, s, "enter")
}

func TestVotesDotsPerPersonWithinTheLimit(t *testing.T) {
	s, ctx := openVotes(t)
	// the earlier contribution is offered as an option; typed ones too
	press(t, s, "n")
	typeText(t, s, "vertrouwen")
	press(t, s, "enter")
	addTyped(t, s, "Betaalde inzet")
	addTyped(t, s, "Een vaste plek")
	opts, _ := ctx.Store.VoteOptions(s.stepID)
	if len(opts) != 3 || opts[0].ContributionID == 0 || opts[1].Text != "Betaalde inzet" {
		t.Fatalf("options %+v", opts)
	}
	if v := render(s, 100, 30); strings.Count(v, "niet gestemd") != 3 {
		t.Errorf("before voting everyone should be 'niet gestemd':\n%s", v)
	}
	// Linda: all three on one option
	press(t, s, "home", "3")
	// one more is over her limit and changes nothing
	lastNav = nil
	press(t, s, "down", "+")
	if !strings.Contains(lastStatus(t), "alle 3 stemmen al gegeven") {
		t.Errorf("over the limit: status %q", lastStatus(t))
	}
	// the next person spreads hers
	press(t, s, "tab", "home", "+", "down", "+", "+")
	votes, _ := ctx.Store.Votes(s.stepID)
	people, _ := ctx.Store.Participants(s.data.werkgroep.ID)
	if got := sessions.DotsOf(votes, people[0].ID); got != 3 {
		t.Errorf("Linda's dots %d, want 3", got)
	}
	if got := sessions.DotsOf(votes, people[1].ID); got != 3 {
		t.Errorf("second person's dots %d, want 3", got)
	}
	if sessions.Voted(votes, people[2].ID) {
		t.Error("the third person voted without a key")
	}
	v := render(s, 100, 30)
	if !strings.Contains(v, "gestemd: 2 van 3") || strings.Count(v, "niet gestemd") != 1 {
		t.Errorf("not voted is not shown as its own state:\n%s", v)
	}
	// fewer dots per person than someone used is refused
	lastNav = nil
	press(t, s, "[")
	if set, _ := ctx.Store.VoteSetting(s.stepID); set.Dots != 3 || !strings.Contains(lastStatus(t), "al 3 stemmen") {
		t.Errorf("lowering below what was used: %+v, %q", set, lastStatus(t))
	}
	press(t, s, "]")
	if set, _ := ctx.Store.VoteSetting(s.stepID); set.Dots != 4 {
		t.Errorf("dots per person %d, want 4", set.Dots)
	}
	// taking dots away
	press(t, s, "0")
	votes, _ = ctx.Store.Votes(s.stepID)
	if got := sessions.DotsOf(votes, people[1].ID); got != 1 {
		t.Errorf("after 0: %d dots, want 1", got)
	}
}

func TestVotesStickersAndTies(t *testing.T) {
	s, ctx := openVotes(t)
	addTyped(t, s, "Betaalde inzet")
	addTyped(t, s, "Een vaste plek")
	addTyped(t, s, "Scholing")
	// stickers on paper: 1 then 2 typed right after is 12; + adds one
	press(t, s, "s", "home", "1", "2", "down", "9", "+", "+", "down", "backspace")
	opts, _ := ctx.Store.VoteOptions(s.stepID)
	if opts[0].Stickers != 12 || opts[1].Stickers != 11 || opts[2].Stickers != -1 {
		t.Fatalf("sticker counts %+v", opts)
	}
	// one person's dot makes a tie of 12 and 12
	press(t, s, "s", "home", "down", "1")
	press(t, s, "r")
	v := render(s, 100, 30)
	if strings.Count(v, "1. (gedeeld)") != 2 || !strings.Contains(v, "3.") {
		t.Errorf("a tie must show as a shared first place:\n%s", v)
	}
	press(t, s, "f5")
	if !s.FullScreen() {
		t.Fatal("f5 should show the projector")
	}
	v = render(s, 100, 30)
	if strings.Count(v, "(gedeeld)") != 2 || strings.Contains(v, "Linda") || strings.Contains(v, "Ahmed") {
		t.Errorf("projector: ties as ties, no names:\n%s", v)
	}
}

func TestVotesRemoveNeedsASecondPress(t *testing.T) {
	s, ctx := openVotes(t)
	addTyped(t, s, "Betaalde inzet")
	press(t, s, "x")
	if opts, _ := ctx.Store.VoteOptions(s.stepID); len(opts) != 1 {
		t.Fatal("one x removed the option")
	}
	press(t, s, "x")
	if opts, _ := ctx.Store.VoteOptions(s.stepID); len(opts) != 0 {
		t.Fatal("two x did not remove the option")
	}
}

// TestVotesShowNamesAsEnteredToTheNoteTaker: the note-taker's voting
// screen shows each person with their name as entered, marked where the
// minutes show less of it (issue 12 point 5), so that dots go to the
// right person; the projector never names someone who chose not to be.
func TestVotesShowNamesAsEnteredToTheNoteTaker(t *testing.T) {
	s, ctx := openVotes(t)
	s.SetSize(160, 30)
	v := render(s, 160, 30)
	for _, want := range []string{"Linda Carolus", ctx.T("name.hidden", "Ahmed el Amrani"), ctx.T("name.as", "Petra de Vries", "P.d.V.")} {
		if !strings.Contains(v, want) {
			t.Errorf("the voting screen should show %q:\n%s", want, v)
		}
	}
	press(t, s, "f5")
	if p := render(s, 160, 30); strings.Contains(p, "Ahmed") {
		t.Errorf("the projector names someone who chose not to be named:\n%s", p)
	}
}

// TestVotesCountPhonesThatVoted: a phone's dots reach the note-taker's
// open votes screen through the change feed and count in "gestemd", there
// and on the projector, never more voted than the count it is out of
// (issue 17).
func TestVotesCountPhonesThatVoted(t *testing.T) {
	s, ctx := openVotes(t)
	st := ctx.Store.(*store.Store)
	addTyped(t, s, "Een loket in de wijk")
	opts, _ := st.VoteOptions(s.stepID)
	for i := range 4 { // four anonymous phones, more than the three present
		ph, _ := st.AddPhone(s.sessionID, fmt.Sprint("h", i))
		if err := st.SetVote(sessions.Vote{OptionID: opts[0].ID, ParticipantID: ph.Person(), Dots: 1}); err != nil {
			t.Fatal(err)
		}
	}
	drive(t, s, ChangedMsg{}) // the change feed: the open screen follows
	if v := render(s, 100, 30); !strings.Contains(v, "gestemd: 4 van 4") || !strings.Contains(v, "samen 4") {
		t.Errorf("the note-taker's screen after four phones voted:\n%s", v)
	}
	se, _ := st.Session(s.sessionID)
	if err := st.SetLead(sessions.Lead{WerkgroepID: s.werkgroep, SessionID: se.ID, StepID: s.stepID, Program: ctx.Program}); err != nil {
		t.Fatal(err)
	}
	p := NewRoomPresent(ctx, s.werkgroep)
	drive(t, p, p.Init()())
	if v := render(p, 100, 30); !strings.Contains(v, "gestemd: 4 van 4") {
		t.Errorf("the projector after four phones voted:\n%s", v)
	}
}
