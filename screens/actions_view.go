package screens

import (
	"strings"

	"werkgroep/sessions"
)

// roomy is the body height from which the parts get a blank line
// between them.
const roomy = 11

// layout shares the height among the parts on screen: each list gets
// what it needs, and at most half when both need more.
func (a *Actions) layout() {
	h := a.height
	if a.focus == partEarlier {
		a.earlier.cur.SetHeight(h - 2)
		return
	}
	fixed := 3 // two headings and the line about earlier actions
	if h >= roomy {
		fixed = 5
	}
	avail := max(2, h-fixed)
	dNeed, aNeed := max(1, len(a.decisions)), max(1, len(a.mine.items))
	dH := min(dNeed, max(1, avail/2))
	aH := max(1, min(aNeed, avail-dH))
	dH = max(1, min(dNeed, avail-aH))
	a.decCur.SetHeight(dH)
	a.mine.cur.SetHeight(aH)
}

func (a *Actions) View() string {
	if !a.loaded {
		return ""
	}
	c, w := a.ctx, a.width
	if a.clash != nil {
		return a.clash.View(w, a.height)
	}
	if f := a.form(); f != nil {
		return f.view()
	}
	var lines []string
	if a.focus == partEarlier {
		lines = append(lines, partHeading(c.Styles, c.T("actions.earlier.title", len(a.earlier.items)), w, true), "")
		lines = append(lines, a.earlier.view(c, w, true, c.T("actions.earlier.empty"))...)
		return strings.Join(lines[:min(len(lines), max(1, a.height))], "\n")
	}
	gap := a.height >= roomy
	lines = append(lines, partHeading(c.Styles, c.T("actions.decisions.title", len(a.decisions)), w, a.focus == partDecisions))
	lines = append(lines, a.decisionRows()...)
	if gap {
		lines = append(lines, "")
	}
	lines = append(lines, partHeading(c.Styles, c.T("actions.actions.title", len(a.mine.items)), w, a.focus == partActions))
	lines = append(lines, a.mine.view(c, w, a.focus == partActions, c.T("actions.actions.empty"))...)
	if gap {
		lines = append(lines, "")
	}
	open := 0
	for _, x := range a.earlier.items {
		if x.Status == sessions.ActionOpen {
			open++
		}
	}
	note := c.T("actions.earlier.none")
	if open > 0 {
		note = c.T("actions.earlier.count", open)
	}
	lines = append(lines, c.Styles.Subtle.Render(truncate(note, w)))
	return strings.Join(lines[:min(len(lines), max(1, a.height))], "\n")
}

// partHeading is the title of one part of a screen (actions, look-back);
// the part with the focus stands out, and its selected row carries the
// selection marker as well.
func partHeading(s Styles, text string, width int, focused bool) string {
	if focused {
		return s.Title.Render(truncate(text, width))
	}
	return s.Bold.Render(truncate(text, width))
}

func (a *Actions) decisionRows() []string {
	c, s, w := a.ctx, a.ctx.Styles, a.width
	focused := a.focus == partDecisions
	if len(a.decisions) == 0 {
		marker := "  "
		if focused {
			marker = cursorMark
		}
		return []string{s.Subtle.Render(truncate(marker+c.T("actions.decisions.empty"), w))}
	}
	out := make([]string, 0, a.decCur.Bottom()-a.decCur.Top)
	for i := a.decCur.Top; i < a.decCur.Bottom(); i++ {
		text := strings.Join(strings.Fields(a.decisions[i].Text), " ")
		if focused && i == a.decCur.Index {
			out = append(out, s.Selected.Render(truncate(cursorMark+text, w)))
		} else {
			out = append(out, truncate("  "+text, w))
		}
	}
	return out
}
