package reliability

import (
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/screens"
	"werkgroep/sessions"
	"werkgroep/store"
)

// A screen under test: how to build it, and keys that bring it into a
// state worth drawing (a mode, an open picker, the help).
type screenCase struct {
	name  string
	make  func(*screens.Context) screens.Screen
	keys  []string
	typed string // text typed after the keys
	shows string // on screen at 80×24, so that the real content is drawn
}

// everyScreen lists every screen there is, on the demo werkgroep, in the
// states that draw differently. A new screen belongs here.
func everyScreen(t testing.TB, path string, w sessions.Werkgroep) []screenCase {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ss, err := st.Sessions(w.ID)
	if err != nil || len(ss) < 4 {
		t.Fatalf("demo sessions: %v", err)
	}
	cs, err := st.Contributions(ss[0].ID)
	if err != nil || len(cs) == 0 {
		t.Fatalf("demo contributions: %v", err)
	}
	wg := w
	inStep := 0 // the session screen counts what was captured in the step shown
	for _, c := range cs {
		if c.StepID == ss[0].Steps[0].ID {
			inStep++
		}
	}
	s1, s2 := ss[0].ID, ss[1].ID
	long := strings.Repeat("een heel lange bijdrage zonder einde ", 30)
	themes := stepOfKind(t, ss[1], sessions.StepThemes)
	voting, s4 := stepOfKind(t, ss[3], sessions.StepVoting), ss[3].ID
	return []screenCase{
		{name: "home", shows: "Visie & Participatie (voorbeeld)", make: nil},
		{name: "home with help", shows: nl.T("help.title"), make: nil, keys: []string{"?"}},
		{name: "werkgroep", shows: say("wg.trekkers"), make: func(c *screens.Context) screens.Screen { return screens.NewWerkgroepScreen(c, w.ID) }},
		{name: "new werkgroep form", shows: nl.T("wgform.name"), make: func(c *screens.Context) screens.Screen { return screens.NewWerkgroepForm(c, nil) }, typed: long},
		{name: "edit werkgroep form", shows: nl.T("wgform.title.edit", w.Name), make: func(c *screens.Context) screens.Screen { return screens.NewWerkgroepForm(c, &wg) }},
		{name: "session: capture", shows: nl.T("session.input"), make: func(c *screens.Context) screens.Screen { return screens.NewSessionScreen(c, w.ID, s1) }, typed: long},
		{name: "session: list", shows: captured(inStep), make: func(c *screens.Context) screens.Screen { return screens.NewSessionScreen(c, w.ID, s1) }, keys: []string{"esc"}},
		{name: "session: presenting", shows: ss[0].Steps[0].Title, make: func(c *screens.Context) screens.Screen { return screens.NewSessionScreen(c, w.ID, s1) }, keys: []string{"f5"}},
		{name: "session: who picker", shows: nl.T("session.pick.who"), make: func(c *screens.Context) screens.Screen { return screens.NewSessionScreen(c, w.ID, s1) }, keys: []string{"tab"}},
		{name: "session: help", shows: nl.T("help.title"), make: func(c *screens.Context) screens.Screen { return screens.NewSessionScreen(c, w.ID, s1) }, keys: []string{"esc", "?"}},
		{name: "session 2 with look-back", shows: nl.T("session.n", 2), make: func(c *screens.Context) screens.Screen { return screens.NewSessionScreen(c, w.ID, s2) }},
		{name: "look-back", shows: nl.T("lookback.title", 2), make: func(c *screens.Context) screens.Screen { return screens.NewLookBack(c, w.ID, s2) }},
		{name: "session details", shows: nl.T("details.heading", 1), make: func(c *screens.Context) screens.Screen { return screens.NewSessionDetails(c, s1) }},
		{name: "agenda", shows: say("agenda.total"), make: func(c *screens.Context) screens.Screen { return screens.NewAgenda(c, w.ID, s1) }},
		{name: "participants", shows: say("people.count"), make: func(c *screens.Context) screens.Screen { return screens.NewParticipants(c, w.ID, s1) }},
		{name: "decisions and actions", shows: say("actions.decisions.title"), make: func(c *screens.Context) screens.Screen { return screens.NewActions(c, w.ID, s1) }},
		{name: "actions: earlier", shows: say("actions.earlier.title"), make: func(c *screens.Context) screens.Screen { return screens.NewActions(c, w.ID, s2) }, keys: []string{"o"}},
		{name: "tension schema", shows: nl.T("schema.mode.place"), make: func(c *screens.Context) screens.Screen { return screens.NewSchema(c, w.ID, s1) }},
		{name: "outcome form", shows: nl.T("oc.title"), make: func(c *screens.Context) screens.Screen { return screens.NewOutcomeForm(c, cs[0]) }, keys: []string{"3", "tab"}, typed: long},
		{name: "review", shows: fragments("review.count")[0], make: func(c *screens.Context) screens.Screen { return screens.NewReview(c, w.ID) }},
		{name: "export", shows: say("export.preview"), make: func(c *screens.Context) screens.Screen { return screens.NewExport(c, w.ID, 1) }},
		{name: "present (werkgroep present)", shows: ss[0].Steps[2].Title, make: func(c *screens.Context) screens.Screen {
			// it follows a lead: another program at session 1's schema step
			if err := c.Store.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: s1, StepID: ss[0].Steps[2].ID, Program: "elders"}); err != nil {
				t.Fatal(err)
			}
			return screens.NewRoomPresent(c, w.ID)
		}},
		{name: "present on a themes step", shows: "Luisteren en gehoord worden", make: func(c *screens.Context) screens.Screen {
			if err := c.Store.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: s2, StepID: themes, Program: "elders"}); err != nil {
				t.Fatal(err)
			}
			return screens.NewRoomPresent(c, w.ID)
		}},
		{name: "present on a voting step", shows: "Betaald werk", make: func(c *screens.Context) screens.Screen {
			if err := c.Store.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: s4, StepID: voting, Program: "elders"}); err != nil {
				t.Fatal(err)
			}
			return screens.NewRoomPresent(c, w.ID)
		}},
		{name: "session: the projector blank", shows: "Beamer: zwart", make: func(c *screens.Context) screens.Screen { return screens.NewSessionScreen(c, w.ID, s1) }, keys: []string{"f6"}},
		{name: "themes", shows: nl.T("themes.themes"), make: func(c *screens.Context) screens.Screen { return screens.NewThemes(c, w.ID, s2, themes) }},
		{name: "themes: naming", shows: nl.T("themes.name.new"), make: func(c *screens.Context) screens.Screen { return screens.NewThemes(c, w.ID, s2, themes) }, keys: []string{"space", "n"}, typed: long},
		{name: "themes: merging", shows: nl.T("themes.merge.hint")[:20], make: func(c *screens.Context) screens.Screen { return screens.NewThemes(c, w.ID, s2, themes) }, keys: []string{"tab", "m"}},
		{name: "themes: sessions", shows: nl.T("themes.sources")[:20], make: func(c *screens.Context) screens.Screen { return screens.NewThemes(c, w.ID, s2, themes) }, keys: []string{"b"}},
		{name: "themes: projector", shows: "Luisteren en gehoord worden", make: func(c *screens.Context) screens.Screen { return screens.NewThemes(c, w.ID, s2, themes) }, keys: []string{"f5"}},
		{name: "voting", shows: nl.T("votes.options"), make: func(c *screens.Context) screens.Screen { return screens.NewVotes(c, w.ID, s4, voting) }},
		{name: "voting: stickers", shows: nl.T("votes.mode.stickers"), make: func(c *screens.Context) screens.Screen { return screens.NewVotes(c, w.ID, s4, voting) }, keys: []string{"s"}},
		{name: "voting: results", shows: nl.T("votes.results"), make: func(c *screens.Context) screens.Screen { return screens.NewVotes(c, w.ID, s4, voting) }, keys: []string{"r"}},
		{name: "voting: new option", shows: nl.T("votes.add.title")[:12], make: func(c *screens.Context) screens.Screen { return screens.NewVotes(c, w.ID, s4, voting) }, keys: []string{"n"}, typed: long},
		{name: "voting: projector", shows: "Betaald werk", make: func(c *screens.Context) screens.Screen { return screens.NewVotes(c, w.ID, s4, voting) }, keys: []string{"f5"}},
	}
}

