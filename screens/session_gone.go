package screens

import (
	"errors"
	"slices"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Another program on the same file may delete a contribution while this
// one shows it, or while someone here is editing it. The store then
// reports that nothing was stored (sessions.ErrNotFound). A change of
// kind, author or step is lost with the contribution and said so; an
// edited text is kept in the input and offered as a new contribution:
// enter stores it, esc lets it go.

// updateFailed says why updating c failed; a contribution that is gone
// leaves the list.
func (s *SessionScreen) updateFailed(c sessions.Contribution, err error) tea.Cmd {
	if !errors.Is(err, sessions.ErrNotFound) {
		return Fail(err)
	}
	s.forget(c.ID)
	return Notify(s.ctx.T("session.gone"))
}

// forget removes a contribution that is no longer in the file.
func (s *SessionScreen) forget(id sessions.ID) {
	for step, cs := range s.byStep {
		s.byStep[step] = slices.DeleteFunc(slices.Clone(cs), func(x sessions.Contribution) bool { return x.ID == id })
	}
	s.list.SetLen(len(s.current()))
}

// editGoneAway keeps the edit in the input once its contribution is gone,
// and offers to store it as a new one.
func (s *SessionScreen) editGoneAway() tea.Cmd {
	s.forget(s.editing)
	s.editGone = true
	return Notify(s.ctx.T("session.edit.gone"))
}

// storeEditAsNew stores the kept edit as a new contribution in the
// current step, with the author and kind it was given; then the entry
// that waited aside comes back. If it cannot be stored, the text stays.
func (s *SessionScreen) storeEditAsNew(text string) tea.Cmd {
	c := sessions.Contribution{SessionID: s.session.ID, StepID: s.currentStep().ID,
		ParticipantID: s.who.id, ByGroup: s.who.group, Kind: s.kind, Text: text}
	if err := s.ctx.Store.AddContribution(&c); err != nil {
		return Fail(err)
	}
	s.byStep[c.StepID] = append(s.byStep[c.StepID], c)
	s.endEdit()
	s.list.SetLen(len(s.current()))
	s.list.Last()
	return tea.Batch(Notify(s.ctx.T("session.edit.asnew")), s.changed())
}
