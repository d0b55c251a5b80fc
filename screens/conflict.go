package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// When two programs on one file change the same record, the later save
// stores nothing and returns the record as stored now
// (sessions/changed.go). A change to other fields of it is merged without
// asking; when both changed the same field, the screen shows a clash: in
// plain words that someone else changed it meanwhile, both versions, and
// the choices. Nothing the person made is dropped unless they choose so.
// A record deleted meanwhile is a clash too, with "save mine as new".

// clashChoice is what the person chose in a clash.
type clashChoice int

const (
	clashNone   clashChoice = iota // not chosen yet
	clashTheirs                    // keep the stored version (or, when gone, let mine go)
	clashMine                      // save mine over it (or, when gone, as a new one)
	clashEdit                      // go on editing, starting from mine
)

// clash is the question; the screen that owns it carries out the choice.
// The choice is made with the arrows and enter, not with one letter or
// digit: someone typing fast (the next entry, the next point on the
// schema) when the question appears would otherwise choose by accident.
// The choice that starts selected, and esc, lose nothing: go on with
// mine where there is text, else keep theirs.
type clash struct {
	ctx          *Context
	intro        string   // the plain sentence that says what happened
	theirs, mine []string // each version as lines, already in words
	gone         bool     // deleted meanwhile: there is no "theirs"
	canEdit      bool     // the record has text to go on editing
	options      []clashChoice
	at           int // the option selected
	keys         clashKeys
}

type clashKeys struct{ Up, Down, Choose, Safe key.Binding }

func newClash(ctx *Context, intro string, theirs, mine []string, canEdit, gone bool) *clash {
	b := binder(ctx)
	c := &clash{ctx: ctx, intro: intro, theirs: theirs, mine: mine, gone: gone, canEdit: canEdit,
		options: []clashChoice{clashTheirs, clashMine}}
	safe := "conflict.key.theirs"
	if gone {
		safe = "conflict.key.drop"
	}
	if canEdit {
		c.options = append(c.options, clashEdit)
		c.at, safe = 2, "conflict.key.edit"
	}
	c.keys = clashKeys{
		Up:     b([]string{"up", "left", "shift+tab"}, "↑/↓", "conflict.key.move"),
		Down:   b([]string{"down", "right", "tab"}, "↓", "conflict.key.move"),
		Choose: b([]string{"enter"}, "enter", "conflict.key.choose"),
		Safe:   b([]string{"esc"}, "esc", safe),
	}
	return c
}

// label is an option in words.
func (c *clash) label(o clashChoice) string {
	switch {
	case o == clashTheirs && c.gone:
		return c.ctx.T("conflict.key.drop")
	case o == clashTheirs:
		return c.ctx.T("conflict.key.theirs")
	case o == clashMine && c.gone:
		return c.ctx.T("conflict.key.new")
	case o == clashMine:
		return c.ctx.T("conflict.key.mine")
	}
	return c.ctx.T("conflict.key.edit")
}

// Update reads a key; other keys are ignored, so that nothing is chosen
// by a key meant for the screen below.
func (c *clash) Update(msg tea.KeyPressMsg) clashChoice {
	switch {
	case key.Matches(msg, c.keys.Up):
		c.at = (c.at + len(c.options) - 1) % len(c.options)
	case key.Matches(msg, c.keys.Down):
		c.at = (c.at + 1) % len(c.options)
	case key.Matches(msg, c.keys.Choose):
		return c.options[c.at]
	case key.Matches(msg, c.keys.Safe):
		return c.options[len(c.options)-1]
	}
	return clashNone
}

func (c *clash) bindings() []key.Binding {
	return []key.Binding{c.keys.Up, c.keys.Choose, c.keys.Safe}
}

