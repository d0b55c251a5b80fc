package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// The group view: per dimension the whole distribution of now and wish,
// with median, spread and gap, and where the group is most divided. Never
// an average alone. i shows each person's placement instead, labelled by
// initials or a neutral number.

func (s *Schema) groupKey(msg tea.KeyPressMsg) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Individuals):
		s.individual, s.scroll = !s.individual, 0
	case key.Matches(msg, k.ScrollDown):
		s.scroll = min(s.scroll+max(1, s.height/2), max(0, len(s.figures.Dimensions[s.dim].People)-1))
	case key.Matches(msg, k.ScrollUp):
		s.scroll = max(0, s.scroll-max(1, s.height/2))
	}
}

func (s *Schema) groupView() string {
	m := s.marks
	head := []string{
		truncate(s.ctx.T("schema.legend", m.now, m.wish, m.group), s.width),
	}
	head = append(head, wrap(s.dividedText(), s.width)...)
	f := s.figures.Dimensions[s.dim]
	block := s.focusHeader()
	if s.individual {
		block = append(block, s.individualRows(f, s.height-len(head)-len(block)-5)...)
	} else {
		sc := newScale(s.width, 0)
		block = append(block, sc.header(),
			sc.row("  "+s.ctx.T("schema.now"), f.Now.Counts, m.now),
			sc.row("  "+s.ctx.T("schema.wish"), f.Wish.Counts, m.wish))
	}
	block = append(block, s.figureLines(f)...)
	var others []string
	for i, d := range s.figures.Dimensions {
		if i != s.dim {
			others = append(others, truncate(fmt.Sprintf("  %d %s", d.Dimension, s.shortFigures(d)), s.width))
		}
	}
	return s.fit(head, block, others)
}

// figureLines are the focused dimension's figures in words.
func (s *Schema) figureLines(f sessions.DimensionFigures) []string {
	var out []string
	if f.HasGroup {
		out = append(out, s.ctx.T("schema.group.beside", s.marks.group, pointOrDash(f.Group.Now), pointOrDash(f.Group.Wish)))
	}
	out = append(out, s.sideText("schema.now", f.Now), s.sideText("schema.wish", f.Wish))
	switch {
	case f.Gap.N > 0:
		g := f.Gap
		out = append(out, s.ctx.T("schema.gap", sessions.FormatChange(g.Median, s.lang()), g.TowardsBottomUp, g.Stay, g.TowardsTopDown))
	case f.Stickers > 0:
		out = append(out, s.ctx.T("schema.gap.stickers"))
	default:
		out = append(out, s.ctx.T("schema.gap.none"))
	}
	var lines []string
	for _, l := range out {
		lines = append(lines, indented(l, s.width)...)
	}
	return lines
}

func (s *Schema) sideText(name string, d sessions.Side) string {
	if d.N == 0 {
		return s.ctx.T("schema.side.empty", s.ctx.T(name))
	}
	l := s.lang()
	return s.ctx.T("schema.side", s.ctx.T(name), d.N, sessions.FormatPoint(d.Median, l), d.Low, d.High,
		sessions.FormatPoint(d.Q1, l), sessions.FormatPoint(d.Q3, l))
}

// shortFigures is one line for a dimension out of focus.
func (s *Schema) shortFigures(d sessions.DimensionFigures) string {
	side := func(name string, x sessions.Side) string {
		if x.N == 0 {
			return s.ctx.T(name) + " –"
		}
		return s.ctx.T("schema.side.short", s.ctx.T(name), sessions.FormatPoint(x.Median, s.lang()), x.Low, x.High)
	}
	out := side("schema.now", d.Now) + " · " + side("schema.wish", d.Wish)
	if d.Gap.N > 0 {
		out += " · " + s.ctx.T("schema.gap.short", sessions.FormatChange(d.Gap.Median, s.lang()))
	}
	return out
}

// dividedText says in words where the group is most divided.
func (s *Schema) dividedText() string {
	if !s.figures.Placed() {
		return s.ctx.T("schema.empty")
	}
	dims := s.figures.MostDivided()
	switch len(dims) {
	case 0:
		return s.ctx.T("schema.divided.none")
	case 1:
		d := s.figures.Dimensions[dims[0]-1]
		return s.ctx.T("schema.divided", dims[0], sessions.FormatPoint(d.Now.Q1, s.lang()), sessions.FormatPoint(d.Now.Q3, s.lang()))
	}
	var ns []string
	for _, d := range dims {
		ns = append(ns, fmt.Sprint(d))
	}
	return s.ctx.T("schema.divided.tie", strings.Join(ns, ", "))
}

// individualRows show each person's now and wish on one line, as far as
// room allows, from the scroll position.
func (s *Schema) individualRows(f sessions.DimensionFigures, room int) []string {
	sc := newScaleLabel(s.width, 0, 14)
	out := []string{sc.header()}
	if len(f.People) == 0 {
		return append(out, "  "+s.ctx.T("schema.individuals.none"))
	}
	room = max(room, 1)
	end := min(len(f.People), s.scroll+room)
	for _, p := range f.People[min(s.scroll, end):end] {
		var at [sessions.SchemaPoints + 1]string
		if p.Now > 0 {
			at[p.Now] += s.marks.now
		}
		if p.Wish > 0 {
			at[p.Wish] += s.marks.wish
		}
		out = append(out, sc.marksRow("  "+s.data.shared(p.ParticipantID), at))
	}
	if rest := len(f.People) - end; rest > 0 {
		out = append(out, s.ctx.Styles.Subtle.Render("  "+s.ctx.T("schema.more", rest)))
	}
	return out
}
