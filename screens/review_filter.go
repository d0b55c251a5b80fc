package screens

import (
	"strings"

	"werkgroep/sessions"
)

// reviewFilter is what the review list shows. Every field but text is
// cycled with a key; -1 (or 0 for who) means "all".
type reviewFilter struct {
	session int // index into the werkgroep's sessions
	step    int // index into that session's steps; only with a session
	kind    int // a sessions.Kind
	outcome int // a sessions.Outcome
	who     int // 1..n a participant (by list place), n+1 the group, n+2 nobody
	text    string
}

func noFilter() reviewFilter { return reviewFilter{session: -1, step: -1, kind: -1, outcome: -1} }

// active reports whether anything is filtered.
func (f reviewFilter) active() bool { return f != noFilter() }

// cycle moves v through -1 (all), 0 … n-1 and back to all.
func cycle(v, n, delta int) int {
	if n <= 0 {
		return -1
	}
	v = (v + 1 + delta) % (n + 1)
	if v < 0 {
		v += n + 1
	}
	return v - 1
}

// reviewRow is one contribution with what the list shows and searches,
// computed once per load.
type reviewRow struct {
	c       sessions.Contribution
	session int    // index into the sessions
	step    int    // index into the session's steps, -1 when unknown
	who     int    // as reviewFilter.who
	label   string // the author as shown
	low     string // text and note in lower case, for the search
}

func (f reviewFilter) match(r *reviewRow) bool {
	switch {
	case f.session >= 0 && r.session != f.session:
		return false
	case f.step >= 0 && r.step != f.step:
		return false
	case f.kind >= 0 && int(r.c.Kind) != f.kind:
		return false
	case f.outcome >= 0 && int(sessions.OutcomeOf(r.c)) != f.outcome:
		return false
	case f.who > 0 && r.who != f.who:
		return false
	case f.text != "" && !strings.Contains(r.low, f.text):
		return false
	}
	return true
}

// filterLine says in words what is filtered.
func (s *Review) filterLine() string {
	f := s.filter
	if !f.active() {
		return s.ctx.T("review.filter.none")
	}
	var parts []string
	if f.session >= 0 {
		parts = append(parts, s.ctx.T("review.f.session", s.sessions[f.session].Number))
	}
	if f.step >= 0 && f.session >= 0 {
		step := s.sessions[f.session].Steps[f.step]
		parts = append(parts, s.ctx.T("review.step", f.step+1, sessions.CleanLine(step.Title)))
	}
	if f.kind >= 0 {
		parts = append(parts, s.ctx.T("review.f.kind", s.ctx.T("kind."+itoa(f.kind))))
	}
	if f.outcome >= 0 {
		parts = append(parts, s.ctx.T("review.f.outcome", outcomeWord(s.ctx, sessions.Outcome(f.outcome))))
	}
	if f.who > 0 {
		parts = append(parts, s.ctx.T("review.f.who", s.whoName(f.who)))
	}
	if f.text != "" {
		parts = append(parts, s.ctx.T("review.f.text", f.text))
	}
	return s.ctx.T("review.filter", strings.Join(parts, " · "))
}

// whoName is the label of a value of reviewFilter.who.
func (s *Review) whoName(v int) string {
	n := len(s.people)
	switch {
	case v >= 1 && v <= n:
		return s.who.byID[s.people[v-1].ID]
	case v == n+1:
		return s.ctx.T("group")
	}
	return s.ctx.T("review.f.nobody")
}

// whoOf is c's value of reviewFilter.who.
func whoOf(c sessions.Contribution, place map[sessions.ID]int, n int) int {
	switch {
	case c.ByGroup:
		return n + 1
	case c.ParticipantID != 0:
		if i, ok := place[c.ParticipantID]; ok {
			return i + 1
		}
	}
	return n + 2
}

// refilter recomputes the rows shown, keeping the cursor on the same
// contribution when it is still there.
func (s *Review) refilter() {
	var keep sessions.ID
	if c, ok := s.selected(); ok {
		keep = c.ID
	}
	s.refilterKeeping(keep)
}

// refilterKeeping recomputes the rows shown with the cursor on keep.
func (s *Review) refilterKeeping(keep sessions.ID) {
	s.shown = s.shown[:0]
	at := -1
	for i := range s.rows {
		if s.filter.match(&s.rows[i]) {
			if s.rows[i].c.ID == keep {
				at = len(s.shown)
			}
			s.shown = append(s.shown, i)
		}
	}
	s.cur.SetLen(len(s.shown))
	if at >= 0 {
		s.cur.To(at)
	}
}
