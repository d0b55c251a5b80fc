package screens

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// schemaMarks tell now, wish and the group apart by shape, never by
// colour alone; with NO_COLOR they are letters, which survive any font.
type schemaMarks struct{ now, wish, group string }

func marksFor(noColor bool) schemaMarks {
	if noColor {
		return schemaMarks{now: "n", wish: "w", group: "G"}
	}
	return schemaMarks{now: "●", wish: "◆", group: "▲"}
}

// scale lays the seven points out in cells of equal width after a label
// column, leaving reserve cells on the right for figures.
type scale struct{ label, cell int }

func newScale(width, reserve int) scale {
	return newScaleLabel(width, reserve, 8)
}

func newScaleLabel(width, reserve, label int) scale {
	cell := (width - label - reserve) / sessions.SchemaPoints
	return scale{label: label, cell: min(max(cell, 2), 8)}
}

func (sc scale) header() string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", sc.label))
	for p := 1; p <= sessions.SchemaPoints; p++ {
		b.WriteString(pad(fmt.Sprint(p), sc.cell))
	}
	return strings.TrimRight(b.String(), " ")
}

// row draws counts at each point: as many marks as people when they fit
// in the cell, else one mark and the number; "·" where nobody is.
func (sc scale) row(label string, counts [sessions.SchemaPoints + 1]int, mark string) string {
	var b strings.Builder
	b.WriteString(pad(truncate(label, sc.label-1), sc.label))
	for p := 1; p <= sessions.SchemaPoints; p++ {
		b.WriteString(pad(cellText(counts[p], mark, sc.cell), sc.cell))
	}
	return strings.TrimRight(b.String(), " ")
}

// marksRow draws given marks at the points (several at one point side by
// side), for one person's now and wish on a single line.
func (sc scale) marksRow(label string, at [sessions.SchemaPoints + 1]string) string {
	var b strings.Builder
	b.WriteString(pad(truncate(label, sc.label-1), sc.label))
	for p := 1; p <= sessions.SchemaPoints; p++ {
		c := at[p]
		if c == "" {
			c = "·"
		}
		b.WriteString(pad(c, sc.cell))
	}
	return strings.TrimRight(b.String(), " ")
}

func cellText(n int, mark string, cell int) string {
	w := lipgloss.Width(mark)
	switch {
	case n <= 0:
		return "·"
	case n*w <= cell-1:
		return strings.Repeat(mark, n)
	}
	return mark + fmt.Sprint(n)
}

// pad fills s with spaces to width cells (never cuts).
func pad(s string, width int) string {
	if w := lipgloss.Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// poleHeadings say what 1 and 7 mean, in the werkgroep's language.
func (s *Schema) poleHeadings() []string {
	t := s.text
	return []string{
		truncate("1 = "+t.TopDownModel+" · "+t.TopDownSteering, s.width),
		truncate("7 = "+t.BottomUpModel+" · "+t.BottomUpSteering, s.width),
	}
}

// focusHeader is the focused dimension with both pole texts in full.
func (s *Schema) focusHeader() []string {
	st := s.ctx.Styles
	d := s.text.Dimensions[s.dim]
	out := []string{st.Title.Render(truncate("▸ "+s.ctx.T("schema.dim", d.Number), s.width))}
	for _, pole := range []struct{ n, text string }{{"1", d.TopDown}, {"7", d.BottomUp}} {
		for i, l := range wrap(pole.text, max(1, s.width-6)) {
			prefix := "    "
			if i == 0 {
				prefix = "  " + pole.n + " "
			}
			out = append(out, prefix+l)
		}
	}
	return out
}

// compactDim is one line for a dimension out of focus: both poles cut
// short with a visible "…", then a summary.
func (s *Schema) compactDim(d sessions.Dimension, summary string) string {
	room := s.width - 4 - lipgloss.Width(summary) - 2
	if room < 12 {
		return truncate(fmt.Sprintf("  %d %s", d.Number, summary), s.width)
	}
	each := (room - 3) / 2
	poles := truncate(d.TopDown, each) + " ⟷ " + truncate(d.BottomUp, each)
	return truncate(fmt.Sprintf("  %d %s  %s", d.Number, pad(poles, room), summary), s.width)
}

// fit joins the head, the focused block and the other dimensions. When
// the window is too low it leaves out the others, then the head but its
// first line (who is being placed, or the legend), so the focused
// dimension always shows.
func (s *Schema) fit(head, block, others []string) string {
	h := max(s.height, 1)
	if len(block) == 0 {
		head, block = nil, head
	}
	lines := block
	if len(head) > 0 {
		lines = append(append(append([]string{}, head...), ""), block...)
	}
	switch {
	case len(others) > 0 && len(lines)+1+len(others) <= h:
		lines = append(append(lines, ""), others...)
	case len(lines) > h && len(head) > 0:
		lines = append([]string{head[0]}, block...)
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// indented wraps text under a two-cell indent, continuing lines at four.
func indented(text string, width int) []string {
	lines := wrap(text, max(1, width-2))
	if len(lines) > 1 {
		rest := wrap(strings.Join(lines[1:], " "), max(1, width-4))
		lines = append(lines[:1], rest...)
	}
	for i := range lines {
		if i == 0 {
			lines[i] = "  " + lines[i]
		} else {
			lines[i] = "    " + lines[i]
		}
	}
	return lines
}
