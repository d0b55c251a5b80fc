package screens

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// addStep puts a step of kind last in session 1, in the other program.
func (r *aRoom) addStep(t *testing.T, kind sessions.StepKind, title string) sessions.Step {
	t.Helper()
	step := sessions.Step{SessionID: r.ss[0].ID, Kind: kind, Title: title, Prompt: "Wat valt op?"}
	mustDo(t, r.other.AddStep(&step))
	return step
}

// leadAt makes the other program the lead at step.
func (r *aRoom) leadAt(t *testing.T, step sessions.Step) {
	t.Helper()
	mustDo(t, r.other.SetLead(sessions.Lead{WerkgroepID: r.w.ID, SessionID: r.ss[0].ID, StepID: step.ID, Program: "other"}))
}

// fits fails when v has more lines than h or a line wider than w.
func fits(t *testing.T, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Errorf("%d lines at %d×%d:\n%s", len(lines), w, h, v)
	}
	for _, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("a line of %d at %d×%d: %q", lipgloss.Width(l), w, h, l)
		}
	}
}

func TestRoomShowsTheThemesAsTheyForm(t *testing.T) {
	r := newRoom(t)
	var ids []sessions.ID
	for i, by := range []sessions.ID{r.noah.ID, r.anon.ID, 0, r.noah.ID} {
		c := sessions.Contribution{SessionID: r.ss[0].ID, StepID: r.ss[0].Steps[i%2].ID, Text: fmt.Sprintf("Bijdrage nummer %d", i+1), ParticipantID: by}
		mustDo(t, r.other.AddContribution(&c))
		ids = append(ids, c.ID)
	}
	step := r.addStep(t, sessions.StepThemes, "Thema's maken")
	trust := sessions.Theme{StepID: step.ID, Name: "Vertrouwen"}
	money := sessions.Theme{StepID: step.ID, Name: "Geld"}
	mustDo(t, r.other.SaveTheme(&trust))
	mustDo(t, r.other.SaveTheme(&money))
	mustDo(t, r.other.PutInTheme(step.ID, trust.ID, ids[:2]))
	r.leadAt(t, step)
	v := r.changed(t)
	for _, want := range []string{"Thema's maken", "Vertrouwen (2)", "Geld (0)", "Bijdrage nummer 1 — Noah de Wit",
		"Bijdrage nummer 2", r.ctx.T("themes.count.loose", 2)} {
		if !strings.Contains(v, want) {
			t.Errorf("the projector on a themes step lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "Geheim") {
		t.Errorf("a person who chose not to be named is named:\n%s", v)
	}
	// Live: a contribution put in a theme elsewhere shows at once.
	mustDo(t, r.other.PutInTheme(step.ID, money.ID, ids[3:]))
	if v := r.changed(t); !strings.Contains(v, "Geld (1)") || !strings.Contains(v, "Bijdrage nummer 4 — Noah de Wit") {
		t.Errorf("after a contribution went into Geld:\n%s", v)
	}
	// Small windows keep every theme's name, shedding the contributions.
	for _, sz := range [][2]int{{60, 17}, {80, 24}, {40, 10}} {
		v := render(r.s, sz[0], sz[1])
		fits(t, v, sz[0], sz[1])
		if !strings.Contains(v, "Vertrouwen (2)") || !strings.Contains(v, "Geld (1)") {
			t.Errorf("at %d×%d a theme is missing:\n%s", sz[0], sz[1], v)
		}
	}
}

// Many themes at 60×17: as many as fit, and how many more there are.
func TestRoomSaysHowManyThemesDidNotFit(t *testing.T) {
	r := newRoom(t)
	step := r.addStep(t, sessions.StepThemes, "Thema's maken")
	for i := range 20 {
		th := sessions.Theme{StepID: step.ID, Name: fmt.Sprintf("Thema %02d", i+1)}
		mustDo(t, r.other.SaveTheme(&th))
	}
	r.leadAt(t, step)
	r.changed(t)
	v := render(r.s, 60, 17)
	fits(t, v, 60, 17)
	shown := strings.Count(v, "Thema ")
	if shown == 0 || !strings.Contains(v, r.ctx.T("room.themes.more", 20-shown)) {
		t.Errorf("%d themes shown; the rest should be counted:\n%s", shown, v)
	}
}

func TestRoomShowsTheVotesAsTheyComeIn(t *testing.T) {
	r := newRoom(t)
	step := r.addStep(t, sessions.StepVoting, "Wat is het belangrijkst?")
	var opts []sessions.VoteOption
	for _, text := range []string{"Betaald werk", "Een vaste plek", "Scholing"} {
		o := sessions.VoteOption{StepID: step.ID, Text: text}
		mustDo(t, r.other.SaveVoteOption(&o))
		opts = append(opts, o)
	}
	mustDo(t, r.other.SetVote(sessions.Vote{OptionID: opts[0].ID, ParticipantID: r.noah.ID, Dots: 3}))
	mustDo(t, r.other.SetVote(sessions.Vote{OptionID: opts[1].ID, ParticipantID: r.anon.ID, Dots: 2}))
	mustDo(t, r.other.SetVote(sessions.Vote{OptionID: opts[0].ID, ParticipantID: r.anon.ID, Dots: 1}))
	r.leadAt(t, step)
	v := r.changed(t)
	for _, want := range []string{"Wat is het belangrijkst?", r.ctx.T("votes.voted", 2, 2), "Betaald werk", "Een vaste plek",
		"Scholing", "4 stemmen · 2 personen", "2 stemmen · 1 persoon", "0 stemmen · 0 personen"} {
		if !strings.Contains(v, want) {
			t.Errorf("the projector on a voting step lacks %q:\n%s", want, v)
		}
	}
	for _, never := range []string{"Noah", "Geheim"} {
		if strings.Contains(v, never) {
			t.Errorf("the results name %q:\n%s", never, v)
		}
	}
	// Live: a vote elsewhere moves the counts; a tie is said as a tie.
	mustDo(t, r.other.SetVote(sessions.Vote{OptionID: opts[1].ID, ParticipantID: r.noah.ID, Dots: 2}))
	if v := r.changed(t); !strings.Contains(v, r.ctx.T("votes.rank.tied", 1)) {
		t.Errorf("after a vote that ties the first two:\n%s", v)
	}
	for _, sz := range [][2]int{{60, 17}, {80, 24}, {40, 10}} {
		v := render(r.s, sz[0], sz[1])
		fits(t, v, sz[0], sz[1])
		for _, want := range []string{"Betaald", "Een vas", "Scholing"} { // cut to fit at 40
			if !strings.Contains(v, want) {
				t.Errorf("at %d×%d the results lack %q:\n%s", sz[0], sz[1], want, v)
			}
		}
	}
}

// The lead can show the schema on a themes step: then the schema shows.
func TestRoomShowsTheSchemaWhenTheLeadAsks(t *testing.T) {
	r := newRoom(t)
	step := r.addStep(t, sessions.StepThemes, "Thema's maken")
	mustDo(t, r.other.SetLead(sessions.Lead{WerkgroepID: r.w.ID, SessionID: r.ss[0].ID, StepID: step.ID,
		Program: "other", Projector: sessions.ProjectSchema}))
	v := r.changed(t)
	if !strings.Contains(v, r.ctx.T("room.schema.empty")) || strings.Contains(v, r.ctx.T("room.themes.none")) {
		t.Errorf("the lead shows the schema on a themes step:\n%s", v)
	}
}

// The projector keeps the latest contributions whole; one longer than the
// room shows from its beginning, cut with " …", never as a tail without
// its start.
func TestPresentKeepsTheLatestWhole(t *testing.T) {
	lines := []string{"• een", "• twee begint", "  en gaat door", "• drie begint hier", "  loopt verder", "  en verder", "  en eindigt"}
	for _, c := range []struct {
		n    int
		want []string
	}{
		{7, lines},
		{6, lines[1:]},
		{5, lines[3:]},
		{4, lines[3:]},
		{3, []string{"• drie begint hier", "  loopt verder", "  en verder …"}},
		{1, []string{"• drie begint hier …"}},
		{0, nil},
	} {
		if got := latestWhole(lines, c.n, 40); !slices.Equal(got, c.want) {
			t.Errorf("%d lines: got %q, want %q", c.n, got, c.want)
		}
	}
}
