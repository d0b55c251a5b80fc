package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
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
type clash struct {
	ctx          *Context
	intro        string   // the plain sentence that says what happened
	theirs, mine []string // each version as lines, already in words
	gone         bool     // deleted meanwhile: there is no "theirs"
	canEdit      bool     // the record has text to go on editing
	keys         clashKeys
}

type clashKeys struct{ Theirs, Mine, Edit key.Binding }

func newClash(ctx *Context, intro string, theirs, mine []string, canEdit, gone bool) *clash {
	b := binder(ctx)
	k := clashKeys{
		Theirs: b([]string{"1"}, "1", "conflict.key.theirs"),
		Mine:   b([]string{"2"}, "2", "conflict.key.mine"),
		Edit:   b([]string{"3", "esc"}, "3/esc", "conflict.key.edit"),
	}
	if gone {
		k.Theirs = b([]string{"1"}, "1", "conflict.key.drop")
		k.Mine = b([]string{"2"}, "2", "conflict.key.new")
	}
	if !canEdit {
		k.Edit.SetEnabled(false)
	}
	return &clash{ctx: ctx, intro: intro, theirs: theirs, mine: mine, gone: gone, canEdit: canEdit, keys: k}
}

// Update reads a key; other keys are ignored so that nothing is chosen by
// a key meant for the screen below.
func (c *clash) Update(msg tea.KeyPressMsg) clashChoice {
	switch {
	case key.Matches(msg, c.keys.Theirs):
		return clashTheirs
	case key.Matches(msg, c.keys.Mine):
		return clashMine
	case key.Matches(msg, c.keys.Edit):
		return clashEdit
	}
	return clashNone
}

func (c *clash) bindings() []key.Binding {
	out := []key.Binding{c.keys.Theirs, c.keys.Mine}
	if c.canEdit {
		out = append(out, c.keys.Edit)
	}
	return out
}

// View is the question in at most height lines: the sentence, then both
// versions, each cut short to share what room there is.
func (c *clash) View(width, height int) string {
	st := c.ctx.Styles
	title := c.ctx.T("conflict.title")
	if c.gone {
		title = c.ctx.T("conflict.title.gone")
	}
	out := []string{st.Warn.Render(ruleLine(title, width))}
	intro := wrap(c.intro, width)
	parts := [][]string{c.mine}
	labels := []string{c.ctx.T("conflict.mine")}
	if !c.gone {
		parts = [][]string{c.theirs, c.mine}
		labels = []string{c.ctx.T("conflict.theirs"), c.ctx.T("conflict.mine")}
	}
	room := height - 1 - len(labels) // the title and a label for each version
	keepIntro := min(len(intro), max(1, room-2*len(parts)))
	out = append(out, intro[:keepIntro]...)
	room -= keepIntro
	for i, p := range parts {
		out = append(out, st.Bold.Render(truncate(labels[i], width)))
		lines := indentWrap(p, width)
		share := max(1, room/(len(parts)-i))
		if len(lines) > share {
			lines = append(lines[:share-1], truncate(lines[share-1], width-1)+"…")
		}
		out = append(out, lines...)
		room -= len(lines)
	}
	if len(out) > height {
		out = out[:max(height, 0)]
	}
	return strings.Join(out, "\n")
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
