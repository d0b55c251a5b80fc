package screens

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"werkgroep/sessions"
)

// participantForm adds or edits one participant. Both naming choices show
// what they give for the name being typed ("initialen → M.S."), so the
// person can see what the minutes will say before they choose.
type participantForm struct {
	orig      sessions.Participant // ID zero when adding
	host      *formHost
	name      string
	about     string
	naming    sessions.Naming
	paragraph sessions.Naming
	namingSel *huh.Select[sessions.Naming]
	paraSel   *huh.Select[sessions.Naming]
	shownFor  string // the name the options were last written for
	shown     bool   // whether they were written at all
	opts      []huh.Option[sessions.Naming]
	// For someone new, the paragraph choice follows the minutes choice
	// (sessions.ParagraphDefault) until it is changed by hand.
	follow   bool
	followed sessions.Naming
}

func newParticipantForm(c *Context, x sessions.Participant) *participantForm {
	f := &participantForm{orig: x, name: x.Name, about: x.About, naming: x.Naming, paragraph: x.Paragraph}
	if x.ID == 0 {
		f.follow = true
		f.paragraph = sessions.ParagraphDefault(f.naming)
		f.followed = f.paragraph
	}
	f.namingSel = huh.NewSelect[sessions.Naming]().Title(c.T("people.naming")).Description(c.T("people.naming.desc")).
		Value(&f.naming)
	f.paraSel = huh.NewSelect[sessions.Naming]().Title(c.T("people.paragraph")).Description(c.T("people.paragraph.desc")).
		Value(&f.paragraph)
	f.refresh(c)
	f.host = newForm(c,
		huh.NewInput().Title(c.T("people.name")).Description(c.T("people.name.desc")).
			CharLimit(200).Value(&f.name).Validate(requiredText(c.T("wgform.required"))),
		f.namingSel,
		f.paraSel,
		huh.NewText().Title(c.T("people.about")).Description(c.T("people.about.desc")).
			CharLimit(500).Lines(3).Value(&f.about),
	)
	return f
}

func (f *participantForm) heading(c *Context) string {
	if f.orig.ID != 0 {
		return c.T("people.form.edit", f.orig.Name)
	}
	return c.T("people.form.new")
}

// refresh rewrites the naming options when the typed name has changed,
// and moves the paragraph choice along with the minutes choice while it
// follows it.
func (f *participantForm) refresh(c *Context) {
	if f.follow {
		switch want := sessions.ParagraphDefault(f.naming); {
		case f.paragraph != f.followed:
			f.follow = false // chosen by hand
		case f.paragraph != want:
			f.paragraph, f.followed = want, want
			if f.opts != nil {
				f.paraSel.Options(f.opts...) // puts the cursor on the new value
			}
		}
	}
	name := sessions.CleanLine(f.name)
	if f.shown && name == f.shownFor {
		return
	}
	f.shownFor, f.shown = name, true
	x := sessions.Participant{Name: name}
	f.opts = make([]huh.Option[sessions.Naming], 0, len(sessions.Namings))
	for _, n := range sessions.Namings {
		f.opts = append(f.opts, huh.NewOption(namingShows(c, x, n), n))
	}
	f.namingSel.Options(f.opts...)
	f.paraSel.Options(f.opts...)
}

// participant is what the form holds, cleaned.
func (f *participantForm) participant() sessions.Participant {
	x := f.orig
	x.Name = sessions.CleanLine(f.name)
	x.About = sessions.Clean(f.about)
	x.Naming, x.Paragraph = f.naming, f.paragraph
	return x
}

// openForm switches the screen to the form for x.
func (p *Participants) openForm(x sessions.Participant) tea.Cmd {
	p.form = newParticipantForm(p.ctx, x)
	p.form.host.setSize(p.width, p.height)
	return p.form.host.init()
}

// updateForm gives msg to the form and stores the participant when it is
// done; esc goes back to the list without storing.
func (p *Participants) updateForm(msg tea.Msg) tea.Cmd {
	f := p.form
	out, cmd := f.host.update(msg)
	f.refresh(p.ctx)
	switch out {
	case formCancelled:
		p.form = nil
		return Notify(p.ctx.T("wgform.cancelled"))
	case formSubmitted:
		x := f.participant()
		p.form = nil
		var merged tea.Cmd
		if f.orig.ID == 0 {
			if err := p.ctx.Store.SaveParticipant(&x); err != nil {
				// keep what was typed in a fresh form, so nothing is lost
				return tea.Batch(Fail(err), p.openForm(x))
			}
		} else {
			var ok bool
			if x, ok, merged = p.saveDetails(f.orig, x); !ok {
				if p.clash == nil { // it failed: keep what was typed in a fresh form
					return tea.Batch(merged, p.openForm(f.participant()))
				}
				return merged // a clash holds what was typed
			}
		}
		p.upsert(x)
		if warn := clashWarning(p.ctx, x, p.people); warn != "" {
			return tea.Batch(Notify(warn), p.load)
		}
		done := "people.saved"
		if f.orig.ID == 0 {
			done = "people.added"
		}
		return tea.Batch(noteOr(merged, p.ctx.T(done, x.Name)), p.load)
	}
	return cmd
}

// upsert shows x in the list at once and selects it, before the reload.
func (p *Participants) upsert(x sessions.Participant) {
	for i := range p.people {
		if p.people[i].ID == x.ID {
			p.people[i] = x
			p.selectID(x.ID)
			return
		}
	}
	p.people = append(p.people, x)
	p.cur.SetLen(len(p.people))
	p.selectID(x.ID)
}
