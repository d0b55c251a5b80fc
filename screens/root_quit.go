package screens

import (
	"errors"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/sessions"
)

// Stopping keeps every screen's half-typed text as a draft first. When
// that fails (a full disk), ctrl+c does not stop at once: the text stays
// in memory, in its input, and the status line says so. A second ctrl+c
// tries once more and then stops anyway, so nobody is trapped; main then
// tries a last time and shows the text it could not save on the terminal
// (KeepDrafts). Any other key in between starts over.
//
// A signal from outside (the terminal window closed, kill) cannot wait
// for anyone: the drafts are saved at once, then the program stops.
// ctrl+z suspends the program, after saving the drafts too, since a
// suspended program may never be brought back.

// SignalMsg is a signal from outside that asks the program to stop
// (SIGHUP, SIGTERM, SIGINT), sent by main.
type SignalMsg struct{ Signal os.Signal }

// saveDrafts stores every screen's half-typed text now and returns the
// drafts that could not be stored, with the first error.
func (r *Root) saveDrafts() ([]sessions.Draft, error) {
	var unsaved []sessions.Draft
	var first error
	for _, s := range r.stack {
		d, ok := s.(Drafter)
		if !ok {
			continue
		}
		for _, dr := range d.Drafts() {
			if err := r.ctx.Store.SaveDraft(dr); err != nil {
				if dr.Text != "" {
					unsaved = append(unsaved, dr)
				}
				if first == nil {
					first = err
				}
			}
		}
	}
	return unsaved, first
}

// quit stops the program once the drafts are kept; see above.
func (r *Root) quit() tea.Cmd {
	unsaved, err := r.saveDrafts()
	if len(unsaved) == 0 || r.quitAnyway {
		return tea.Quit
	}
	r.quitAnyway = true
	cause := plainError(err)
	if text, ok := r.fileError(err); ok { // read-only or damaged, said plainly
		cause = text
		if r.ctx.damage() != nil {
			cause = r.ctx.T("file.damaged.cause")
		}
	}
	long, short := r.ctx.T("quit.unsaved", cause), r.ctx.T("quit.unsaved.short")
	var full interface{ NoRoom() bool }
	if errors.As(err, &full) && full.NoRoom() {
		long, short = r.ctx.T("quit.unsaved.full"), r.ctx.T("quit.unsaved.full.short")
	}
	r.status, r.isError = long, true
	if ansi.StringWidth(long) > r.width {
		r.status = short // the status line is one line: the short one fits 80 columns
	}
	return nil
}

// stopOnSignal keeps what it can and stops.
func (r *Root) stopOnSignal() tea.Cmd {
	r.saveDrafts()
	return tea.Quit
}

// suspend keeps the drafts and hands the terminal back to the shell;
// Bubble Tea restores it on fg. Without a shell to come back from (the
// program started as the terminal's own command, or on Windows) a stopped
// program could never be brought back, so ctrl+z only says so.
func (r *Root) suspend() tea.Cmd {
	if !r.ctx.CanSuspend {
		r.status, r.isError = r.ctx.T("suspend.none"), false
		return nil
	}
	r.saveDrafts()
	return tea.Suspend
}

// KeepDrafts stores every screen's half-typed text once the program has
// ended, however it ended (also when the terminal went away under it
// before the root heard why), and returns what could not be stored.
func (r *Root) KeepDrafts() []sessions.Draft {
	unsaved, _ := r.saveDrafts()
	return unsaved
}

// KeepDrafts is the root's KeepDrafts, for main once the program has
// ended; nothing after a panic (the model is frozen then).
func (g *Guard) KeepDrafts() (unsaved []sessions.Draft) {
	if g.Crash() != nil {
		return nil
	}
	k, ok := g.inner.(interface{ KeepDrafts() []sessions.Draft })
	if !ok {
		return nil
	}
	defer func() {
		if recover() != nil {
			unsaved = nil
		}
	}()
	return k.KeepDrafts()
}
