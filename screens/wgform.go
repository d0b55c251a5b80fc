package screens

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// emptyTemplateName is the name stored for a werkgroep started from
// emptyTemplateFor; the built-in vision process is sessions.VisionTemplate.
const emptyTemplateName = "leeg"

// WerkgroepForm creates a werkgroep (orig nil) or edits one. The whole
// screen is one huh form; esc cancels, enter on the last field saves.
type WerkgroepForm struct {
	ctx  *Context
	orig *sessions.Werkgroep
	host *setupForm

	// the form writes into these; they live as long as the screen
	name, theme, trekkers, template string
	lang                            sessions.Lang
}

// NewWerkgroepForm builds the form for a new werkgroep (w nil) or for w.
func NewWerkgroepForm(ctx *Context, w *sessions.Werkgroep) Screen {
	f := &WerkgroepForm{ctx: ctx, lang: sessions.Dutch, template: sessions.VisionTemplate}
	if w != nil {
		cp := *w
		f.orig = &cp
		f.name, f.theme, f.trekkers, f.lang = w.Name, w.Theme, w.Trekkers, w.Lang
		if f.lang != sessions.English {
			f.lang = sessions.Dutch
		}
	}
	f.build()
	return f
}

// build makes a fresh form over the current values: a completed form
// ignores further input, so a retry after an error needs a new one.
func (f *WerkgroepForm) build() {
	c := f.ctx
	fields := []huh.Field{
		huh.NewInput().Title(c.T("wgform.name")).Description(c.T("wgform.name.desc")).
			CharLimit(200).Value(&f.name).Validate(requiredLine(c)),
		huh.NewInput().Title(c.T("wgform.theme")).Description(c.T("wgform.theme.desc")).
			CharLimit(300).Value(&f.theme),
		huh.NewInput().Title(c.T("wgform.trekkers")).Description(c.T("wgform.trekkers.desc")).
			CharLimit(300).Value(&f.trekkers),
	}
	langDesc := "wgform.lang.desc.new"
	if f.orig != nil {
		langDesc = "wgform.lang.desc.edit"
	}
	fields = append(fields, huh.NewSelect[sessions.Lang]().Title(c.T("wgform.lang")).Description(c.T(langDesc)).
		Options(huh.NewOption(c.T("wgform.lang.nl"), sessions.Dutch), huh.NewOption(c.T("wgform.lang.en"), sessions.English)).
		Value(&f.lang))
	if f.orig == nil {
		fields = append(fields, huh.NewSelect[string]().Title(c.T("wgform.template")).Description(c.T("wgform.template.desc")).
			Options(huh.NewOption(c.T("wgform.template.visie"), sessions.VisionTemplate),
				huh.NewOption(c.T("wgform.template.empty"), emptyTemplateName)).
			Value(&f.template))
	}
	size := f.host
	f.host = newSetupForm(c, fields...)
	if size != nil {
		f.host.setSize(size.width, size.height)
	}
}

func (f *WerkgroepForm) Init() tea.Cmd { return f.host.init() }

func (f *WerkgroepForm) Title() string {
	if f.orig != nil {
		return f.ctx.T("wgform.title.edit", f.orig.Name)
	}
	return f.ctx.T("wgform.title.new")
}

// Typing is always true: the whole screen is a form, so q and ? are typed.
func (f *WerkgroepForm) Typing() bool { return true }

func (f *WerkgroepForm) SetSize(w, h int) { f.host.setSize(w, h) }

func (f *WerkgroepForm) KeyMap() help.KeyMap { return f.host.keyMap() }

func (f *WerkgroepForm) View() string { return f.host.view() }

func (f *WerkgroepForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch f.host.update(msg) {
	case setupCancelled:
		return f, tea.Batch(Pop, Notify(f.ctx.T("wgform.cancelled")))
	case setupDone:
		return f, f.save()
	}
	return f, f.host.cmd
}

// save stores the werkgroep; on an error the values stay in a new form.
func (f *WerkgroepForm) save() tea.Cmd {
	w := sessions.Werkgroep{}
	if f.orig != nil {
		w = *f.orig
	}
	w.Name = sessions.CleanLine(f.name)
	w.Theme = sessions.CleanLine(f.theme)
	w.Trekkers = sessions.CleanLine(f.trekkers)
	w.Lang = f.lang
	var err error
	msg := "wgform.saved"
	if f.orig == nil {
		t := sessions.BuiltinTemplate(w.Lang)
		if f.template == emptyTemplateName {
			t = emptyTemplateFor(w.Lang)
		}
		err = f.ctx.Store.CreateWerkgroep(&w, t)
		msg = "wgform.created"
	} else {
		err = f.ctx.Store.UpdateWerkgroep(w)
	}
	if err != nil {
		f.build()
		return tea.Batch(Fail(err), f.host.init())
	}
	return tea.Batch(Pop, Notify(f.ctx.T(msg, w.Name)))
}

// emptyTemplateFor is one session with only the opening and the closing
// of the built-in process, in the werkgroep's language.
func emptyTemplateFor(l sessions.Lang) sessions.Template {
	steps := sessions.BuiltinTemplate(l).Sessions[0].Steps
	return sessions.Template{Name: emptyTemplateName, Sessions: []sessions.TemplateSession{{
		Title: i18n.For(string(l)).T("wgform.empty.session"),
		Steps: []sessions.Step{steps[0], steps[len(steps)-1]},
	}}}
}

