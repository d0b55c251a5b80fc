package screens

import (
	"fmt"

	"werkgroep/sessions"
)

// schemaLines is the tension schema's group picture for the projector:
// per dimension its two poles, every now and every wish at their points,
// and the median, range and gap in figures; never an average alone. The
// schema screen's own group view belongs to that screen; this one draws
// with the same scale and marks, and sheds the rows of counts and then the
// poles before the figures when the window is low.
func (p *RoomPresent) schemaLines(inner, room int) []string {
	f := p.pic.schema
	c := p.ctx
	m := marksFor(c.NoColor)
	out := []string{truncate(c.T("schema.legend", m.now, m.wish, m.group), inner)}
	if !f.Placed() {
		return append(out, c.Styles.Subtle.Render(truncate(c.T("room.schema.empty"), inner)))
	}
	// As much as fits: the counts at each point, the poles, the figures;
	// at the least one line of figures a dimension.
	counts := room >= 2+sessions.SchemaDimensions*4
	poles := room >= 1+sessions.SchemaDimensions*2
	sc := newScale(inner, 0)
	if counts {
		out = append(out, sc.header())
	}
	lang := p.pic.text
	for i, d := range f.Dimensions {
		t := lang.Dimensions[i]
		if !poles {
			out = append(out, truncate(fmt.Sprintf("%d %s", d.Dimension, p.figures(d)), inner))
			continue
		}
		out = append(out, c.Styles.Bold.Render(truncate(fmt.Sprintf("%d %s ↔ %s", d.Dimension, t.TopDown, t.BottomUp), inner)))
		if counts {
			out = append(out, sc.row("  "+c.T("schema.now"), d.Now.Counts, m.now), sc.row("  "+c.T("schema.wish"), d.Wish.Counts, m.wish))
		}
		out = append(out, truncate("  "+p.figures(d), inner))
	}
	return out
}

// figures is one line of a dimension's figures in words.
func (p *RoomPresent) figures(d sessions.DimensionFigures) string {
	c := p.ctx
	l := sessions.Dutch
	if c.Lang.Lang == "en" {
		l = sessions.English
	}
	side := func(name string, x sessions.Side) string {
		if x.N == 0 {
			return c.T(name) + " –"
		}
		return c.T("schema.side.short", c.T(name), sessions.FormatPoint(x.Median, l), x.Low, x.High)
	}
	out := side("schema.now", d.Now) + " · " + side("schema.wish", d.Wish)
	if d.Gap.N > 0 {
		out += " · " + c.T("schema.gap.short", sessions.FormatChange(d.Gap.Median, l))
	}
	if d.HasGroup {
		out += " · " + p.ctx.T("room.schema.group", pointOrDash(d.Group.Now), pointOrDash(d.Group.Wish))
	}
	return out
}
