package main

import (
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/i18n"
	"werkgroep/screens"
	"werkgroep/serve"
	"werkgroep/store"
)

// The first frame (PERFORMANCE.md) is drawn at the renderer's first tick,
// 8.3 ms after Bubble Tea starts the renderer, whatever the program does
// in between. So the program does its own start-up there: Bubble Tea sets
// up the terminal first, alone on the machine, and calls Init right after
// it starts the renderer; Init opens the file, builds the screens and reads
// the home list (about 5 ms), and the first view is ready before the tick.
// Before the terminal is taken, runTUI only checks the file (store.Check),
// so that a file it must refuse is refused in plain words on stderr.

// startup is what Init made: an open store and the program's model, or
// why there is none: the file could not be opened (err), or the start-up
// itself panicked (crash, reported as the guard reports a panic).
type startup struct {
	st      *store.Store
	feed    *store.Watcher // the change feed (screens.ChangedMsg)
	unsub   func()         // werkgroep serve: ends the connection's share of the server's feed
	program string         // this program's id, as it leads (screens.Context)
	guard   *screens.Guard
	err     error
	crash   *screens.Crash
	web     *phoneWeb // the participants' page, served from here once a session is opened to phones
}

// failed reports whether there is no program to run.
func (s startup) failed() bool { return s.err != nil || s.crash != nil }

// start opens the file at path and builds the screens on it, with the
// home list read. runTUI has checked the file with store.Check first, so
// an error here is rare (a file damaged inside, a WAL that cannot be
// made); it is reported after the terminal is given back.
func start(path string, t i18n.Catalog, client *serve.Conn, hub *serveHub) (s startup) {
	defer func() {
		if r := recover(); r != nil {
			s.close()
			s = startup{crash: screens.NewCrash("start", r)}
		}
	}()
	if s.st, s.err = store.Open(path); s.err != nil {
		return s
	}
	if os.Getenv("WERKGROEP_CRASH_TEST") == "start" { // for the reliability tests (screens.NewGuard)
		panic("must not be written: " + path)
	}
	ctx := screens.NewContext(s.st, string(t.Lang))
	ctx.CanSuspend = client == nil && canSuspend() // suspend_unix.go; over SSH there is no shell to go to
	// werkgroep serve: the connection's person and terminal
	if client != nil {
		s.st.SetPerson(client.Key) // store/person.go
		ctx.NoColor = client.NoColor
	}
	if hub != nil { // werkgroep serve: the server's one feed, and reads shared (serve_hub.go)
		ctx.Changes, s.unsub = hub.subscribe()
		ctx.Shared = hub.shared
	} else {
		s.feed = s.st.Watch()
		ctx.Changes = s.feed.C
	}
	s.program = ctx.Program
	ctx.File = s.st
	switch {
	case client == nil: // the laptop's own program serves the page itself
		s.web = newPhoneWeb(path, defaultWebAddr, string(t.Lang))
		ctx.Web = s.web.start
	case servedPage != nil: // a connection of werkgroep serve --web
		ctx.Web = servedPage.start
	}
	home := screens.NewHome(ctx)
	root := screens.NewRoot(ctx, home)
	root.OpenNotice(openNotice(t, s.st))
	s.guard = screens.NewGuard(root, t)
	preload(home)
	return s
}

// close ends the change feed and closes the file, as far as they were
// opened.
func (s startup) close() {
	if s.web != nil {
		s.web.close()
	}
	if s.feed != nil {
		s.feed.Close()
	}
	if s.unsub != nil {
		s.unsub()
	}
	if s.st != nil {
		s.st.EndLeads(s.program) // a failure only leaves the others to find it gone
		s.st.Close()
	}
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
// "»", not "›"), so the table is built once the first frame is out
// (warmAfter), before the next screen needs it (PERFORMANCE.md). A home
// screen that does show one (a name with a dash "–") still works: the
// renderer then builds the table itself, or waits for this.
func warmWidths() { ansi.WcWidth.StringWidth("—") }

// warmAfter is how long after Init the width table is built: after the
// first frame (at most a tick and a flush after Init on any machine this
// runs on), long before anyone can have opened another screen.
const warmAfter = 60 * time.Millisecond

// starting is the program's first model. Its Init starts the program;
// from the first message on, the guard it made is the model. When the
// start failed, it quits without drawing anything.
type starting struct {
	path   string
	lang   i18n.Catalog
	client *serve.Conn // a connection of werkgroep serve; nil in a terminal
	hub    *serveHub   // what the connections of werkgroep serve share; nil in a terminal
	s      startup
}

func (m *starting) Init() tea.Cmd {
	m.s = start(m.path, m.lang, m.client, m.hub)
	if m.s.failed() {
		return tea.Quit
	}
	time.AfterFunc(warmAfter, warmWidths)
	return tea.Batch(m.s.guard.Init(), quickCheck(m.s.st))
}

// checkAfter is when SQLite's quick check of the whole file starts: well
// after the first frame (warmAfter), so that it never delays it. It reads
// every page on a connection of its own (store.QuickCheck), so the
// program goes on meanwhile; on the large demo it takes 20 to 100 ms on
// two busy cores.
const checkAfter = 250 * time.Millisecond

// quickCheck checks the file in the background; damage it finds is shown
// by the frame on every screen from then on (screens.FileCheckedMsg).
func quickCheck(st *store.Store) tea.Cmd {
	return func() tea.Msg {
		time.Sleep(checkAfter)
		return screens.FileCheckedMsg{Err: st.QuickCheck()}
	}
}

// openNotice is what is said once, in the status line, about how the
// file was opened: made private (or that it could not be), else
// read-only, which the header goes on saying on every screen.
func openNotice(t i18n.Catalog, st *store.Store) string {
	if msg := modeNotice(t, st); msg != "" {
		return msg
	}
	if st.ReadOnly() {
		return t.T("file.readonly.open")
	}
	return ""
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
	return m.s.guard.View()
}