// required rejects a one-line field that is empty once cleaned.
func requiredLine(c *Context) func(string) error {
	return func(s string) error {
		if sessions.CleanLine(s) == "" {
			return errors.New(c.T("wgform.required"))
		}
		return nil
	}
}

// setupFormState is what one update did to a hosted form.
type setupFormState int

const (
	setupActive setupFormState = iota
	setupDone
	setupCancelled
)

// setupForm runs one huh form inside a screen, as CHARM.md says: a fresh
// form per record, Init focuses the first field, every message goes to
// the form, its State is watched (SubmitCmd is nil when embedded), esc
// cancels, and the size is set again on every resize. Huh's own help is
// hidden: the screen's key map, from the catalog, is the help.
type setupForm struct {
	form          *huh.Form
	fields        []huh.Field
	keys          setupFormKeys
	cmd           tea.Cmd // the form's command from the last update
	width, height int
}

type setupFormKeys struct {
	Next, Save, Prev, Choose, NewLine, Cancel key.Binding
}

func newSetupFormKeys(c *Context) setupFormKeys {
	return setupFormKeys{
		Next:    key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", c.T("wgform.key.next"))),
		Save:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("wgform.key.save"))),
		Prev:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.T("wgform.key.prev"))),
		Choose:  key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", c.T("wgform.key.choose"))),
		NewLine: key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter", c.T("wgform.key.newline"))),
		Cancel:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("wgform.key.cancel"))),
	}
}

func newSetupForm(c *Context, fields ...huh.Field) *setupForm {
	km := huh.NewDefaultKeyMap()
	// esc belongs to the screen (cancel): no filtering in selects, whose
	// filter is left with esc; no external editor for text fields.
	km.Select.Filter.SetEnabled(false)
	km.Text.Editor.SetEnabled(false)
	for _, fl := range fields {
		if t, ok := fl.(*huh.Text); ok {
			t.ExternalEditor(false)
		}
	}
	form := huh.NewForm(huh.NewGroup(fields...)).WithKeyMap(km).WithShowHelp(false)
	return &setupForm{form: form, fields: fields, keys: newSetupFormKeys(c)}
}

// init focuses the first field; return it from the screen's Init or when
// the screen switches to the form.
func (h *setupForm) init() tea.Cmd { return h.form.Init() }

func (h *setupForm) setSize(w, ht int) {
	h.width, h.height = w, ht
	if w > 0 && ht > 0 {
		h.form.WithWidth(w).WithHeight(ht)
		// the group lays out its fields only on an update: do one now, so
		// that the form wraps to the new width and shows the focused field
		h.form.Update(setupRelayoutMsg{})
	}
}

// setupCleanPaste is sessions.Clean for a paste into a field being typed:
// a space at either end is kept, since it may part two words.
func setupCleanPaste(s string) string {
	c := sessions.Clean(s)
	if c == "" {
		return ""
	}
	if strings.TrimLeft(s, " \t\r\n") != s {
		c = " " + c
	}
	if strings.TrimRight(s, " \t\r\n") != s {
		c += " "
	}
	return c
}

// setupRelayoutMsg makes a form lay itself out again; fields ignore it.
type setupRelayoutMsg struct{}

// update gives msg to the form (esc cancels instead) and reports the
// form's state; the form's command is left in h.cmd.
func (h *setupForm) update(msg tea.Msg) setupFormState {
	h.cmd = nil
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(m, h.keys.Cancel) {
			return setupCancelled
		}
	case tea.PasteMsg:
		// the inputs drop ESC but keep the rest of a sequence ("[31m"):
		// clean the whole paste before they see it
		m.Content = setupCleanPaste(m.Content)
		msg = m
	}
	_, h.cmd = h.form.Update(msg)
	switch h.form.State {
	case huh.StateCompleted:
		return setupDone
	case huh.StateAborted:
		return setupCancelled
	}
	return setupActive
}

func (h *setupForm) focused() huh.Field { return h.form.GetFocusedField() }

// keyMap is the help for the focused field.
func (h *setupForm) keyMap() help.KeyMap {
	k := h.keys
	next := k.Next
	if len(h.fields) > 0 && h.focused() == h.fields[len(h.fields)-1] {
		next = k.Save
	}
	short := []key.Binding{next, k.Prev, k.Cancel}
	switch h.focused().(type) {
	case *huh.Text:
		short = []key.Binding{next, k.NewLine, k.Prev, k.Cancel}
	case *huh.Select[sessions.Lang], *huh.Select[string], *huh.Select[sessions.Naming], *huh.Select[sessions.StepKind]:
		short = []key.Binding{k.Choose, next, k.Prev, k.Cancel}
	}
	return keyMap{short: short, full: [][]key.Binding{short}}
}

// view renders the form, never wider than the screen.
func (h *setupForm) view() string {
	v := h.form.View()
	if h.width <= 0 {
		return v
	}
	lines := strings.Split(v, "\n")
	for i, l := range lines {
		lines[i] = truncate(l, h.width)
	}
	return strings.Join(lines, "\n")
}
