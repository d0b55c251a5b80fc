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

// Who owns an action, as chosen in the form: a participant's ID, or one
// of these.
const (
	ownerNobody sessions.ID = 0
	ownerOther  sessions.ID = -1
)

// actionForm edits one action: what, who, by when, status. The actions
// screen and the look-back share it.
type actionForm struct {
	*hostedForm
	action           sessions.Action
	what, other, due string
	who              sessions.ID
	status           sessions.ActionStatus
}

// newActionForm edits a, starting from what (a.What, or a kept draft).
func newActionForm(c *Context, a sessions.Action, people []sessions.Participant, what string) *actionForm {
	f := &actionForm{action: a, what: what, other: a.OwnerText, due: a.Due, status: a.Status}
	opts := []huh.Option[sessions.ID]{huh.NewOption(c.T("actions.who.nobody"), ownerNobody)}
	for _, p := range people {
		opts = append(opts, huh.NewOption(sessions.CleanLine(p.Name), p.ID))
		if p.ID == a.OwnerID {
			f.who = p.ID
		}
	}
	opts = append(opts, huh.NewOption(c.T("actions.who.other"), ownerOther))
	if f.who == ownerNobody && a.OwnerText != "" {
		f.who = ownerOther
	}
	statuses := make([]huh.Option[sessions.ActionStatus], 0, 3)
	for _, st := range []sessions.ActionStatus{sessions.ActionOpen, sessions.ActionDone, sessions.ActionDropped} {
		statuses = append(statuses, huh.NewOption(actionWord(c, st), st))
	}
	// Value before Options: Options would otherwise overwrite the value
	// with the first option.
	f.hostedForm = newHostedForm(c,
		huh.NewGroup(
			huh.NewInput().Title(c.T("actions.field.what")).CharLimit(1000).Value(&f.what).
				Validate(requiredText(c.T("actions.error.what"))),
			huh.NewSelect[sessions.ID]().Title(c.T("actions.field.who")).Value(&f.who).
				Options(opts...).Height(min(len(opts), 6)+1),
		),
		huh.NewGroup(
			huh.NewInput().Title(c.T("actions.field.other")).CharLimit(200).Value(&f.other).
				Validate(requiredText(c.T("actions.error.other"))),
		).WithHideFunc(func() bool { return f.who != ownerOther }),
		huh.NewGroup(
			huh.NewInput().Title(c.T("actions.field.due")).Description(c.T("actions.field.due.hint")).
				CharLimit(10).Value(&f.due).Validate(dateCheck(c)),
			huh.NewSelect[sessions.ActionStatus]().Title(c.T("actions.field.status")).Value(&f.status).Options(statuses...),
		),
	)
	return f
}

// result is the action as filled in, cleaned.
func (f *actionForm) result() sessions.Action {
	a := f.action
	a.What = sessions.CleanLine(f.what)
	a.Due = sessions.CleanLine(f.due)
	a.Status = f.status
	a.OwnerID, a.OwnerText = 0, ""
	switch f.who {
	case ownerNobody:
	case ownerOther:
		a.OwnerText = sessions.CleanLine(f.other)
	default:
		a.OwnerID = f.who
	}
	return a
}

// decisionForm edits the text of one decision.
type decisionForm struct {
	*hostedForm
	decision sessions.Decision
	text     string
}

// newDecisionForm edits d, starting from text (d.Text, or a kept draft).
func newDecisionForm(c *Context, d sessions.Decision, text string) *decisionForm {
	f := &decisionForm{decision: d, text: text}
	f.hostedForm = newHostedForm(c, huh.NewGroup(
		huh.NewText().Title(c.T("actions.field.decision")).Description(c.T("actions.field.decision.hint")).
			ExternalEditor(false).CharLimit(4000).Lines(4).Value(&f.text).
			Validate(requiredText(c.T("actions.error.decision"))),
	))
	return f
}

func (f *decisionForm) result() sessions.Decision {
	d := f.decision
	d.Text = sessions.Clean(f.text)
	return d
}
