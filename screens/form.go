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

// formHost runs one huh form inside a screen, as CHARM.md says: a fresh
// form per record, init focuses the first field, every message goes to
// the form and its state is read after each update (SubmitCmd is nil when
// embedded), esc cancels, and the size is set again on every resize.
// Huh's own help and error lines are off: the screen's key map, from the
// catalog, is the help, and the problem with the focused field stands on
// a line of its own above the form, where it never scrolls away.
type formHost struct {
	ctx           *Context
	form          *huh.Form
	pages         []formPage
	keys          formKeys
	heading       string // drawn above the problem line when set
	draftKey      string // where half-typed text is kept, if anywhere
	width, height int    // the screen's area; zero until it is sized
}

// formPage is one page (huh group) of a form; hide, when set, skips it.
type formPage struct {
	fields []huh.Field
	hide   func() bool
}

// formOutcome is what became of a hosted form after an update.
type formOutcome int

const (
	formBusy formOutcome = iota
	formSubmitted
	formCancelled
)

// newForm hosts a form of one page.
func newForm(c *Context, fields ...huh.Field) *formHost {
	return newPagedForm(c, formPage{fields: fields})
}

// newPagedForm hosts a form of several pages.
func newPagedForm(c *Context, pages ...formPage) *formHost {
	km := huh.NewDefaultKeyMap()
	// esc belongs to the screen (cancel): no filtering in selects, whose
	// filter is left with esc; no external editor for text fields.
	km.Select.Filter.SetEnabled(false)
	km.Text.Editor.SetEnabled(false)
	groups := make([]*huh.Group, 0, len(pages))
	for _, p := range pages {
		for _, fl := range p.fields {
			if t, ok := fl.(*huh.Text); ok {
				t.ExternalEditor(false)
			}
		}
		g := huh.NewGroup(p.fields...)
		if p.hide != nil {
			g = g.WithHideFunc(p.hide)
		}
		groups = append(groups, g)
	}
	form := huh.NewForm(groups...).WithKeyMap(km).WithShowHelp(false).WithShowErrors(false)
	return &formHost{ctx: c, form: form, pages: pages, keys: newFormKeys(c)}
}

// titled puts heading above the form, for screens whose title does not
// say what the form is for.
func (h *formHost) titled(heading string) *formHost {
	h.heading = heading
	h.layout()
	return h
}

// init focuses the first field; return it from the screen's Init or when
// the screen switches to the form.
func (h *formHost) init() tea.Cmd { return h.form.Init() }

// setSize gives the form the screen's area of w × ht cells.
func (h *formHost) setSize(w, ht int) {
	h.width, h.height = w, ht
	h.layout()
}

// above is how many lines the view puts above the form.
func (h *formHost) above() int {
	if h.heading != "" {
		return 2
	}
	return 1
}

func (h *formHost) layout() {
	if h.width <= 0 && h.height <= 0 {
		return
	}
	h.form.WithWidth(max(10, min(h.width, 76))).WithHeight(max(2, h.height-h.above()))
	// the group lays out its fields only on an update: do one now, so that
	// the form wraps to the new width and shows the focused field
	h.form.Update(formRelayoutMsg{})
}

// formRelayoutMsg makes a form lay itself out again; fields ignore it.
type formRelayoutMsg struct{}

// update gives msg to the form (esc cancels instead) and reports what
// became of it, with the form's command.
func (h *formHost) update(msg tea.Msg) (formOutcome, tea.Cmd) {
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(m, h.keys.Cancel) {
			return formCancelled, nil
		}
	case tea.PasteMsg:
		// the inputs drop ESC but keep the rest of a sequence ("[31m"):
		// clean the whole paste before they see it
		msg = tea.PasteMsg{Content: cleanKeepSpace(m.Content)}
	}
	m, cmd := h.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		h.form = f
	}
	cmd = h.settle(cmd) // a move to the next field happens now (form_settle.go)
	switch h.form.State {
	case huh.StateCompleted:
		return formSubmitted, cmd
	case huh.StateAborted:
		return formCancelled, cmd
	}
	return formBusy, cmd
}

