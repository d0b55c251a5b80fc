package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A participant's details are saved against the participant as they were
// when the form opened. A change elsewhere to other details is merged; a
// change to the same one, or a removal, opens a clash (conflict.go,
// conflict_record.go). (Not to be confused with a name clash:
// participants_clash.go.)

// personClash is a clash about one participant; theirs is nil when they
// were removed meanwhile.
type personClash = recordClash[sessions.Participant]

// personRecord is how a clash stores a participant and puts them in
// words.
func (p *Participants) personRecord() *record[sessions.Participant] {
	return &record[sessions.Participant]{ctx: p.ctx,
		store: p.ctx.Store.SaveParticipant,
		merge: sessions.MergeParticipant,
		lines: p.personLines,
		ref:   func(x *sessions.Participant) (*sessions.ID, *int64) { return &x.ID, &x.Version },
		intro: "conflict.person", gone: "conflict.gone.person"}
}

// saveDetails stores mine, a change of base, and reports whether it did,
// with mine as stored.
func (p *Participants) saveDetails(base, mine sessions.Participant) (sessions.Participant, bool, tea.Cmd) {
	x, ok, open, cmd := p.personRecord().saved(base, mine, true)
	if open != nil {
		p.clash = open
	}
	return x, ok, cmd
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
		stored, ok, cmd := x.saveOver(&p.clash)
		if !ok {
			return cmd
		}
		p.upsert(stored)
		return tea.Batch(cmd, p.load)
	}
	return nil
}