// stepOfKind is the demo's step of a kind in a session: the demo holds a
// themes step in session 2 and a voting step in session 4.
func stepOfKind(t testing.TB, se sessions.Session, kind sessions.StepKind) sessions.ID {
	t.Helper()
	for _, s := range se.Steps {
		if s.Kind == kind {
			return s.ID
		}
	}
	t.Fatalf("the demo's session %d has no %s step", se.Number, kind)
	return 0
}

var (
	widths  = []int{20, 21, 30, 39, 40, 41, 50, 60, 79, 80, 81, 99, 100, 120, 160, 200, 250, 300}
	heights = []int{5, 6, 9, 10, 11, 12, 15, 16, 20, 23, 24, 25, 30, 40, 50, 60, 80, 100}
)

// open builds the screen case in an app at 80×24, in its state.
func (c screenCase) open(t testing.TB, path string) *app {
	a := newApp(t, path, c.make, 80, 24)
	a.key(c.keys...)
	if c.typed != "" {
		a.typeText("Een begin ")
		a.send(tea.PasteMsg{Content: c.typed})
	}
	return a
}

// TestEveryScreenAtEverySize draws every screen at sizes from 20×5 to
// 300×100: no panic, no line wider than the terminal, no more lines than
// it has; below the screen's minimum a calm notice, at or above it never.
func TestEveryScreenAtEverySize(t *testing.T) {
	t.Chdir(t.TempDir()) // the export screen offers a file here
	path, w := demoFile(t)
	for _, c := range everyScreen(t, path, w) {
		t.Run(c.name, func(t *testing.T) {
			a := c.open(t, path)
			if plain := a.checkFrame(c.name); !strings.Contains(plain, c.shows) {
				t.Fatalf("at 80×24 the screen does not show %q:\n%s", c.shows, plain)
			}
			for _, wd := range widths {
				for _, ht := range heights {
					a.resize(wd, ht)
					plain := a.checkFrame(c.name)
					mw, mh := 40, 10
					if sz, ok := a.root.Active().(screens.Sizer); ok {
						mw, mh = sz.MinSize()
					}
					notice := strings.Contains(plain, say("too.small")[:8])
					if small := wd < mw || ht < mh; small != notice {
						t.Errorf("%d×%d (minimum %d×%d): notice shown %v:\n%s", wd, ht, mw, mh, notice, plain)
					}
				}
			}
			// Still usable after all that: back at 80×24, a key works.
			a.resize(80, 24)
			a.key("down")
			a.checkFrame(c.name + " after resizing")
		})
	}
}

// TestRapidResizes drags the window through random sizes with keys in
// between, as fast as messages come: every frame fits.
func TestRapidResizes(t *testing.T) {
	t.Chdir(t.TempDir()) // enter on the export screen writes a file here
	path, w := demoFile(t)
	rng := rand.New(rand.NewPCG(5, 5))
	keys := []string{"down", "up", "tab", "esc", "enter", "right", "left", "a", "f5"}
	for _, c := range everyScreen(t, path, w) {
		t.Run(c.name, func(t *testing.T) {
			a := c.open(t, path)
			for range 150 {
				a.resize(20+rng.IntN(281), 5+rng.IntN(96))
				if rng.IntN(4) == 0 {
					a.key(keys[rng.IntN(len(keys))])
				}
				if a.quit {
					return
				}
				a.checkFrame(c.name)
			}
		})
	}
}
