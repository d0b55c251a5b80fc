package screens

import tea "charm.land/bubbletea/v2"

// Bubble Tea draws the whole frame after every message (View), and a
// following program gets two messages for each change made elsewhere: the
// change feed's, on which the screen only starts reading the file in a
// command, and the read's answer, which changes what it shows. With
// twenty people on werkgroep serve that first frame, the same as the one
// before it, was a fifth of the server's work (PERFORMANCE.md). So the
// root keeps its last frame across a change feed's message when the
// screen on top says that such a message changes nothing it draws
// (drawsLater), and draws again after any other message.

// drawsLater is a screen whose ChangedMsg only starts a read in a
// command: what it draws stays as it is until the read's answer comes.
type drawsLater interface{ DrawsAfterRead() }

type drawnFrame struct {
	frame string
	ok    bool
	// for keepFor: what the frame depends on besides the screens
	top    Screen
	notice int
}

// keepFor says, before msg is handled, whether the frame may stay.
func (d *drawnFrame) keepFor(r *Root, msg tea.Msg) bool {
	if _, ok := msg.(feedMsg); !ok || !d.ok {
		return false
	}
	if _, ok := r.top().(drawsLater); !ok {
		return false
	}
	d.top, d.notice = r.top(), len(r.notice)
	return true
}

// after drops the frame unless it may stay and the message changed
// neither the screen on top nor the frame's notice.
func (d *drawnFrame) after(r *Root, keep bool) {
	if !keep || r.top() != d.top || len(r.notice) != d.notice {
		d.ok = false
	}
	d.top = nil
}
