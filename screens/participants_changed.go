package screens

import (
	"errors"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A participant's details are saved against the participant as they were
// when the form opened. A change elsewhere to other details is merged; a
// change to the same one, or a removal, opens a clash (conflict.go). (Not
// to be confused with a name clash: participants_clash.go.)

// personClash is a clash about one participant; theirs is nil when they
// were removed meanwhile. mine is what saving mine stores.
type personClash struct {
	*clash
	theirs *sessions.Participant
	mine   sessions.Participant
}

// saveDetails stores mine, a change of base, and reports whether it did,
// with mine as stored.
func (p *Participants) saveDetails(base, mine sessions.Participant) (sessions.Participant, bool, tea.Cmd) {
	x := mine
	x.Version = base.Version
	var note tea.Cmd
	for range 3 { // a new change elsewhere between two tries is merged again
		err := p.ctx.Store.SaveParticipant(&x)
		if err == nil {
			return x, true, note
		}
		if errors.Is(err, sessions.ErrNotFound) {
			p.openPersonClash(nil, mine)
			return x, false, nil
		}
		theirs, changed := sessions.Changed[sessions.Participant](err)
		if !changed {
			return x, false, Fail(err)
		}
		merged, ok := sessions.MergeParticipant(base, mine, theirs, sessions.Ask)
		if !ok {
			over, _ := sessions.MergeParticipant(base, mine, theirs, sessions.MineWins)
			p.openPersonClash(&theirs, over)
			return x, false, nil
		}
		base, mine, x = theirs, merged, merged
		note = Notify(p.ctx.T("conflict.merged"))
	}
	return x, false, nil
}

func (p *Participants) openPersonClash(theirs *sessions.Participant, mine sessions.Participant) {
	intro, lines := p.ctx.T("conflict.person"), []string(nil)
	if theirs == nil {
		intro = p.ctx.T("conflict.gone.person")
	} else {
		lines = p.personLines(*theirs)
	}
	p.clash = &personClash{clash: newClash(p.ctx, intro, lines, p.personLines(mine), true, theirs == nil),
		theirs: theirs, mine: mine}
}

// personLines are a participant's details in words, as the form asks
// for them.
func (p *Participants) personLines(x sessions.Participant) []string {
	out := []string{x.Name,
		p.ctx.T("conflict.person.naming", namingShows(p.ctx, x, x.Naming)),
		p.ctx.T("conflict.person.paragraph", namingShows(p.ctx, x, x.Paragraph))}
	if x.About != "" {
		out = append(out, x.About)
	}
	return out
}

// refreshClash shows the stored participant as they are now, after a
// reload.
func (p *Participants) refreshClash() {
	if p.clash == nil || p.clash.theirs == nil {
		return
	}
	for _, x := range p.people {
		if x.ID == p.clash.theirs.ID {
			*p.clash.theirs = x
			p.clash.clash.theirs = p.personLines(x)
		}
	}
}

// over is mine with the version of theirs, to be saved over it; with no
// theirs (removed meanwhile) someone new.
func (x *personClash) over() sessions.Participant {
	m := x.mine
	if x.theirs == nil {
		m.ID, m.Version = 0, 0
	} else {
		m.Version = x.theirs.Version
	}
	return m
}

// clashKey carries out the person's choice.
func (p *Participants) clashKey(msg tea.KeyPressMsg) tea.Cmd {
	x := p.clash
	switch x.Update(msg) {
	case clashTheirs:
		p.clash = nil
		return tea.Batch(p.load, Notify(p.ctx.T("conflict.kept.theirs")))
	case clashEdit: // the form again, with mine, saved over theirs (or as new)
		p.clash = nil
		return p.openForm(x.over())
	case clashMine:
		p.clash = nil
		m := x.over()
		stored, ok, cmd := p.saveDetails(m, m)
		if !ok {
			return cmd
		}
		p.upsert(stored)
		note := p.ctx.T("conflict.kept.mine")
		if x.theirs == nil {
			note = p.ctx.T("conflict.kept.new")
		}
		return tea.Batch(Notify(note), p.load)
	}
	return nil
}

func (p *Participants) clashKeyMap() help.KeyMap {
	b := p.clash.bindings()
	return keyMap{short: b, full: [][]key.Binding{b}}
}