// problem is the focused field's validation message, or "".
func (h *formHost) problem() string {
	if errs := h.form.Errors(); len(errs) > 0 {
		return errs[0].Error()
	}
	return ""
}

// view draws the heading if any, the problem or an empty line, and the
// form below them, never wider nor taller than the screen.
func (h *formHost) view() string {
	s := h.ctx.Styles
	var lines []string
	if h.heading != "" {
		lines = append(lines, s.Title.Render(h.heading))
	}
	if p := h.problem(); p != "" {
		for _, l := range wrap("! "+p, max(1, h.width)) {
			lines = append(lines, s.Error.Render(l))
		}
	} else {
		lines = append(lines, "")
	}
	lines = append(lines, strings.Split(h.form.View(), "\n")...)
	if h.width <= 0 {
		return strings.Join(lines, "\n") // not sized yet
	}
	for i, l := range lines {
		lines[i] = truncate(l, h.width)
	}
	return strings.Join(lines[:min(len(lines), max(1, h.height))], "\n")
}

type formKeys struct {
	Next, Save, Prev, Choose, NewLine, Cancel key.Binding
}

func newFormKeys(c *Context) formKeys {
	return formKeys{
		Next:    key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", c.T("wgform.key.next"))),
		Save:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("wgform.key.save"))),
		Prev:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.T("wgform.key.prev"))),
		Choose:  key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", c.T("wgform.key.choose"))),
		NewLine: key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter", c.T("wgform.key.newline"))),
		Cancel:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("wgform.key.cancel"))),
	}
}

// keyMap is the help for the focused field: enter saves on the last one.
func (h *formHost) keyMap() help.KeyMap {
	k, focused := h.keys, h.form.GetFocusedField()
	next := k.Next
	if focused != nil && focused == h.lastField() {
		next = k.Save
	}
	short := []key.Binding{next, k.Prev, k.Cancel}
	switch focused.(type) {
	case *huh.Text:
		short = []key.Binding{next, k.NewLine, k.Prev, k.Cancel}
	case interface{ GetFiltering() bool }: // a Select, whatever it holds
		short = []key.Binding{k.Choose, next, k.Prev, k.Cancel}
	}
	return keyMap{short: short, full: [][]key.Binding{short}}
}

// lastField is the last field of the last page that is shown.
func (h *formHost) lastField() huh.Field {
	for i := len(h.pages) - 1; i >= 0; i-- {
		p := h.pages[i]
		if len(p.fields) > 0 && (p.hide == nil || !p.hide()) {
			return p.fields[len(p.fields)-1]
		}
	}
	return nil
}

// dateCheck accepts an empty date or one that normalDate understands.
func dateCheck(c *Context) func(string) error {
	return func(v string) error {
		if _, ok := normalDate(c, v); !ok {
			return errors.New(c.T("actions.error.date", c.Now().Format("2006-01-02")))
		}
		return nil
	}
}

// normalDate reads a date as people write it: 2026-11-22, 22-11-2026,
// 22/11/2026, 22-11 (this year), or "vandaag"/"today". It returns it as
// YYYY-MM-DD, "" for empty input, and false when it is not a date.
func normalDate(c *Context, v string) (string, bool) {
	v = strings.ToLower(sessions.CleanLine(v))
	now := c.Now()
	switch v {
	case "":
		return "", true
	case "vandaag", "today":
		return now.Format(time.DateOnly), true
	case "morgen", "tomorrow":
		return now.AddDate(0, 0, 1).Format(time.DateOnly), true
	}
	v = strings.ReplaceAll(v, "/", "-")
	for _, layout := range []string{"2006-01-02", "2-1-2006", "02-01-2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	if t, err := time.Parse("2-1", v); err == nil {
		return time.Date(now.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Format(time.DateOnly), true
	}
	return "", false
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
