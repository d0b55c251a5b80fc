package screens

import (
	"charm.land/bubbles/v2/help"
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
	host *formHost

	// the form writes into these; they live as long as the screen
	name, theme, trekkers, template string
	lang                            sessions.Lang
	order                           sessions.MinutesOrder
}

// NewWerkgroepForm builds the form for a new werkgroep (w nil) or for w.
func NewWerkgroepForm(ctx *Context, w *sessions.Werkgroep) Screen {
	f := &WerkgroepForm{ctx: ctx, lang: sessions.Dutch, template: sessions.VisionTemplate, order: sessions.SpokenOrder}
	if w != nil {
		f.take(*w)
	}
	f.build()
	return f
}

// take makes the form edit w, with its values.
func (f *WerkgroepForm) take(w sessions.Werkgroep) {
	f.orig = &w
	f.name, f.theme, f.trekkers, f.lang, f.order = w.Name, w.Theme, w.Trekkers, w.Lang, sessions.SpokenOrder
	if f.lang != sessions.English {
		f.lang = sessions.Dutch
	}
	if w.Order.Grouped() {
		f.order = sessions.ByKind
	}
}

// build makes a fresh form over the current values: a completed form
// ignores further input, so a retry after an error needs a new one.
func (f *WerkgroepForm) build() {
	c := f.ctx
	fields := []huh.Field{
		huh.NewInput().Title(c.T("wgform.name")).Description(c.T("wgform.name.desc")).
			CharLimit(200).Value(&f.name).Validate(requiredText(c.T("wgform.required"))),
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
	fields = append(fields, huh.NewSelect[sessions.MinutesOrder]().Title(c.T("wgform.order")).Description(c.T("wgform.order.desc")).
		Options(huh.NewOption(c.T("wgform.order.spoken"), sessions.SpokenOrder), huh.NewOption(c.T("wgform.order.kind"), sessions.ByKind)).
		Value(&f.order))
	if f.orig == nil {
		fields = append(fields, huh.NewSelect[string]().Title(c.T("wgform.template")).Description(c.T("wgform.template.desc")).
			Options(huh.NewOption(c.T("wgform.template.visie"), sessions.VisionTemplate),
				huh.NewOption(c.T("wgform.template.empty"), emptyTemplateName)).
			Value(&f.template))
	}
	size := f.host
	f.host = newForm(c, fields...)
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
	out, cmd := f.host.update(msg)
	switch out {
	case formCancelled:
		return f, tea.Batch(f.ctx.Pop(), Notify(f.ctx.T("wgform.cancelled")))
	case formSubmitted:
		return f, f.save()
	}
	return f, cmd
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
	w.Order = f.order
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
		return f.update(w)
	}
	if err != nil {
		f.build()
		return tea.Batch(Fail(err), f.host.init())
	}
	return tea.Batch(f.ctx.Pop(), Notify(f.ctx.T(msg, w.Name)))
}

// update stores w over the werkgroep as it was when the form opened; a
// change made elsewhere to the same field asks which stays
// (conflict_screen.go).
func (f *WerkgroepForm) update(w sessions.Werkgroep) tea.Cmd {
	base := *f.orig
	if base.Order == "" {
		base.Order = sessions.SpokenOrder // as the form shows it
	}
	stored, ok, x, cmd := werkgroepRecord(f.ctx).saved(base, w, true)
	switch {
	case x != nil:
		return askOverWerkgroepForm(f.ctx, x, f.Title(), func(w sessions.Werkgroep) tea.Cmd {
			f.take(w) // mine, saved over theirs next
			f.build()
			return f.host.init()
		})
	case !ok:
		f.build()
		return tea.Batch(cmd, f.host.init())
	}
	return tea.Batch(f.ctx.Pop(), noteOr(cmd, f.ctx.T("wgform.saved", stored.Name)))
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
