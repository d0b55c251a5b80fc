package screens

import (
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// copier is a store that can keep a copy of its whole file (store.Store:
// KeepCopy, in a folder beside the data file, the last ten kept).
type copier interface {
	KeepCopy(label string, at time.Time) (string, error)
}

// keepCopy makes a copy of the data file when a session starts (planned →
// running), so that a mistake during the session can be undone by going
// back to it (README). It runs off the update path, on a connection of its
// own, so typing goes on meanwhile; how it went is a status line, and a
// copy that fails never stops the session. The status line it sets starts
// with notice, the status line the start itself set (if any), as it
// replaces it a moment later. name is the werkgroep's name when the screen
// has it: then the copy does not wait for the store's connection, which the
// screen's own writes (a draft, the next entry) use meanwhile.
func keepCopy(ctx *Context, werkgroep sessions.ID, name string, number int, notice string) tea.Cmd {
	c, ok := ctx.Store.(copier)
	if !ok {
		return nil
	}
	st, at := ctx.Store, ctx.Now()
	return func() tea.Msg {
		if name == "" {
			if w, err := st.Werkgroep(werkgroep); err == nil {
				name = w.Name
			}
		}
		p, err := c.KeepCopy(name+" "+ctx.T("copy.label")+" "+itoa(number), at)
		// The folder beside the data file and the copy's name: the home
		// screen and ? say where the data file is.
		text := ctx.T("copy.made", filepath.Join(filepath.Base(filepath.Dir(p)), filepath.Base(p)))
		if err != nil {
			text = ctx.T("copy.failed", plainCause(err))
		}
		if notice != "" {
			text = notice + " " + text
		}
		return StatusMsg{Text: text}
	}
}

// starts reports whether a session's status change from was to now starts
// it, and so calls for a copy first.
func starts(was, now sessions.SessionStatus) bool {
	return was == sessions.Planned && now == sessions.Running
}
