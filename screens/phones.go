package screens

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Participants answer from their own phone (issue 17): a key on the
// session opens its room to phones and closes it again; ending the
// session closes it too. The screen shows the page's short address, the
// join code, how many phones answered, and a phone that says it is
// someone, which the note-taker confirms with one key before its answers
// count under that name. The page itself is package web; the program
// serves it through Context.Web.

// phoneState is the session's room for phones as last read.
type phoneState struct {
	room     sessions.PhoneRoom
	open     bool
	answered int
	pending  []sessions.Phone // claimed, not confirmed, first come first
}

// phoneStore is the store's part for phones, when it has it (tests with
// another store do not).
func (s *sessionState) phoneStore() (sessions.PhoneStore, bool) {
	ps, ok := s.ctx.Store.(sessions.PhoneStore)
	return ps, ok
}

// loadPhones reads the room for phones of the session.
func loadPhones(st sessions.Store, session sessions.ID) (phoneState, error) {
	var p phoneState
	ps, ok := st.(sessions.PhoneStore)
	if !ok {
		return p, nil
	}
	r, err := ps.PhoneRoom(session)
	if errors.Is(err, sessions.ErrNotFound) {
		return p, nil
	}
	if err != nil {
		return p, err
	}
	p.room, p.open = r, r.IsOpen()
	if p.answered, err = ps.PhonesAnswered(session); err != nil {
		return p, err
	}
	phones, err := ps.Phones(session)
	for _, ph := range phones {
		if ph.Pending() {
			p.pending = append(p.pending, ph)
		}
	}
	return p, err
}

// togglePhones opens the session to phones, serving the page here when
// the program can (Context.Web), or closes it.
func (s *sessionState) togglePhones() tea.Cmd {
	ps, ok := s.phoneStore()
	if !ok || s.ctx.cannotWrite() {
		return Notify(s.ctx.T("phones.cannot"))
	}
	if s.phones.open {
		if err := ps.ClosePhoneRoom(s.session.ID); err != nil {
			return Fail(err)
		}
		s.phones.open = false
		return Notify(s.ctx.T("phones.closed"))
	}
	address, problem := "", ""
	if s.ctx.Web != nil {
		urls, err := s.ctx.Web()
		if err != nil {
			problem = s.ctx.T("phones.noserver", err)
		} else if len(urls) > 0 {
			address = urls[0]
		}
	}
	r, err := ps.OpenPhoneRoom(s.session.ID, address, s.ctx.Program)
	if err != nil {
		return Fail(err)
	}
	s.phones.room, s.phones.open = r, true
	if problem != "" {
		return Notify(problem)
	}
	if address == "" {
		return Notify(s.ctx.T("phones.opened.elsewhere", r.SpacedCode()))
	}
	return Notify(s.ctx.T("phones.opened", address, r.SpacedCode()))
}

// resumePhones serves the page again when the session is found open to
// phones as it opens and the program that served it has stopped (killed,
// say, before it could close the room): the phones keep their code, and
// the address shown is this program's.
func (s *sessionState) resumePhones() tea.Cmd {
	ps, ok := s.phoneStore()
	if !ok || !s.phones.open || !s.phones.room.ServerGone || s.ctx.Web == nil || s.ctx.cannotWrite() {
		return nil
	}
	urls, err := s.ctx.Web()
	if err != nil || len(urls) == 0 {
		return nil
	}
	r, err := ps.OpenPhoneRoom(s.session.ID, urls[0], s.ctx.Program)
	if err != nil {
		return Fail(err)
	}
	s.phones.room = r
	return nil
}

// confirmPhone confirms the first phone that waits, as the participant
// it says it is.
func (s *sessionState) confirmPhone() tea.Cmd {
	ps, ok := s.phoneStore()
	if !ok || len(s.phones.pending) == 0 {
		return Notify(s.ctx.T("phones.none.pending"))
	}
	ph := s.phones.pending[0]
	err := ps.ConfirmPhone(ph.ID)
	if errors.Is(err, sessions.ErrClaimTaken) {
		return Notify(s.ctx.T("phones.taken", s.personLabel(ph.Claimed)))
	}
	if err != nil {
		return Fail(err)
	}
	s.phones.pending = s.phones.pending[1:]
	return tea.Batch(Notify(s.ctx.T("phones.confirmed", s.personLabel(ph.Claimed))), s.load)
}

// closePhonesAtEnd closes the room when the session is marked done.
func (s *sessionState) closePhonesAtEnd() tea.Cmd {
	ps, ok := s.phoneStore()
	if !ok || s.session.Status != sessions.Done {
		return nil
	}
	if err := ps.ClosePhoneRoom(s.session.ID); err != nil {
		return Fail(err)
	}
	s.phones.open = false
	return nil
}

// phonesLines are the room's state for the note-taker: where and with
// which code phones join and how many answered, and the first phone
// that waits for confirmation; none when the room is not open.
func (s *sessionState) phonesLines() []string {
	p := s.phones
	if !p.open {
		return nil
	}
	where := strings.TrimPrefix(p.room.Address, "http://")
	if where == "" {
		where = s.ctx.T("phones.where.elsewhere")
	}
	out := []string{s.ctx.T("phones.line", p.room.SpacedCode(), where, p.answered)}
	if len(p.pending) > 0 {
		out = append(out, s.ctx.T("phones.pending", s.personLabel(p.pending[0].Claimed), len(p.pending)))
	}
	return out
}

// phoneLabel is how a contribution from a phone is marked for the
// note-taker, when no confirmed participant is its author.
func (s *sessionState) phoneLabel(c sessions.Contribution) string {
	if c.Phone == 0 {
		return ""
	}
	return s.ctx.T("phones.via")
}
