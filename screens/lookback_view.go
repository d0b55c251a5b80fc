package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// minutesPreview is a text wrapped once per width and shown a window at
// a time, so that long minutes cost no more to draw than short ones.
type minutesPreview struct {
	text   string
	lines  []string
	width  int
	top    int
	height int
}

func (m *minutesPreview) set(text string) {
	m.text, m.lines = text, nil
}

// fit wraps the text for width (only when it changed) and keeps the
// window inside it.
func (m *minutesPreview) fit(width, height int) {
	if width != m.width || m.lines == nil {
		m.width = width
		m.lines = m.lines[:0]
		for _, raw := range strings.Split(m.text, "\n") {
			m.lines = append(m.lines, hangingWrap(raw, width)...)
		}
	}
	m.height = max(1, height)
	m.top = max(0, min(m.top, len(m.lines)-m.height))
}

// hangingWrap wraps one line; a list item's later lines line up under
// its text. Table rows are cut, not wrapped: a wrapped row is unreadable.
func hangingWrap(line string, width int) []string {
	if strings.HasPrefix(line, "|") {
		return []string{truncate(line, width)}
	}
	body := strings.TrimLeft(line, " ")
	indent := len(line) - len(body)
	for _, marker := range []string{"- ", "* "} {
		if strings.HasPrefix(body, marker) {
			indent += len(marker)
		}
	}
	if indent == 0 || width-indent < 12 {
		return wrap(line, width)
	}
	parts := wrap(line[indent:], width-indent)
	out := make([]string, len(parts))
	pad := strings.Repeat(" ", indent)
	for i, p := range parts {
		if i == 0 {
			out[i] = line[:indent] + p
		} else {
			out[i] = pad + p
		}
	}
	return out
}

// scroll applies a list key to the window and reports whether msg was one.
func (m *minutesPreview) scroll(msg tea.KeyPressMsg, k listKeys) bool {
	switch {
	case key.Matches(msg, k.Up):
		m.top--
	case key.Matches(msg, k.Down):
		m.top++
	case key.Matches(msg, k.PageUp):
		m.top -= m.height
	case key.Matches(msg, k.PageDown):
		m.top += m.height
	case key.Matches(msg, k.First):
		m.top = 0
	case key.Matches(msg, k.Last):
		m.top = len(m.lines)
	default:
		return false
	}
	m.top = max(0, min(m.top, len(m.lines)-m.height))
	return true
}

func (m *minutesPreview) visible() []string {
	return m.lines[m.top:min(len(m.lines), m.top+m.height)]
}

// layout shares the height: the open actions get what they need, at
// most half; the minutes get the rest.
func (l *LookBack) layout() {
	h := l.height
	fixed := 1 + 1 // the approval line, the actions heading
	if l.prev.ID != 0 {
		fixed++ // the minutes heading
	}
	if h >= roomy {
		fixed += 2 // blank lines between the parts
	}
	avail := max(2, h-fixed)
	need := max(1, len(l.actions.items))
	aH := need
	if l.prev.ID != 0 {
		aH = max(1, min(need, avail/2))
	}
	l.actions.cur.SetHeight(min(aH, avail))
	l.minutes.fit(max(1, l.width-2), max(1, avail-aH)) // 2 for the "│ " margin
}

func (l *LookBack) View() string {
	if !l.loaded {
		return ""
	}
	c, s, w := l.ctx, l.ctx.Styles, l.width
	if l.form != nil {
		return l.form.view()
	}
	gap := l.height >= roomy
	var lines []string
	switch {
	case l.prev.ID == 0:
		lines = append(lines, s.Subtle.Render(truncate(c.T("lookback.first"), w)))
	case l.approved() && l.prev.ChangedOn != "":
		// changed after approval: the group checks the change now
		lines = append(lines, s.Warn.Render(truncate(c.T("lookback.is.changed", l.prev.ApprovedOn, l.prev.ChangedOn, l.prev.Number), w)))
	case l.approved():
		lines = append(lines, s.OK.Render(truncate(c.T("lookback.is.approved", l.prev.ApprovedOn, l.prev.Number), w)))
	default:
		lines = append(lines, s.Warn.Render(truncate(c.T("lookback.not.approved", l.prev.Number), w)))
	}
	if gap {
		lines = append(lines, "")
	}
	lines = append(lines, partHeading(s, c.T("lookback.actions.title", len(l.actions.items)), w, l.focus == partOpenActions))
	lines = append(lines, l.actions.view(c, w, l.focus == partOpenActions, c.T("actions.earlier.empty"))...)
	if l.prev.ID != 0 {
		if gap {
			lines = append(lines, "")
		}
		m := &l.minutes
		where := c.T("lookback.minutes.lines", m.top+1, min(len(m.lines), m.top+m.height), len(m.lines))
		lines = append(lines, partHeading(s, c.T("lookback.minutes.title", l.prev.Number)+" · "+where, w, l.focus == partMinutes))
		marker := "  "
		if l.focus == partMinutes {
			marker = "│ "
		}
		for _, t := range m.visible() {
			lines = append(lines, truncate(marker+t, w))
		}
	}
	return strings.Join(lines[:min(len(lines), max(1, l.height))], "\n")
}
