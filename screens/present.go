package screens

import (
	"strings"

	"werkgroep/sessions"
)

// presentView is the projector view: the step's prompt and what was
// captured, large and calm. No input line, no half-typed text, and people
// only as they chose to be named in the minutes.
func (s *SessionScreen) presentView() string {
	st := s.ctx.Styles
	w, h := s.width, s.height
	margin := 2
	if w >= 100 {
		margin = 6
	}
	inner := max(10, min(w-2*margin, 80))
	pad := strings.Repeat(" ", max(0, (w-inner)/2))
	step := s.currentStep()
	var out []string
	out = append(out, "", pad+st.Title.Render(truncate(step.Title, inner)), "")
	for _, l := range wrap(step.Prompt, inner) {
		out = append(out, pad+st.Prompt.Render(l))
	}
	out = append(out, "", pad+st.Subtle.Render(strings.Repeat("─", min(inner, 20))), "")
	var rows []string
	for _, c := range s.current() {
		text := c.Text
		if who := s.presentLabel(c); who != "" {
			text += " — " + who
		}
		for i, l := range wrap(text, inner-2) {
			if i == 0 {
				rows = append(rows, pad+"• "+l)
			} else {
				rows = append(rows, pad+"  "+l)
			}
		}
		rows = append(rows, "")
	}
	room := h - len(out)
	if room < 1 {
		return strings.Join(out[:max(1, h)], "\n")
	}
	// newest at the bottom; scrolling up shows earlier rows
	end := max(0, len(rows)-s.scroll)
	start := max(0, end-room)
	out = append(out, rows[start:end]...)
	return strings.Join(out, "\n")
}

// presentLabel names the author only as they chose for the minutes; people
// who chose not to be named get no label at all on the projector.
func (s *SessionScreen) presentLabel(c sessions.Contribution) string {
	if c.ByGroup {
		return s.ctx.T("group")
	}
	for _, p := range s.people {
		if p.ID == c.ParticipantID {
			return p.InMinutes()
		}
	}
	return ""
}
