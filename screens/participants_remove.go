package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// removal is removing one participant in two steps: what happens to what
// they said (kept without their name, or removed too), then a yes.
type removal struct {
	who    sessions.Participant
	words  int  // their contributions in the whole werkgroep
	asking bool // still choosing what happens to their words
	keep   bool
}

// startRemoval asks about their words, or goes straight to the yes when
// there are none.
func (p *Participants) startRemoval(who sessions.Participant) tea.Cmd {
	all, err := p.ctx.Store.WerkgroepContributions(p.werkgroep)
	if err != nil {
		return Fail(err)
	}
	r := &removal{who: who, keep: true}
	for _, c := range all {
		if c.ParticipantID == who.ID {
			r.words++
		}
	}
	r.asking = r.words > 0
	p.removal = r
	return nil
}

func (p *Participants) removeKey(msg tea.KeyPressMsg) tea.Cmd {
	k, r := p.keys, p.removal
	if r.asking {
		switch {
		case key.Matches(msg, k.Keep):
			r.asking, r.keep = false, true
		case key.Matches(msg, k.DeleteWords):
			r.asking, r.keep = false, false
		case key.Matches(msg, k.CancelRemove):
			p.removal = nil
			return Notify(p.ctx.T("people.kept"))
		}
		return nil
	}
	p.removal = nil
	if !key.Matches(msg, k.Yes) {
		return Notify(p.ctx.T("people.kept"))
	}
	if err := p.ctx.Store.RemoveParticipant(r.who.ID, r.keep); err != nil {
		return Fail(err)
	}
	for i, x := range p.people {
		if x.ID == r.who.ID {
			p.people = append(p.people[:i:i], p.people[i+1:]...)
			break
		}
	}
	p.cur.SetLen(len(p.people))
	return tea.Batch(Notify(p.ctx.T("people.removed", r.who.Name)), p.load)
}

// removalView is the question in the body, where it cannot be missed.
func (p *Participants) removalView() string {
	s, r, c := p.ctx.Styles, p.removal, p.ctx
	w := max(1, min(p.width, 72))
	var lines []string
	lines = append(lines, s.Title.Render(truncate(c.T("people.remove.title", r.who.Name), p.width)), "")
	if r.asking {
		lines = append(lines, wrap(c.T("people.remove.ask", r.words), w)...)
		lines = append(lines, "",
			truncate("  "+c.T("people.key.keep.key")+"    "+c.T("people.remove.keep"), p.width),
			truncate("  "+c.T("people.key.delwords.key")+"    "+c.T("people.remove.delete"), p.width),
			truncate("  esc  "+c.T("people.key.cancel"), p.width))
		return strings.Join(lines, "\n")
	}
	q := c.T("people.confirm.none", r.who.Name)
	switch {
	case r.words > 0 && r.keep:
		q = c.T("people.confirm.keep", r.who.Name, r.words)
	case r.words > 0:
		q = c.T("people.confirm.delete", r.who.Name, r.words)
	}
	for _, l := range wrap(q, w) {
		lines = append(lines, s.Warn.Render(l))
	}
	lines = append(lines, "")
	lines = append(lines, wrap(c.T("people.confirm.hint"), w)...)
	return strings.Join(lines, "\n")
}
