package main

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/i18n"
	"werkgroep/screens"
	"werkgroep/store"
)

// The first frame (PERFORMANCE.md) comes when Bubble Tea's renderer ticks
// for the first time, about 8 ms after it starts, and Bubble Tea spends a
// few milliseconds setting up the terminal before that. Everything the
// first screen needs is made beside that, on the other core, instead of
// before it: the file is opened, the screens are built and the home list
// is read in the background, and the model's Init waits for them.

// startup is what the background start made: an open store and the
// program's model, or why there is none.
type startup struct {
	st    *store.Store
	guard *screens.Guard
	err   error
}

// startInBackground opens the file at path and builds the screens on it.
// runTUI has checked the file with store.Check first, so an error here is
// rare (a file damaged inside, a full disk); it is reported after the
// terminal is given back.
func startInBackground(path string, t i18n.Catalog) <-chan startup {
	done := make(chan startup, 1)
	go func() {
		var s startup
		defer func() {
			if r := recover(); r != nil {
				if s.st != nil {
					s.st.Close()
				}
				s = startup{err: fmt.Errorf("%v", r)}
			}
			done <- s
		}()
		if s.st, s.err = store.Open(path); s.err != nil {
			return
		}
		ctx := screens.NewContext(s.st, string(t.Lang))
		home := screens.NewHome(ctx)
		s.guard = screens.NewGuard(screens.NewRoot(ctx, home), t)
		preload(home)
	}()
	return done
}

// preload reads the home list. A panic leaves the list unloaded: the
// home screen's Init then loads it under the guard, as without preload.
func preload(home *screens.Home) {
	defer func() { recover() }()
	home.Preload()
}

// warmWidths builds the renderer's character-width table. Bubble Tea
// measures cells with go-runewidth, which fills a 2 MB table the first time
// it meets a character above U+02FF: 5 to 10 ms on a slow machine, much of
// it page faults. The home screen draws no such character (its cursor is
// "»", not "›"), so the table is built after the first frame, before the
// next screen needs it (PERFORMANCE.md). A home screen that does show one
// (a name with a dash "–") still works: the renderer then builds the table
// itself, or waits for this.
func warmWidths() { ansi.WcWidth.StringWidth("—") }

// starting is the program's first model. Its Init waits for the
// background start; from the first message on, the guard it made is the
// model. When the start failed, it quits without drawing anything.
type starting struct {
	ready  <-chan startup
	s      startup
	got    bool
	warmed bool
}

// result is the background start, waited for if Init has not run (when
// Bubble Tea could not take the terminal).
func (m *starting) result() startup {
	if !m.got {
		m.s, m.got = <-m.ready, true
	}
	return m.s
}

func (m *starting) Init() tea.Cmd {
	if m.result().err != nil {
		return tea.Quit
	}
	return m.s.guard.Init()
}

func (m *starting) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.s.guard == nil {
		return m, nil
	}
	return m.s.guard.Update(msg)
}

func (m *starting) View() tea.View {
	if m.s.guard == nil {
		return tea.View{}
	}
	v := m.s.guard.View()
	if !m.warmed {
		m.warmed = true
		go warmWidths() // after the first frame's view: see warmWidths
	}
	return v
}
