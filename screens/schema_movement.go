package screens

import (
	"fmt"
	"strings"

	"werkgroep/sessions"
)

// The movement view compares the sessions in which the schema was placed:
// for the focused dimension the distributions of now and wish in each,
// and for every dimension how the medians moved from the first to the last.

func (s *Schema) movementView() string {
	placed := s.data.placedSessions()
	if len(placed) < 2 {
		return s.fit(wrap(s.ctx.T("schema.move.none"), s.width), nil, nil)
	}
	var names []string
	for _, se := range placed {
		names = append(names, s.ctx.T("schema.session.short", se.Number)+" = "+s.sessionLabel(se))
	}
	head := wrap(s.ctx.T("schema.move.intro", strings.Join(names, ", ")), s.width)
	first, last := s.data.figures[placed[0].ID], s.data.figures[placed[len(placed)-1].ID]
	shifts := sessions.Movement(first, last)
	block := s.focusHeader()
	sc := newScaleLabel(s.width, 0, 10)
	block = append(block, sc.header())
	for _, wish := range []bool{false, true} {
		for _, se := range placed {
			d := s.data.figures[se.ID].Dimensions[s.dim]
			side, mark, name := d.Now, s.marks.now, "schema.now"
			if wish {
				side, mark, name = d.Wish, s.marks.wish, "schema.wish"
			}
			label := s.ctx.T("schema.session.short", se.Number) + " " + s.ctx.T(name)
			block = append(block, sc.row("  "+label, side.Counts, mark))
		}
	}
	sh := shifts[s.dim]
	block = append(block, indented(s.shiftText("schema.now", sh.Now), s.width)...)
	block = append(block, indented(s.shiftText("schema.wish", sh.Wish), s.width)...)
	var others []string
	for i, sh := range shifts {
		if i != s.dim {
			line := fmt.Sprintf("  %d %s · %s", sh.Dimension, s.medianShift("schema.now", sh.Now), s.medianShift("schema.wish", sh.Wish))
			others = append(others, truncate(line, s.width))
		}
	}
	return s.fit(head, block, others)
}

// medianShift is "nu 2 → 4 (+2)", or a dash when a session has none.
func (s *Schema) medianShift(name string, x sessions.SideShift) string {
	if !x.Comparable {
		return s.ctx.T(name) + " –"
	}
	l := s.lang()
	return s.ctx.T("schema.move.median", s.ctx.T(name), sessions.FormatPoint(x.Before.Median, l),
		sessions.FormatPoint(x.After.Median, l), sessions.FormatChange(x.MedianDelta, l))
}

// shiftText adds how the people who placed both times moved.
func (s *Schema) shiftText(name string, x sessions.SideShift) string {
	out := s.medianShift(name, x)
	if x.Same > 0 {
		out += " · " + s.ctx.T("schema.move.people", x.Same, x.TowardsBottomUp, x.Stay, x.TowardsTopDown)
	}
	return out
}
