package screens

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// stepForm adds a step after the selected one, or edits a step.
type stepForm struct {
	orig    sessions.Step // ID zero when adding
	host    *formHost
	kind    sessions.StepKind
	title   string
	purpose string
	prompt  string
	minutes string
	private bool // what is said here is for the group only (a check-in)
}

func newStepForm(c *Context, st sessions.Step) *stepForm {
	f := &stepForm{orig: st, kind: st.Kind, title: st.Title, purpose: st.Purpose, prompt: st.Prompt, private: st.Private}
	if st.ID != 0 {
		f.minutes = strconv.Itoa(int(st.Timebox.Minutes()))
	}
	if f.kind == "" {
		f.kind = sessions.StepActivity
	}
	kinds := stepKinds()
	opts := make([]huh.Option[sessions.StepKind], 0, len(kinds))
	for _, k := range kinds {
		opts = append(opts, huh.NewOption(c.T("stepkind."+string(k.kind)), k.kind))
	}
	kind := huh.NewSelect[sessions.StepKind]().Title(c.T("agenda.kind")).Options(opts...).Value(&f.kind)
	title := huh.NewInput().Title(c.T("agenda.step.title")).Description(c.T("agenda.step.title.desc")).
		CharLimit(200).Value(&f.title)
	rest := []huh.Field{
		huh.NewInput().Title(c.T("agenda.step.purpose")).Description(c.T("agenda.step.purpose.desc")).
			CharLimit(500).Value(&f.purpose),
		huh.NewText().Title(c.T("agenda.step.prompt")).Description(c.T("agenda.step.prompt.desc")).
			CharLimit(4000).Lines(5).Value(&f.prompt),
		huh.NewInput().Title(c.T("agenda.step.timebox")).Description(c.T("agenda.step.timebox.desc")).
			CharLimit(3).Value(&f.minutes).Validate(agendaTimeboxCheck(c)),
		// a select, not a confirm: its cursor shows the choice without colour
		huh.NewSelect[bool]().Title(c.T("agenda.step.private")).Description(c.T("agenda.step.private.desc")).
			Value(&f.private).Options(huh.NewOption(c.T("agenda.step.private.no"), false), huh.NewOption(c.T("agenda.step.private.yes"), true)),
	}
	// a new step starts with what kind it is; an existing one with its title
	first := []huh.Field{title, kind}
	if st.ID == 0 {
		first = []huh.Field{kind, title}
	}
	f.host = newForm(c, append(first, rest...)...)
	return f
}

func (f *stepForm) heading(c *Context) string {
	if f.orig.ID != 0 {
		return c.T("agenda.form.edit", f.orig.Title)
	}
	return c.T("agenda.form.new")
}

// agendaTimeboxCheck accepts a whole number of minutes from 0 to 600, or nothing.
func agendaTimeboxCheck(c *Context) func(string) error {
	return func(v string) error {
		if _, ok := agendaMinutes(v); !ok {
			return errors.New(c.T("agenda.timebox.invalid"))
		}
		return nil
	}
}

func agendaMinutes(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 0 && n <= 600
}

// step is what the form holds, cleaned. An empty title becomes the kind,
// in the werkgroep's language, since the title goes into the minutes.
func (f *stepForm) step(lang sessions.Lang) sessions.Step {
	st := f.orig
	st.Kind = f.kind
	st.Title = sessions.CleanLine(f.title)
	if st.Title == "" {
		st.Title = agendaTitleCase(i18n.For(string(lang)).T("stepkind." + string(f.kind)))
	}
	st.Purpose = sessions.CleanLine(f.purpose)
	st.Prompt = sessions.Clean(f.prompt)
	n, _ := agendaMinutes(f.minutes)
	st.Timebox = time.Duration(n) * time.Minute
	st.Private = f.private
	return st
}

