package main

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/screens"
)

// The first frame (PERFORMANCE.md) waits for the home list and for the
// renderer's first tick. Bubble Tea spends a few milliseconds setting up
// the terminal before it asks the model for anything, and then waits for
// its tick: the work below runs beside that instead of before it.

// preload reads the home list in the background and closes the channel
// when it is there. A panic leaves the list unloaded: Init then loads it
// under the guard, as without preload.
func preload(home *screens.Home) <-chan struct{} {
	ready := make(chan struct{})
	go func() {
		func() {
			defer close(ready)
			defer func() { recover() }()
			home.Preload()
		}()
		warmWidths()
	}()
	return ready
}

// warmWidths builds the renderer's character-width table before the first
// tick needs it. Bubble Tea measures cells with go-runewidth, which fills
// a 2 MB table the first time it meets a character above U+02FF (the home
// list's "›" is one): about 10 ms on a slow machine, on the first frame's
// path unless it is done by then.
func warmWidths() { ansi.WcWidth.StringWidth("›") }

// afterPreload is the program's model; its Init waits for the preload, so
// that the first frame shows the list.
type afterPreload struct {
	*screens.Guard
	ready <-chan struct{}
}

func (m afterPreload) Init() tea.Cmd {
	<-m.ready
	return m.Guard.Init()
}
