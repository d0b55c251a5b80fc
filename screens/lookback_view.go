package screens

import (
	"strings"
)

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
		first, last, total, inLines, percent := m.position()
		where := c.T("lookback.minutes.part", percent)
		if inLines {
			where = c.T("lookback.minutes.lines", first, last, total)
		}
		lines = append(lines, partHeading(s, c.T("lookback.minutes.title", l.prev.Number)+" · "+where, w, l.focus == partMinutes))
		marker := "  "
		if l.focus == partMinutes {
			marker = "│ "
		}
		for _, t := range m.visible(s) {
			lines = append(lines, truncate(marker+t, w))
		}
	}
	return strings.Join(lines[:min(len(lines), max(1, l.height))], "\n")
}
