package main

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"werkgroep/screens"
	"werkgroep/serve"
	"werkgroep/store"
)

// serveApp makes the program of one SSH connection: the whole program
// (as runTUI starts it), or with `present` the projector's window (as
// runPresent), each on its own store handle of the one file, and told of
// changes by the hub's one feed when there is a hub (serve_hub.go).
func serveApp(path string, hub *serveHub) func(serve.Conn) (serve.App, string) {
	return func(c serve.Conn) (serve.App, string) {
		switch {
		case len(c.Command) == 0:
			return &servedTUI{starting: starting{path: path, lang: c.Lang, client: &c, hub: hub}}, ""
		case c.Command[0] == "present":
			return servePresent(path, c, hub)
		default:
			return nil, c.Lang.T("serve.command", strings.Join(c.Command, " "))
		}
	}
}

// servedTUI is the whole program for one connection.
type servedTUI struct{ starting }

func (m *servedTUI) Init() tea.Cmd { return m.starting.Init() }

// Close keeps what is being typed, as runTUI does when the program ends,
// and closes the connection's store handle and change feed.
func (m *servedTUI) Close() {
	if m.s.guard != nil {
		m.s.guard.KeepDrafts()
	}
	m.s.close()
}

// servedPresent is the projector's window for one connection.
type servedPresent struct {
	*screens.Guard
	st    *store.Store
	feed  *store.Watcher // without a hub
	unsub func()         // with one
}

func (m *servedPresent) Close() {
	if m.feed != nil {
		m.feed.Close()
	}
	if m.unsub != nil {
		m.unsub()
	}
	m.st.Close()
}

func servePresent(path string, c serve.Conn, hub *serveHub) (serve.App, string) {
	t := c.Lang
	st, err := store.Open(path)
	if err != nil {
		return nil, explainOpen(t, path, err)
	}
	name := strings.Join(c.Command[1:], " ")
	w, msg := chooseWerkgroep(st, name, t)
	if msg != "" {
		st.Close()
		return nil, msg
	}
	ctx := screens.NewContext(st, string(t.Lang))
	m := &servedPresent{st: st}
	if hub != nil {
		ctx.Changes, m.unsub = hub.subscribe()
	} else {
		m.feed = st.Watch()
		ctx.Changes = m.feed.C
	}
	ctx.NoColor = c.NoColor
	m.Guard = screens.NewGuard(screens.NewRoot(ctx, screens.NewRoomPresent(ctx, w.ID)), t)
	return m, ""
}