func agendaTitleCase(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

func (a *Agenda) openStepForm(st sessions.Step) tea.Cmd {
	a.form = newStepForm(a.ctx, st)
	a.form.host.setSize(a.width, a.height)
	return a.form.host.init()
}

// updateStepForm stores the step when the form is done: a new one right
// after the selected step.
func (a *Agenda) updateStepForm(msg tea.Msg) tea.Cmd {
	f := a.form
	out, cmd := f.host.update(msg)
	switch out {
	case formCancelled:
		a.form = nil
		return Notify(a.ctx.T("wgform.cancelled"))
	case formSubmitted:
		st := f.step(a.wg.Lang)
		var merged tea.Cmd
		note := "agenda.saved"
		if st.ID == 0 {
			note = "agenda.added"
			se, _ := a.sess.current()
			st.SessionID = se.ID
			if sel, ok := a.selected(); ok {
				st.Position = sel.Position + 1
			}
			if err := a.ctx.Store.AddStep(&st); err != nil {
				// keep what was typed in a fresh form, so nothing is lost
				return tea.Batch(Fail(err), a.openStepForm(st))
			}
		} else {
			a.form = nil
			var stored bool
			if stored, merged = a.saveStep(f.orig, st); !stored {
				if a.clash == nil { // it failed: keep what was typed in a fresh form
					return tea.Batch(merged, a.openStepForm(st))
				}
				return merged // a clash holds what was typed
			}
		}
		a.form = nil
		cmd := a.reload()
		a.selectID(st.ID)
		return tea.Batch(cmd, noteOr(merged, a.ctx.T(note, st.Title)))
	}
	return cmd
}

// agendaSessionForm edits the title and purpose of the session shown.
type agendaSessionForm struct {
	orig           sessions.Session
	host           *formHost
	title, purpose string
}

func (a *Agenda) openSessionForm() tea.Cmd {
	se, _ := a.sess.current()
	return a.openSessionFormWith(se)
}

// openSessionFormWith opens the form with se's title and purpose, to be
// saved over se.
func (a *Agenda) openSessionFormWith(se sessions.Session) tea.Cmd {
	c := a.ctx
	f := &agendaSessionForm{orig: se, title: se.Title, purpose: se.Purpose}
	f.host = newForm(c,
		huh.NewInput().Title(c.T("agenda.session.title")).CharLimit(200).Value(&f.title),
		huh.NewText().Title(c.T("agenda.session.purpose")).CharLimit(2000).Lines(4).Value(&f.purpose),
	)
	f.host.setSize(a.width, a.height)
	a.sessForm = f
	return f.host.init()
}

func (a *Agenda) updateSessionForm(msg tea.Msg) tea.Cmd {
	f := a.sessForm
	out, cmd := f.host.update(msg)
	switch out {
	case formCancelled:
		a.sessForm = nil
		return Notify(a.ctx.T("wgform.cancelled"))
	case formSubmitted:
		a.sessForm = nil
		se := f.orig
		se.Title, se.Purpose = sessions.CleanLine(f.title), sessions.Clean(f.purpose)
		_, ok, x, cmd := sessionRecord(a.ctx).saved(f.orig, se, true)
		switch {
		case x != nil:
			return askOver(a.ctx, x, a.Title(), func() (sessions.Session, error) { return a.ctx.Store.Session(se.ID) },
				func(c clashChoice, se sessions.Session) tea.Cmd {
					if c == clashEdit {
						return a.openSessionFormWith(se)
					}
					return a.reload()
				})
		case !ok:
			return tea.Batch(cmd, a.openSessionFormWith(se)) // nothing typed is lost
		}
		return tea.Batch(a.reload(), noteOr(cmd, a.ctx.T("agenda.session.saved", se.Number)))
	}
	return cmd
}

// stepRemoval is a step waiting for a yes, with how many contributions
// would go with it.
type stepRemoval struct {
	step  sessions.Step
	words int
}

func (a *Agenda) startRemoval(st sessions.Step) tea.Cmd {
	all, err := a.ctx.Store.Contributions(st.SessionID)
	if err != nil {
		return Fail(err)
	}
	r := &stepRemoval{step: st}
	for _, c := range all {
		if c.StepID == st.ID {
			r.words++
		}
	}
	a.removing = r
	return nil
}

func (a *Agenda) removeKey(msg tea.KeyPressMsg) tea.Cmd {
	r := a.removing
	a.removing = nil
	if !key.Matches(msg, a.keys.Yes) {
		return Notify(a.ctx.T("agenda.kept"))
	}
	if err := a.ctx.Store.DeleteStep(r.step.ID); err != nil {
		return Fail(err)
	}
	return tea.Batch(a.reload(), Notify(a.ctx.T("agenda.removed", r.step.Title)))
}

func (a *Agenda) removalView() []string {
	s, r, c := a.ctx.Styles, a.removing, a.ctx
	w := max(1, min(a.width, 72))
	q := c.T("agenda.confirm.remove", r.step.Title)
	if r.words > 0 {
		q = c.T("agenda.confirm.words", r.step.Title, r.words)
	}
	var out []string
	for _, l := range wrap(q, w) {
		out = append(out, s.Warn.Render(l))
	}
	return append(append(out, ""), wrap(c.T("agenda.confirm.hint"), w)...)
}
