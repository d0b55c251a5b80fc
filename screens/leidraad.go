package screens

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"werkgroep/sessions"
)

// LeidraadForm records, in the werkgroep's own words, what it did for each
// of the three steps of the Participatieleidraad Sociaal (listen first,
// seek solutions together, a role in monitoring and testing) and how
// people are invited and hear back. The participatieparagraaf reports
// against these texts and says plainly where one is still empty. One page
// per text, so that each has room and its explanation at 80×24.
type LeidraadForm struct {
	ctx  *Context
	w    sessions.Werkgroep
	host *formHost
	l    sessions.Leidraad // the form writes into this
}

// NewLeidraadForm opens the leidraad texts of w.
func NewLeidraadForm(ctx *Context, w sessions.Werkgroep) Screen {
	f := &LeidraadForm{ctx: ctx, w: w, l: w.Leidraad}
	f.build()
	return f
}

func (f *LeidraadForm) build() {
	c := f.ctx
	text := func(key string, v *string) formPage {
		return formPage{fields: []huh.Field{huh.NewText().Title(c.T(key)).Description(c.T(key + ".desc")).
			CharLimit(2000).Lines(6).Value(v)}}
	}
	size := f.host
	f.host = newPagedForm(c,
		text("leidraad.listen", &f.l.Listen),
		text("leidraad.together", &f.l.Together),
		text("leidraad.role", &f.l.Role),
		text("leidraad.feedback", &f.l.Feedback),
	)
	if size != nil {
		f.host.setSize(size.width, size.height)
	}
}

func (f *LeidraadForm) Init() tea.Cmd { return f.host.init() }

func (f *LeidraadForm) Title() string { return f.ctx.T("leidraad.title", f.w.Name) }

// Typing is always true: the whole screen is a form.
func (f *LeidraadForm) Typing() bool { return true }

func (f *LeidraadForm) SetSize(w, h int) { f.host.setSize(w, h) }

func (f *LeidraadForm) KeyMap() help.KeyMap { return f.host.keyMap() }

func (f *LeidraadForm) View() string { return f.host.view() }

func (f *LeidraadForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	out, cmd := f.host.update(msg)
	switch out {
	case formCancelled:
		return f, tea.Batch(f.ctx.Pop(), Notify(f.ctx.T("wgform.cancelled")))
	case formSubmitted:
		return f, f.save()
	}
	return f, cmd
}

// save stores the texts over the werkgroep as it was when the form
// opened: a change made elsewhere to its name, or to another text, is
// kept; one to the same text asks which stays (conflict_screen.go).
func (f *LeidraadForm) save() tea.Cmd {
	w := f.w
	w.Leidraad = sessions.Leidraad{
		Listen: sessions.Clean(f.l.Listen), Together: sessions.Clean(f.l.Together),
		Role: sessions.Clean(f.l.Role), Feedback: sessions.Clean(f.l.Feedback),
	}
	_, ok, x, cmd := werkgroepRecord(f.ctx).saved(f.w, w, true)
	switch {
	case x != nil:
		return askOverWerkgroepForm(f.ctx, x, f.Title(), func(w sessions.Werkgroep) tea.Cmd {
			f.w, f.l = w, w.Leidraad // the next save goes over theirs
			f.build()
			return f.host.init()
		})
	case !ok:
		f.build()
		return tea.Batch(cmd, f.host.init())
	}
	return tea.Batch(f.ctx.Pop(), noteOr(cmd, f.ctx.T("leidraad.saved")))
}