// optionLines are the choices, one a line, or on a low screen only the
// selected one between arrows.
func (c *clash) optionLines(width int, low bool) []string {
	st := c.ctx.Styles
	if low {
		l := fmt.Sprintf("◂ %s ▸ (%d/%d)", c.label(c.options[c.at]), c.at+1, len(c.options))
		return []string{st.Selected.Render(truncate(l, width))}
	}
	out := []string{""}
	for i, o := range c.options {
		if i == c.at {
			out = append(out, st.Selected.Render(truncate(cursorMark+c.label(o), width)))
		} else {
			out = append(out, "  "+truncate(c.label(o), width-2))
		}
	}
	return out
}

// View is the question in at most height lines: the sentence, both
// versions, each cut short to share what room there is, and the choices,
// which always show.
func (c *clash) View(width, height int) string {
	st := c.ctx.Styles
	title := c.ctx.T("conflict.title")
	if c.gone {
		title = c.ctx.T("conflict.title.gone")
	}
	parts := [][]string{c.mine}
	labels := []string{c.ctx.T("conflict.mine")}
	if !c.gone {
		parts = [][]string{c.theirs, c.mine}
		labels = []string{c.ctx.T("conflict.theirs"), c.ctx.T("conflict.mine")}
	}
	// the title, a label and a line for each version, the choices
	low := height < 1+2*len(parts)+1+len(c.options)+1
	options := c.optionLines(width, low)
	room := height - len(options) - 1 - len(labels) // the title and the labels
	wrapped := make([][]string, len(parts))
	need := 0
	for i, p := range parts {
		wrapped[i] = indentWrap(p, width)
		need += len(wrapped[i])
	}
	if need > room-1 && !c.gone { // short of room: what both say alike goes
		wrapped[0], wrapped[1] = sameDropped(wrapped[0], wrapped[1])
		need = len(wrapped[0]) + len(wrapped[1])
	}
	out := []string{st.Warn.Render(ruleLine(title, width))}
	intro := wrap(c.intro, width)
	keepIntro := min(len(intro), max(0, room-need)) // the title says it too
	if keepIntro < len(intro) && keepIntro > 0 {
		intro[keepIntro-1] = ansi.Truncate(intro[keepIntro-1], width-1, "") + "…"
	}
	out = append(out, intro[:keepIntro]...)
	room -= keepIntro
	for i, lines := range wrapped {
		out = append(out, st.Bold.Render(truncate(labels[i], width)))
		share := max(1, room/(len(parts)-i))
		if len(lines) > share {
			lines = append(lines[:share-1], ansi.Truncate(lines[share-1], width-1, "")+"…")
		}
		out = append(out, lines...)
		room -= len(lines)
	}
	if max(0, height-len(options)) < len(out) {
		out = out[:max(0, height-len(options))]
	}
	out = append(out, options...)
	return strings.Join(out, "\n")
}

// sameDropped leaves out the lines two versions have alike, in the same
// place, so that what differs shows on a small screen; a line after a
// gap starts with "…" instead of its indent. When they are alike
// throughout, both stay whole.
func sameDropped(a, b []string) ([]string, []string) {
	var x, y []string
	gap := false
	for i := range max(len(a), len(b)) {
		if i < len(a) && i < len(b) && a[i] == b[i] {
			gap = true
			continue
		}
		if i < len(a) {
			x = append(x, afterGap(a[i], gap))
		}
		if i < len(b) {
			y = append(y, afterGap(b[i], gap))
		}
		gap = false
	}
	if len(x) == 0 && len(y) == 0 {
		return a, b
	}
	return x, y
}

func afterGap(line string, gap bool) string {
	if rest, ok := strings.CutPrefix(line, "  "); ok && gap {
		return "… " + rest
	}
	return line
}

// noteOr is the notice that a change made elsewhere was merged, when
// there is one, else text: the status line shows one message.
func noteOr(merged tea.Cmd, text string) tea.Cmd {
	if merged != nil {
		return merged
	}
	return Notify(text)
}

// indentWrap wraps each line two cells in, for a version under its label.
func indentWrap(lines []string, width int) []string {
	var out []string
	for _, l := range lines {
		for _, w := range wrap(l, max(1, width-2)) {
			out = append(out, "  "+w)
		}
	}
	return out
}
