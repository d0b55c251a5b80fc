package screens

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// The program in which someone moves to a step leads the room (issue 15):
// werkgroep present and the other programs follow its step, clock and
// projector state. Opening a session counts as moving to its first step.
// The writes are small and made at once, in Update, so that two quick
// step moves reach the file in the order they were made.

// takeLead makes this program the lead, at the step shown. What the
// projector shows stays as the lead had set it (blank stays blank, a
// held picture stays held), whoever moves: the leading program says so
// in words and its key brings the step back (session_room.go). A lead
// whose program has ended leaves nothing of that behind.
func (s *SessionScreen) takeLead() tea.Cmd {
	if !s.loaded || len(s.session.Steps) == 0 || s.ctx.cannotWrite() { // read-only or damaged: follow, never lead
		return nil
	}
	p := sessions.ProjectNormal
	switch l, err := s.ctx.Store.Lead(s.werkgroep.ID); {
	case err == nil && !l.Ended:
		p = l.Projector
	case err != nil && !errors.Is(err, sessions.ErrNotFound):
		return Fail(err)
	}
	l := s.leadHere(p)
	if err := s.ctx.Store.SetLead(l); err != nil {
		return Fail(err)
	}
	s.room.set(l)
	return nil
}

// leadHere is the lead as this screen stands: its step and its clock.
func (s *SessionScreen) leadHere(p sessions.Projector) sessions.Lead {
	now := s.ctx.Now()
	l := sessions.Lead{WerkgroepID: s.werkgroep.ID, SessionID: s.session.ID, StepID: s.currentStep().ID,
		Since: now, Program: s.ctx.Program, Elapsed: s.timer.Elapsed(now), Projector: p}
	if s.timer.Running() {
		l.RunningSince = now
	}
	return l
}

// toggleClock starts or pauses the step's clock; when this program leads,
// the followers' clocks start or stop with it.
func (s *SessionScreen) toggleClock() tea.Cmd {
	cmd := s.timer.Toggle(s.ctx.Now())
	l, err := s.ctx.Store.Lead(s.werkgroep.ID)
	switch {
	case errors.Is(err, sessions.ErrNotFound) || err == nil && l.Program != s.ctx.Program:
		return cmd // another program leads, or nobody: the clock is this one's own
	case err != nil:
		return tea.Batch(cmd, Fail(err))
	}
	here := s.leadHere(l.Projector)
	here.Since = l.Since
	if err := s.ctx.Store.SetLead(here); err != nil {
		return tea.Batch(cmd, Fail(err))
	}
	s.room.set(here)
	return cmd
}
