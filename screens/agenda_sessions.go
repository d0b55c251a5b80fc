package screens

import (
	"strconv"
	"strings"
	"time"

	"werkgroep/sessions"
)

// sessionSwitch is the session a screen shows, out of the werkgroep's
// sessions, with ←/→ to another. The agenda and participants screens
// share it.
type sessionSwitch struct {
	list []sessions.Session
	idx  int
}

// set replaces the list and selects want, else the session shown
// before, else the first.
func (s *sessionSwitch) set(list []sessions.Session, want sessions.ID) {
	prev, _ := s.current()
	s.list, s.idx = list, 0
	for _, id := range []sessions.ID{prev.ID, want} {
		for i, se := range list {
			if id != 0 && se.ID == id {
				s.idx = i
			}
		}
	}
}

// current is the session shown; false when the werkgroep has none.
func (s *sessionSwitch) current() (sessions.Session, bool) {
	if s.idx < 0 || s.idx >= len(s.list) {
		return sessions.Session{}, false
	}
	return s.list[s.idx], true
}

// move goes delta sessions on and reports whether it moved.
func (s *sessionSwitch) move(delta int) bool {
	i := s.idx + delta
	if i < 0 || i >= len(s.list) {
		return false
	}
	s.idx = i
	return true
}

// heading is "Bijeenkomst 2 · 12 maart · Visie: ruimte voor verschillen
// (2 van 4)", fitted to width.
func (s *sessionSwitch) heading(c *Context, width int) string {
	se, ok := s.current()
	if !ok {
		return ""
	}
	parts := []string{c.T("session.n", se.Number)}
	if d := agendaDate(c, se.Date); d != "" {
		parts = append(parts, d)
	}
	if se.Title != "" {
		parts = append(parts, se.Title)
	}
	of := ""
	if len(s.list) > 1 {
		of = "  (" + c.T("agenda.of", s.idx+1, len(s.list)) + ")"
	}
	head := strings.Join(parts, " · ")
	return truncate(head, max(1, width-len([]rune(of)))) + of
}

// agendaDate writes 2026-03-12 as "12 maart", with the year when it is
// not this year; text that is not such a date is shown as it is.
func agendaDate(c *Context, date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	s := strconv.Itoa(d.Day()) + " " + c.T("agenda.month."+strconv.Itoa(int(d.Month())))
	if d.Year() != c.Now().Year() {
		s += " " + strconv.Itoa(d.Year())
	}
	return s
}
