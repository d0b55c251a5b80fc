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
		return s.presentView()
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
	line := s.sessionLine()
	top = append(top, joinEnds(st.Subtle.Render(truncate(line, max(0, width-lipgloss.Width(timer)-2))), timer, width))
	compact := height < 16
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
		top = append(top, st.Label.Render(truncate(s.ctx.T(hint), width)))
	}
	if !compact {
		top = append(top, "")
	}

	bottom := s.inputView(width, height)
	count := len(s.current())
	rule := st.Subtle.Render(ruleLine(s.ctx.T("session.captured", count), width))
	listHeight := height - len(top) - len(bottom) - 1
	var middle []string
	if s.picker != nil {
		ph := max(3, min(listHeight, 12))
		middle = strings.Split(s.picker.View(st, width, ph), "\n")
	} else {
		middle = s.listView(width, listHeight)
	}
	if listHeight < 1 {
		middle = nil
		top = top[:min(len(top), max(1, height-len(bottom)))]
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

// listView renders the rows of the current step that fit, wrapped; only
// those rows are wrapped, so the cost does not grow with the count.
func (s *SessionScreen) listView(width, height int) []string {
	st := s.ctx.Styles
	cs := s.current()
	if height <= 0 {
		return nil
	}
	if len(cs) == 0 {
		return []string{st.Subtle.Render(truncate(s.ctx.T("session.empty"), width))}
	}
	rows := func(i int) []string {
		return s.row(cs[i], width, s.mode == modeList && i == s.list.Index)
	}
	anchor := len(cs) - 1
	if s.mode == modeList {
		anchor = s.list.Index
	}
	// Fill upwards from the anchor, then downwards if there is room.
	var lines []string
	first := anchor
	for i := anchor; i >= 0 && len(lines) < height; i-- {
		lines = append(rows(i), lines...)
		first = i
	}
	_ = first
	for i := anchor + 1; i < len(cs) && len(lines) < height; i++ {
		lines = append(lines, rows(i)...)
	}
	if len(lines) > height {
		if s.mode == modeList && len(rows(anchor)) <= height {
			// keep the selected row whole: cut from the top
			lines = lines[len(lines)-height:]
		} else {
			lines = lines[len(lines)-height:]
		}
	}
	return lines
}

// row renders one contribution: marker, kind in words, text, author.
func (s *SessionScreen) row(c sessions.Contribution, width int, selected bool) []string {
	st := s.ctx.Styles
	tag := "[" + s.ctx.T("kind."+itoa(int(c.Kind))) + "] "
	text := tag + c.Text
	if who := s.label(c); who != "" {
		text += " — " + who
	}
	if c.Outcome != sessions.OutcomeOpen {
		text += " → " + s.ctx.T("outcome."+itoa(int(c.Outcome)))
	}
	text += s.groupOnlyTag(c)
	lines := wrap(text, max(1, width-2))
	for i := range lines {
		prefix := "  "
		if i == 0 {
			prefix = "• "
			if selected {
				prefix = cursorMark
			}
		}
		lines[i] = prefix + lines[i]
		if selected {
			lines[i] = st.Selected.Render(lines[i])
		}
	}
	return lines
}

// inputView is the input and the chips for who and what kind.
func (s *SessionScreen) inputView(width, height int) []string {
	st := s.ctx.Styles
	maxLines := max(1, min(5, height/5))
	label := s.ctx.T("session.input")
	if s.editing != 0 {
		label = s.ctx.T("session.editing")
	}
	label += s.captureGroupOnly()
	lines := s.input.View(width-2, maxLines, st.Cursor.Render)
	marker := cursorMark
	if s.mode != modeCapture {
		marker = "  "
		if s.input.Empty() {
			hint := s.ctx.T("session.input.hint")
			if s.ctx.ReadOnly() {
				hint = s.ctx.T("file.readonly.key")
			}
			lines = []string{st.Subtle.Render(truncate(hint, width-2))}
		}
	}
	out := []string{st.Subtle.Render(ruleLine(label, width))}
	for i, l := range lines {
		if i > 0 {
			marker = "  "
		}
		out = append(out, marker+l)
	}
	who := s.ctx.T("session.nobody")
	if s.who.group {
		who = s.ctx.T("group")
	} else if s.who.id != 0 {
		who = s.personLabel(s.who.id)
	}
	chips := s.ctx.T("session.chips", who, s.ctx.T("kind."+itoa(int(s.kind))))
	out = append(out, st.Label.Render(truncate(chips, width)))
	return out
}

// ruleLine is a label followed by a line to the full width.
func ruleLine(label string, width int) string {
	label = truncate(label, width)
	if rest := width - lipgloss.Width(label) - 1; rest > 0 {
		return label + " " + strings.Repeat("─", rest)
	}
	return label
}
