package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// What is said in a check-in stays in the group: the capture list shows
// in words which contributions are for the group only, and g flips it for
// the selected one (a check-in remark that changed the way of working can
// be opened up). The list and the input share it through the state.

// stepOf is the step c was said in.
func (s *sessionState) stepOf(c sessions.Contribution) sessions.Step {
	for _, st := range s.session.Steps {
		if st.ID == c.StepID {
			return st
		}
	}
	return sessions.Step{}
}

// groupOnlyTag is the marker after a contribution that stays in the
// group's own minutes, in words so that it does not rest on colour.
func (s *sessionState) groupOnlyTag(c sessions.Contribution) string {
	if c.GroupOnly(s.stepOf(c)) {
		return " · " + s.ctx.T("grouponly.tag")
	}
	return ""
}

// captureGroupOnly goes after the input's label in a private step: what
// is typed here stays in the group unless it is opened up afterwards.
func (s *sessionState) captureGroupOnly() string {
	if s.currentStep().Private {
		return " (" + s.ctx.T("grouponly.tag") + ")"
	}
	return ""
}

// toggleGroupOnly flips whether c may leave the group's own minutes.
func (s *sessionState) toggleGroupOnly(c sessions.Contribution) tea.Cmd {
	base := c
	c.Sharing = c.ToggledSharing(s.stepOf(c))
	stored, merged, err := s.saveEntry(base, c, false)
	if err != nil {
		return Fail(err)
	} else if !stored {
		return nil // a clash is open (session_clash.go)
	}
	if c.GroupOnly(s.stepOf(c)) {
		return tea.Batch(noteOr(merged, s.ctx.T("grouponly.on")), s.changed())
	}
	return tea.Batch(noteOr(merged, s.ctx.T("grouponly.off")), s.changed())
}
