package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// The review screen shows which contributions are for the group only and
// flips it with g, as the session's capture list does: deciding what goes
// into the participatieparagraaf is done here too.

// rowStep is the step a row's contribution was said in.
func (s *Review) rowStep(r *reviewRow) sessions.Step {
	if r.step < 0 || r.session >= len(s.sessions) || r.step >= len(s.sessions[r.session].Steps) {
		return sessions.Step{}
	}
	return s.sessions[r.session].Steps[r.step]
}

// groupOnlyTag goes before the text, so that a narrow window never cuts
// it off.
func (s *Review) groupOnlyTag(r *reviewRow) string {
	if r.c.GroupOnly(s.rowStep(r)) {
		return "(" + s.ctx.T("grouponly.tag") + ") "
	}
	return ""
}

// toggleGroupOnly flips the selected row.
func (s *Review) toggleGroupOnly() tea.Cmd {
	r, ok := s.selectedRow()
	if !ok {
		return nil
	}
	c := r.c
	c.Sharing = c.ToggledSharing(s.rowStep(r))
	if err := s.ctx.Store.UpdateContribution(&c); err != nil {
		// Changed elsewhere meanwhile: the flip goes onto what is stored
		// now, unless its sharing was changed there too; then the root
		// says so and the reload shows theirs.
		theirs, changed := sessions.Changed[sessions.Contribution](err)
		merged, ok := sessions.MergeContribution(r.c, c, theirs, sessions.Ask)
		if !changed || !ok {
			return tea.Batch(Fail(err), s.load)
		}
		if err := s.ctx.Store.UpdateContribution(&merged); err != nil {
			return tea.Batch(Fail(err), s.load)
		}
		c = merged
	}
	r.c = c
	if c.GroupOnly(s.rowStep(r)) {
		return Notify(s.ctx.T("grouponly.on"))
	}
	return Notify(s.ctx.T("grouponly.off"))
}
