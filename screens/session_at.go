package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// NewSessionScreenAt opens a session at one of its steps, as the review
// screen's jump does. It is the session screen itself once loaded.
func NewSessionScreenAt(ctx *Context, werkgroep, session, step sessions.ID) Screen {
	return newSessionAt(ctx, werkgroep, session, step, 0)
}

// newSessionAt also selects one contribution of the step, in list mode,
// so that the outcome key (r) and the others act on it at once.
func newSessionAt(ctx *Context, werkgroep, session, step, contribution sessions.ID) Screen {
	return &sessionAt{SessionScreen: newSessionScreen(ctx, werkgroep, session), stepID: step, contribution: contribution}
}

// sessionAt waits for the session screen's first load, sets the step (and
// the selection) before the screen starts its timer on it, and then hands
// over to the plain session screen.
type sessionAt struct {
	*SessionScreen
	stepID, contribution sessions.ID
}

func (s *sessionAt) Update(msg tea.Msg) (Screen, tea.Cmd) {
	m, ok := msg.(sessionLoadedMsg)
	if !ok {
		_, cmd := s.SessionScreen.Update(msg)
		return s, cmd
	}
	if m.err == nil {
		for i, st := range m.session.Steps {
			if st.ID == s.stepID {
				s.step = i
			}
		}
	}
	inner, cmd := s.SessionScreen.Update(msg)
	if m.err == nil && s.contribution != 0 {
		for _, c := range s.current() {
			if c.ID == s.contribution {
				s.setMode(modeList)
				s.list.selectID(c.ID)
			}
		}
	}
	return inner, cmd
}
