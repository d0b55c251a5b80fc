package screens

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"werkgroep/sessions"
)

// hostedForm runs a huh form inside a screen, as CHARM.md advises: a
// fresh form per record, esc cancels, the screen reads the state after
// every update, and the size is set again on every resize. Huh's own help
// and error lines are off: the screen's key map is the help, and the
// screen shows the error on a line of its own that never scrolls away.
type hostedForm struct {
	form     *huh.Form
	keys     formKeys
	draftKey string // where half-typed text is kept, if anywhere
}

type formKeys struct {
	Next, Prev, Choose, Cancel key.Binding
}

func newFormKeys(c *Context) formKeys {
	return formKeys{
		Next:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("actions.form.key.next"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.T("actions.form.key.prev"))),
		Choose: key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", c.T("actions.form.key.choose"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("actions.form.key.cancel"))),
	}
}

func (k formKeys) keyMap() help.KeyMap {
	return keyMap{short: []key.Binding{k.Next, k.Prev, k.Cancel}, full: [][]key.Binding{{k.Next, k.Prev, k.Choose, k.Cancel}}}
}

// formOutcome is what became of a hosted form after an update.
type formOutcome int

const (
	formBusy formOutcome = iota
	formSubmitted
	formCancelled
)

func newHostedForm(c *Context, groups ...*huh.Group) *hostedForm {
	km := huh.NewDefaultKeyMap()
	km.Select.Filter.SetEnabled(false) // "/" and esc would fight over the form
	km.Text.Editor.SetEnabled(false)
	f := huh.NewForm(groups...).WithKeyMap(km).WithShowHelp(false).WithShowErrors(false)
	return &hostedForm{form: f, keys: newFormKeys(c)}
}

// SetSize fits the form in width × height cells.
func (h *hostedForm) SetSize(width, height int) {
	h.form.WithWidth(max(10, min(width, 76)))
	h.form.WithHeight(max(2, height))
}

func (h *hostedForm) Update(msg tea.Msg) (formOutcome, tea.Cmd) {
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(m, h.keys.Cancel) {
			return formCancelled, nil
		}
	case tea.PasteMsg:
		// The inputs drop ESC but keep the rest of a sequence ("[31m"):
		// clean the whole paste before they see it.
		msg = tea.PasteMsg{Content: cleanPaste(m.Content)}
	}
	m, cmd := h.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		h.form = f
	}
	switch h.form.State {
	case huh.StateCompleted:
		return formSubmitted, cmd
	case huh.StateAborted:
		return formCancelled, cmd
	}
	return formBusy, cmd
}

// cleanPaste is sessions.Clean that keeps one space where the pasted
// text began or ended with blank space, so that words do not run together.
func cleanPaste(s string) string {
	c := sessions.Clean(s)
	if c == "" {
		return c
	}
	if strings.TrimLeft(s, " \t\n") != s {
		c = " " + c
	}
	if strings.TrimRight(s, " \t\n") != s {
		c += " "
	}
	return c
}

// problem is the current field's validation message, or "".
func (h *hostedForm) problem() string {
	if errs := h.form.Errors(); len(errs) > 0 {
		return errs[0].Error()
	}
	return ""
}

// view draws a heading, the problem if any, and the form below them,
// never wider than width nor taller than height.
func (h *hostedForm) view(s Styles, heading string, width, height int) string {
	lines := []string{s.Title.Render(truncate(heading, width))}
	if p := h.problem(); p != "" {
		for _, l := range wrap("! "+p, width) {
			lines = append(lines, s.Error.Render(l))
		}
	} else {
		lines = append(lines, "")
	}
	for _, l := range strings.Split(h.form.View(), "\n") {
		lines = append(lines, truncate(l, width))
	}
	return strings.Join(lines[:min(len(lines), max(1, height))], "\n")
}

// dateCheck accepts an empty date or a real one written as YYYY-MM-DD.
func dateCheck(c *Context) func(string) error {
	return func(v string) error {
		v = sessions.CleanLine(v)
		if v == "" {
			return nil
		}
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return errors.New(c.T("actions.error.date", c.Now().Format("2006-01-02")))
		}
		return nil
	}
}

// requiredText rejects text that is empty once cleaned.
func requiredText(msg string) func(string) error {
	return func(v string) error {
		if sessions.Clean(v) == "" {
			return errors.New(msg)
		}
		return nil
	}
}
