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
func (l *capturedList) updateFailed(c sessions.Contribution, err error) tea.Cmd {
	if err == nil { // a clash is open (session_clash.go)
		l.sync()
		return nil
	}
	if !errors.Is(err, sessions.ErrNotFound) {
		return Fail(err)
	}
	l.st.forget(c.ID)
	l.cur.SetLen(len(l.st.current()))
	return Notify(l.st.ctx.T("session.gone"))
}

// forget removes a contribution that is no longer in the file.
func (s *sessionState) forget(id sessions.ID) {
	for step, cs := range s.byStep {
		s.byStep[step] = slices.DeleteFunc(slices.Clone(cs), func(x sessions.Contribution) bool { return x.ID == id })
	}
}

// editGoneAway keeps the edit in the input once its contribution is gone,
// and offers to store it as a new one.
func (c *captureInput) editGoneAway() tea.Cmd {
	c.st.forget(c.editing)
	c.editGone = true
	return Notify(c.st.ctx.T("session.edit.gone"))
}

// storeEditAsNew stores the kept edit as a new contribution in the
// current step, with the author and kind it was given; then the entry
// that waited aside comes back, and the screen goes back to the list. If
// it cannot be stored, the text stays.
func (c *captureInput) storeEditAsNew(text string) (tea.Cmd, move) {
	s := c.st
	e := sessions.Contribution{SessionID: s.session.ID, StepID: s.currentStep().ID,
		ParticipantID: c.who.id, ByGroup: c.who.group, Kind: c.kind, Text: text}
	if err := s.ctx.Store.AddContribution(&e); err != nil {
		return Fail(err), move{}
	}
	s.byStep[e.StepID] = append(s.byStep[e.StepID], e)
	c.endEdit()
	return tea.Batch(Notify(s.ctx.T("session.edit.asnew")), s.changed()), move{to: toList}
}
