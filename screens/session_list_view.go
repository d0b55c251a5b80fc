package screens

import (
	"strings"

	"werkgroep/sessions"
)

// View renders the rows of the step shown that fit, wrapped; only those
// rows are wrapped, so the cost does not grow with the count. Without the
// keys the list shows the newest entries.
func (l *capturedList) View() string {
	st := l.st.ctx.Styles
	cs := l.st.current()
	width, height := l.width, l.height
	if height <= 0 {
		return ""
	}
	if len(cs) == 0 {
		return st.Subtle.Render(truncate(l.st.ctx.T("session.empty"), width))
	}
	rows := func(i int) []string {
		return l.row(cs[i], width, l.focused && i == l.cur.Index)
	}
	anchor := len(cs) - 1
	if l.focused {
		anchor = min(l.cur.Index, anchor)
	}
	// Fill upwards from the anchor, then downwards if there is room; when
	// it overflows, the top is cut, so the anchor row stays whole. An
	// anchor row taller than the list shows from its beginning, cut with
	// " …" (a 40×12 window has a line or two for it).
	if first := rows(anchor); len(first) > height {
		first = first[:height]
		first[height-1] = truncate(strings.TrimRight(first[height-1], " ")+" …", width)
		return strings.Join(first, "\n")
	}
	var lines []string
	for i := anchor; i >= 0 && len(lines) < height; i-- {
		lines = append(rows(i), lines...)
	}
	for i := anchor + 1; i < len(cs) && len(lines) < height; i++ {
		lines = append(lines, rows(i)...)
	}
	if len(lines) > height {
		lines = lines[len(lines)-height:]
	}
	return strings.Join(lines, "\n")
}

// row renders one contribution: marker, kind in words, text, author.
func (l *capturedList) row(c sessions.Contribution, width int, selected bool) []string {
	st := l.st.ctx.Styles
	t := l.st.ctx.T
	text := "[" + t("kind."+itoa(int(c.Kind))) + "] " + c.Text
	if who := l.st.label(c); who != "" {
		text += " — " + who
	}
	if c.Outcome != sessions.OutcomeOpen {
		text += " → " + t("outcome."+itoa(int(c.Outcome)))
	}
	text += l.st.groupOnlyTag(c)
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
