package screens

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

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
	// What a frame measured that the next one mostly draws again: the
	// lines that fit the width (fits, at fitsWidth), and the footer of
	// keys for the keys and width it was made for (keysFor). Measuring the
	// cells of every line and key was half of drawing a frame.
	fits      map[string]struct{}
	fitsWidth int
	keys      string
	keysFor   string
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

// clamp cuts s to at most h lines of at most w cells, measuring only the
// lines that are long in bytes and that the frame before did not
// find to fit: a change elsewhere changes a few lines of the screen.
func (d *drawnFrame) clamp(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	was := d.fits
	if d.fitsWidth != w {
		was = nil
	}
	d.fits, d.fitsWidth = make(map[string]struct{}, len(lines)), w
	for i, l := range lines {
		if len(l) <= w {
			continue
		}
		if _, ok := was[l]; ok {
			d.fits[l] = struct{}{}
			continue
		}
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
			continue
		}
		d.fits[l] = struct{}{}
	}
	return strings.Join(lines, "\n")
}

// footer is the line of keys, drawn again only when the keys, their
// words or the width changed.
func (d *drawnFrame) footer(r *Root, keys []key.Binding) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(r.width))
	for _, k := range keys {
		h := k.Help()
		b.WriteByte(0)
		if k.Enabled() {
			b.WriteByte(1)
		}
		b.WriteString(h.Key)
		b.WriteByte(0)
		b.WriteString(h.Desc)
	}
	if id := b.String(); id != d.keysFor || d.keys == "" {
		d.keys = r.ctx.Styles.Footer.Render(truncate(r.help.ShortHelpView(keys), r.width))
		d.keysFor = id
	}
	return d.keys
}
