package screens

import (
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// The session screen in the room (issue 15): the leading program sets
// what werkgroep present shows (blank, held, the schema); a program that
// does not lead says where the lead is, and follows its step within the
// session unless the person is typing or has turned following off.
// Following never takes the lead: only a person's own move does
// (session_lead.go).

// sessionRoom is what the screen knows of the lead, as last read or
// written.
type sessionRoom struct {
	lead     sessions.Lead
	has      bool // some program leads
	at       sessions.Session
	noFollow bool // the person turned following off (it is on at first)
	behind   bool // the lead moved on while the person types: it waits
	covered  bool // another screen is on top of this one (a form, the themes)
}

// leadRead is the lead as a load read it, with its session when that is
// another than the one shown.
type leadRead struct {
	lead sessions.Lead
	has  bool
	at   sessions.Session
}

// readLead reads who leads the werkgroep, and where.
func readLead(st sessions.Store, wg, se sessions.ID) (leadRead, error) {
	l, err := st.Lead(wg)
	if errors.Is(err, sessions.ErrNotFound) {
		return leadRead{}, nil
	}
	if err != nil {
		return leadRead{}, err
	}
	r := leadRead{lead: l, has: true}
	if l.SessionID != se {
		if r.at, err = st.Session(l.SessionID); errors.Is(err, sessions.ErrNotFound) {
			return leadRead{}, nil // a session removed meanwhile
		}
	}
	return r, err
}

// take is what a load read.
func (r *sessionRoom) take(m leadRead) {
	r.lead, r.has, r.at = m.lead, m.has, m.at
}

// set is the lead this program just wrote.
func (r *sessionRoom) set(l sessions.Lead) {
	r.lead, r.has, r.at = l, true, sessions.Session{}
}

// leading reports whether this program leads the room.
func (s *SessionScreen) leading() bool {
	return s.room.has && s.room.lead.Program == s.ctx.Program
}

// followed is the lead of another program that is still there, if any.
func (s *SessionScreen) followed() (sessions.Lead, bool) {
	r := s.room
	if !r.has || r.lead.Program == s.ctx.Program || r.lead.Ended {
		return sessions.Lead{}, false
	}
	return r.lead, true
}

// leadStep is the index of the followed lead's step in this session.
func (s *SessionScreen) leadStep() (int, bool) {
	l, ok := s.followed()
	if !ok || l.SessionID != s.session.ID {
		return 0, false
	}
	for i, st := range s.session.Steps {
		if st.ID == l.StepID {
			return i, true
		}
	}
	return 0, false
}

// busy reports whether the person is in the middle of something that a
// step move would take away: text in the input, an entry being edited, a
// picker, or another screen on top.
func (s *SessionScreen) busy() bool {
	return s.picker != nil || s.capture.editing != 0 || s.room.covered ||
		strings.TrimSpace(s.capture.input.Value()) != ""
}

// catchUp moves to the lead's step when this program follows and the
// person is not busy; else it notes that the lead moved on. It is asked
// after every load and every key, so that it follows once the text is
// stored or cleared. On the lead's step, the clock is the lead's.
func (s *SessionScreen) catchUp() tea.Cmd {
	s.room.behind = false
	var move tea.Cmd
	if i, ok := s.leadStep(); ok && i != s.step && !s.room.noFollow {
		if s.busy() {
			s.room.behind = true
		} else {
			move = s.showStep(i)
		}
	}
	return tea.Batch(move, s.mirrorClock())
}

// mirrorClock shows the lead's clock while this program is at the lead's
// step and its own clock has not been started here; away from it, the
// time stored for the step (the lead stores it when it moves on).
func (s *SessionScreen) mirrorClock() tea.Cmd {
	if s.timer.ran || len(s.session.Steps) == 0 {
		return nil
	}
	if i, ok := s.leadStep(); ok && i == s.step {
		return s.timer.Mirror(s.room.lead.Elapsed, s.room.lead.RunningSince)
	}
	return s.timer.Mirror(s.currentStep().Elapsed, time.Time{})
}

// toggleFollow turns following on or off, and says so.
func (s *SessionScreen) toggleFollow() tea.Cmd {
	s.room.noFollow = !s.room.noFollow
	text := s.ctx.T("room.follow.on")
	if s.room.noFollow {
		text = s.ctx.T("room.follow.off")
	}
	return tea.Batch(Notify(text), s.catchUp())
}

// setProjector sets what werkgroep present shows, from the leading
// program (room_control.go); the same key again brings back the step.
func (s *SessionScreen) setProjector(p sessions.Projector, keyName string) tea.Cmd {
	if !s.loaded || len(s.session.Steps) == 0 {
		return nil
	}
	here := func(p sessions.Projector, mine *sessions.Lead) sessions.Lead {
		l := s.leadHere(p)
		if mine != nil && mine.SessionID == l.SessionID && mine.StepID == l.StepID {
			l.Since = mine.Since
		}
		return l
	}
	l, wrote, cmd := setProjector(s.ctx, s.werkgroep.ID, p, keyName, here)
	if wrote {
		s.room.set(l)
	}
	return cmd
}

// roomKey carries out one of the room's keys.
func (s *SessionScreen) roomKey(a sharedAction) tea.Cmd {
	k := s.shared
	switch a {
	case sharedBlank:
		return s.setProjector(sessions.ProjectBlank, k.Blank.typing.Help().Key)
	case sharedHold:
		return s.setProjector(sessions.ProjectHold, k.Hold.typing.Help().Key)
	case sharedSchema:
		return s.setProjector(sessions.ProjectSchema, k.Schema.typing.Help().Key)
	case sharedFollow:
		return s.toggleFollow()
	}
	return nil
}

// pushing reports whether the Update under way opens another screen on
// top of the one that asks.
func (c *Context) pushing() bool {
	for _, op := range c.nav {
		if op.push != nil {
			return true
		}
	}
	return false
}
