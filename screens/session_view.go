package screens

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// agendaWidth is the width of the agenda beside the step, when it fits.
const agendaWidth = 28

func (s *SessionScreen) View() string {
	if !s.loaded {
		return ""
	}
	if s.mode == modePresent {
		return s.proj.View()
	}
	if len(s.session.Steps) == 0 {
		return strings.Join(wrap(s.ctx.T("session.nosteps"), s.width), "\n")
	}
	w := s.width
	if w >= 90 {
		agenda := s.agendaView(agendaWidth, s.height)
		main := strings.Split(s.stepView(w-agendaWidth-3, s.height), "\n")
		sep := s.ctx.Styles.Subtle.Render(" │ ")
		var b strings.Builder
		for i := range s.height {
			if i > 0 {
				b.WriteByte('\n')
			}
			left := ""
			if i < len(agenda) {
				left = agenda[i]
			}
			b.WriteString(padRight(left, agendaWidth) + sep)
			if i < len(main) {
				b.WriteString(main[i])
			}
		}
		return b.String()
	}
	return s.stepView(w, s.height)
}

func (s *SessionScreen) agendaView(width, height int) []string {
	st := s.ctx.Styles
	lines := []string{st.Bold.Render(truncate(s.ctx.T("session.agenda"), width))}
	for i, step := range s.session.Steps {
		n := len(s.byStep[step.ID])
		line := fmt.Sprintf("%d. %s", i+1, step.Title)
		suffix := ""
		if n > 0 {
			suffix = fmt.Sprintf(" (%d)", n)
		}
		if step.Skipped {
			suffix = " " + s.ctx.T("session.skipped")
		}
		line = truncate(line, width-2-lipgloss.Width(suffix)) + suffix
		switch {
		case i == s.step:
			line = st.Selected.Render(truncate(cursorMark+line, width))
		case step.Skipped:
			line = st.Subtle.Render("  " + line)
		default:
			line = "  " + line
		}
		lines = append(lines, line)
	}
	if len(lines) > height {
		// keep the current step in view
		from := min(max(0, s.step+1-height/2), len(lines)-height)
		lines = lines[from : from+height]
	}
	return lines
}

// stepView is the current step: header with timer, prompt, what was
// captured, and the input.
func (s *SessionScreen) stepView(width, height int) string {
	st := s.ctx.Styles
	step := s.currentStep()
	var top []string
	head := s.ctx.T("session.step", s.step+1, len(s.session.Steps), step.Title)
	top = append(top, st.Title.Render(truncate(head, width)))
	timer := s.timerText(step)
	line := st.Subtle.Render(truncate(s.sessionLine(), max(0, width-lipgloss.Width(timer)-2)))
	compact := height < 16
	room := s.roomText()
	if room != "" {
		roomStyle := st.Label
		if s.leading() {
			roomStyle = st.Warn // the projector does not show the step
		}
		if beside := width - lipgloss.Width(timer) - 2; compact && beside >= 20 { // where the room is matters more than the date
			line = roomStyle.Render(truncate(room, beside))
			room = ""
		} else {
			room = roomStyle.Render(truncate(room, width))
		}
	}
	top = append(top, joinEnds(line, timer, width))
	if room != "" {
		top = append(top, room)
	}
	for _, l := range s.phonesLines() {
		top = append(top, st.Label.Render(truncate(l, width)))
	}
	if !compact {
		top = append(top, "")
	}
	promptWidth := min(width-2, 76)
	prompt := wrap(step.Prompt, promptWidth)
	maxPrompt := max(2, height/3)
	if compact {
		maxPrompt = 2
	}
	if len(prompt) > maxPrompt {
		prompt = append(prompt[:maxPrompt-1], truncate(prompt[maxPrompt-1], promptWidth-1)+"…")
	}
	for _, l := range prompt {
		top = append(top, " "+st.Prompt.Render(l))
	}
	if hint := kindOf(step.Kind).hint; hint != "" {
		lines := wrap(s.ctx.T(hint), width) // how to open the step's own screen: whole
		if compact {
			lines = []string{truncate(s.ctx.T(hint), width)}
		}
		for _, l := range lines {
			top = append(top, st.Label.Render(l))
		}
	}
	if !compact {
		top = append(top, "")
	}

	if s.clash != nil { // the question takes the room below the step's title
		return top[0] + "\n" + s.clash.View(width, height-1)
	}
	s.capture.SetSize(width, height)
	bottom := strings.Split(s.capture.View(), "\n")
	count := len(s.current())
	rule := st.Subtle.Render(ruleLine(s.ctx.T("session.captured", count), width))
	listHeight := height - len(top) - len(bottom) - 1
	var middle []string
	if s.picker != nil {
		ph := max(3, min(listHeight, 12))
		middle = strings.Split(s.picker.View(st, width, ph), "\n")
	} else if listHeight > 0 {
		s.list.SetSize(width, listHeight)
		middle = strings.Split(s.list.View(), "\n")
	}
	if listHeight < 1 {
		middle = nil
		top = top[:min(len(top), max(1, height-len(bottom)-1))] // and the rule below it
	}
	out := append(top, rule)
	out = append(out, middle...)
	for len(out) < height-len(bottom) {
		out = append(out, "")
	}
	out = append(out, bottom...)
	if len(out) > height {
		out = out[:height]
	}
	return strings.Join(out, "\n")
}

func joinEnds(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return truncate(left+" "+right, width)
	}
	return left + strings.Repeat(" ", gap) + right
}

func (s *SessionScreen) sessionLine() string {
	parts := []string{s.ctx.T("session.n", s.session.Number)}
	if s.session.Date != "" {
		parts = append(parts, s.session.Date)
	}
	if s.session.Place != "" {
		parts = append(parts, s.session.Place)
	}
	parts = append(parts, s.ctx.T("status."+itoa(int(s.session.Status))))
	return strings.Join(parts, " · ")
}

// timerText is the timer in words and numbers; over time is said in text,
// not only in colour.
func (s *SessionScreen) timerText(step sessions.Step) string {
	st := s.ctx.Styles
	used := s.timer.Elapsed(s.ctx.Now())
	state := s.ctx.T("timer.paused")
	if s.timer.Running() {
		state = s.ctx.T("timer.running")
	}
	if step.Timebox == 0 {
		return fmt.Sprintf("%s %s", clock(used), state)
	}
	left := step.Timebox - used
	if left < 0 {
		return st.Warn.Render(s.ctx.T("timer.over", clock(-left), clock(step.Timebox), state))
	}
	return s.ctx.T("timer.left", clock(left), clock(step.Timebox), state)
}

// ruleLine is a label followed by a line to the full width.
func ruleLine(label string, width int) string {
	label = truncate(label, width)
	if rest := width - lipgloss.Width(label) - 1; rest > 0 {
		return label + " " + strings.Repeat("─", rest)
	}
	return label
}
