package screens

import (
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// Screen is what every screen implements, so that help, resizing and
// navigation work the same everywhere.
type Screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) (Screen, tea.Cmd)
	View() string
	SetSize(width, height int)
	// KeyMap is the screen's keys; the footer and ? are built from it.
	KeyMap() help.KeyMap
	// Typing reports whether a text input has the keys, so that q and ?
	// are typed instead of acted on.
	Typing() bool
	// Title names the screen in the header.
	Title() string
}

// Drafter is a screen with half-typed text worth keeping when the program
// quits (ctrl+c). The root stores its drafts before it exits.
type Drafter interface {
	Drafts() []sessions.Draft
}

// FullScreener is a screen that can take the whole window, without the
// frame (the presentation view).
type FullScreener interface {
	FullScreen() bool
}

// Sizer is a screen that needs more room than the root's minimum.
type Sizer interface {
	MinSize() (width, height int)
}

// Context is what every screen shares: the data, the language of the
// chrome, the styles, and the clock (pinned in tests).
type Context struct {
	Store  sessions.Store
	Lang   i18n.Catalog
	Styles Styles
	Now    func() time.Time
	// Tick schedules a message after d: tea.Tick, or nothing in tests,
	// which send the tick messages themselves.
	Tick func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
	// CanSuspend: ctrl+z can hand the terminal to a shell that brings the
	// program back with fg (main checks; root_quit.go).
	CanSuspend bool
	// Changes is the program's change feed (store.Watcher): a value when
	// another program committed to the file. Nil in tests, which send
	// ChangedMsg themselves.
	Changes <-chan struct{}
	// Program names this program among those on the file (who leads).
	Program string
	// File is what the frame says about the data file (read-only,
	// damaged); nil when there is nothing to say (tests). file.go.
	File FileState
	// NoColor: the person asked for no colour (NO_COLOR), so marks that
	// colour tells apart get shapes instead. Over SSH it is the client's.
	NoColor bool
	// LightBackground: the terminal said its background is light (its
	// answer to the program's question at the start, BackgroundColorMsg).
	// With NoColor the QR code (qr.go) then draws its dark modules, so
	// that it is dark on light on any theme.
	LightBackground bool
	// Web serves the participants' page (package web) in this program,
	// starting it on first use, and gives its addresses; nil where the
	// program cannot serve it (tests, an SSH connection without
	// werkgroep serve --web). screens/phones.go.
	Web func() ([]string, error)
	// Shared: the reads that the programs of one werkgroep serve share
	// (shared.go); nil in a program of its own.
	Shared *SharedReads

	nav     []navOp       // navigation asked for in the current Update
	observe func(tea.Msg) // sees each Push and Pop, in tests
}

// T is the chrome's text for key, in the chosen language.
func (c *Context) T(key string, args ...any) string { return c.Lang.T(key, args...) }

// NewContext builds a context for a store and chrome language.
func NewContext(st sessions.Store, lang string) *Context {
	return &Context{Store: st, Lang: i18n.For(lang), Styles: NewStyles(), Now: time.Now, Tick: tea.Tick,
		Program: sessions.NewProgramID(), NoColor: os.Getenv("NO_COLOR") != ""}
}
