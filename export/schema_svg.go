package export

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// SchemaChart is what SchemaSVG draws: the tension schema of one session,
// and optionally an earlier session whose medians show how they moved.
type SchemaChart struct {
	Lang    sessions.Lang
	Title   string // names the session, e.g. "Bijeenkomst 1: Onderlegger"
	Figures sessions.SchemaFigures
	Earlier *sessions.SchemaFigures
	// EarlierLabel names the earlier session in the legend ("bijeenkomst 1").
	EarlierLabel string
}

// The chart is drawn on a 1000-unit wide canvas printed 180 mm wide, so a
// unit is 0.18 mm and 15 units of text print at about 8 points. Everything
// is black, white and grey: now is a filled circle, wish an open diamond,
// and counts are written as numbers too, so it reads in greyscale.
const (
	svgWidth    = 1000
	svgPrintMM  = 180
	svgTextL    = 40  // left pole text
	svgTextR    = 700 // right pole text
	svgTextW    = 260
	svgAxis0    = 350 // point 1
	svgAxis1    = 650 // point 7
	svgStep     = 13  // between shapes in a stack
	svgMaxStack = 4   // shapes per stack at most; the number says the rest
	svgFont     = "Arial, Helvetica, sans-serif"
)

// SchemaSVG draws the five dimensions: both poles labelled, how many
// people placed now and wish at each point, the middle half and the
// median, and the figures in words. The result is a standalone SVG file
// with no external resources.
func SchemaSVG(c SchemaChart) []byte {
	t := i18n.For(string(c.Lang))
	text := sessions.Schema(c.Lang)
	stack := 1
	for _, d := range c.Figures.Dimensions {
		for p := 1; p <= sessions.SchemaPoints; p++ {
			stack = max(stack, d.Now.Counts[p], d.Wish.Counts[p])
		}
	}
	stack = min(max(stack, 3), svgMaxStack)

	var body bytes.Buffer
	y := svgHeader(&body, t, text, c)
	for i, d := range c.Figures.Dimensions {
		var earlier *sessions.DimensionFigures
		if c.Earlier != nil {
			earlier = &c.Earlier.Dimensions[i]
		}
		y = svgDimension(&body, t, c.Lang, text.Dimensions[i], d, earlier, y, stack)
	}
	height := y + 20

	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%dmm" height="%smm" viewBox="0 0 %d %d" role="img" aria-labelledby="title desc" font-family="%s">`+"\n",
		svgPrintMM, mm(height), svgWidth, height, svgFont)
	fmt.Fprintf(&b, `<title id="title">%s</title>`+"\n", esc(svgTitle(text, c)))
	fmt.Fprintf(&b, `<desc id="desc">%s</desc>`+"\n", esc(schemaAlt(t, c.Lang, c.Figures)))
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="#000"/></marker></defs>` + "\n")
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/>`+"\n", svgWidth, height)
	b.Write(body.Bytes())
	b.WriteString("</svg>\n")
	return b.Bytes()
}

func svgTitle(text sessions.SchemaText, c SchemaChart) string {
	if c.Title == "" {
		return text.Title
	}
	return text.Title + " — " + c.Title
}

// mm is the printed size of n units.
func mm(n int) string { return fmt.Sprintf("%.1f", float64(n)*svgPrintMM/svgWidth) }

// esc escapes text for XML character data and attribute values.
//
// It writes what encoding/xml's EscapeText writes (a test holds it to
// that), without importing encoding/xml: that package's init costs the
// program's start a fifth of a millisecond (PERFORMANCE.md).
func esc(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString("&#34;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\t':
			b.WriteString("&#x9;")
		case r == '\n':
			b.WriteString("&#xA;")
		case r == '\r':
			b.WriteString("&#xD;")
		case !xmlChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r) // invalid UTF-8 comes as U+FFFD
		}
	}
	return b.String()
}

// xmlChar reports whether r may appear in an XML document (XML 1.0, Char).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// svgHeader writes the title, the legend and the pole headings, and
// returns where the first dimension starts.
func svgHeader(b *bytes.Buffer, t i18n.Catalog, text sessions.SchemaText, c SchemaChart) int {
	fmt.Fprintf(b, `<text x="%d" y="40" font-size="26" font-weight="bold">%s</text>`+"\n", svgTextL, esc(svgTitle(text, c)))
	y := 76
	x := svgTextL
	circle(b, x+6, y-5, "legend now")
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="15">%s</text>`+"\n", x+18, y, esc(t.T("schema.svg.now")))
	x += 250
	diamond(b, x+6, y-5, "legend wish")
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="15">%s</text>`+"\n", x+18, y, esc(t.T("schema.svg.wish")))
	x += 270
	fmt.Fprintf(b, `<rect x="%d" y="%d" width="30" height="6" fill="#bbb"/><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="3"/>`+"\n",
		x, y-8, x+15, y-11, x+15, y+1)
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="15">%s</text>`+"\n", x+38, y, esc(t.T("schema.svg.middle")))
	if c.Earlier != nil {
		y += 24
		fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#arrow)"/>`+"\n",
			svgTextL, y-5, svgTextL+30, y-5)
		fmt.Fprintf(b, `<text x="%d" y="%d" font-size="15">%s</text>`+"\n", svgTextL+38, y, esc(t.T("schema.svg.shift", c.EarlierLabel)))
	}
	y += 36
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="16" font-weight="bold">%s</text>`+"\n", svgTextL, y, esc("1 = "+text.TopDownModel))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="16" font-style="italic">%s</text>`+"\n", svgTextL, y+20, esc(text.TopDownSteering))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="16" font-weight="bold" text-anchor="end">%s</text>`+"\n", svgWidth-20, y, esc("7 = "+text.BottomUpModel))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="16" font-style="italic" text-anchor="end">%s</text>`+"\n", svgWidth-20, y+20, esc(text.BottomUpSteering))
	return y + 34
}

// svgDimension draws one dimension from y and returns where the next
// one starts.
func svgDimension(b *bytes.Buffer, t i18n.Catalog, l sessions.Lang, dim sessions.Dimension, d sessions.DimensionFigures, earlier *sessions.DimensionFigures, y, stack int) int {
	fmt.Fprintf(b, `<g class="dimension" id="dimension-%d">`+"\n", dim.Number)
	fmt.Fprintf(b, `<line x1="20" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="1"/>`+"\n", y, svgWidth-20, y)
	fmt.Fprintf(b, `<text x="20" y="%d" font-size="18" font-weight="bold">%d</text>`+"\n", y+24, dim.Number)
	left := svgLines(b, svgTextL, y+24, dim.TopDown, "pole top-down")
	right := svgLines(b, svgTextR, y+24, dim.BottomUp, "pole bottom-up")

	axis := y + 28 + (stack-1)*svgStep + 26
	fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="1.5"/>`+"\n", svgAxis0-12, axis, svgAxis1+12, axis)
	for p := 1; p <= sessions.SchemaPoints; p++ {
		x := pointX(float64(p))
		fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000"/>`+"\n", x, axis-3, x, axis+3)
		fmt.Fprintf(b, `<text class="point" x="%d" y="%d" font-size="12" text-anchor="middle">%d</text>`+"\n", x, axis+15, p)
	}
	svgSide(b, d.Now, axis, -1, stack)
	svgSide(b, d.Wish, axis, +1, stack)
	if earlier != nil {
		svgShift(b, earlier.Now, d.Now, axis-15)
		svgShift(b, earlier.Wish, d.Wish, axis+23)
	}
	bottom := axis + 38 + (stack-1)*svgStep + 38
	bottom = max(bottom, y+24+max(left, right)*19+4)
	now, wish, rest := svgFigures(t, l, d)
	fmt.Fprintf(b, `<text class="figures" x="%d" y="%d" font-size="14">%s</text>`+"\n", svgTextL, bottom, esc(now))
	fmt.Fprintf(b, `<text class="figures" x="%d" y="%d" font-size="14">%s</text>`+"\n", svgWidth/2+20, bottom, esc(wish))
	fmt.Fprintf(b, `<text class="figures" x="%d" y="%d" font-size="14">%s</text>`+"\n", svgTextL, bottom+18, esc(rest))
	b.WriteString("</g>\n")
	return bottom + 18 + 16
}

// svgFigures are a dimension's figures in three short texts: now and wish
// side by side, then the gap and the group's own placement.
func svgFigures(t i18n.Catalog, l sessions.Lang, d sessions.DimensionFigures) (now, wish, rest string) {
	side := func(name string, s sessions.Side) string {
		if s.N == 0 {
			return t.T("schema.side.empty", t.T(name))
		}
		return t.T("schema.svg.side", t.T(name), s.N, sessions.FormatPoint(s.Median, l), s.Low, s.High,
			sessions.FormatPoint(s.Q1, l), sessions.FormatPoint(s.Q3, l))
	}
	switch g := d.Gap; {
	case g.N > 0:
		rest = t.T("schema.svg.gap", sessions.FormatChange(g.Median, l), g.TowardsBottomUp, g.Stay, g.TowardsTopDown)
	case d.Stickers > 0:
		rest = t.T("schema.gap.stickers")
	default:
		rest = t.T("schema.gap.none")
	}
	if d.HasGroup {
		rest += " · " + t.T("schema.svg.group", dash(d.Group.Now), dash(d.Group.Wish))
	}
	return side("schema.now", d.Now), side("schema.wish", d.Wish), rest
}

// svgLines writes text wrapped to the pole column and returns how many
// lines it took.
func svgLines(b *bytes.Buffer, x, y int, s, class string) int {
	lines := wrapWords(s, svgTextW*2/17) // about 8.5 units a character at 16
	fmt.Fprintf(b, `<text class="%s" x="%d" y="%d" font-size="16">`, class, x, y)
	for i, l := range lines {
		dy := 0
		if i > 0 {
			dy = 19
		}
		fmt.Fprintf(b, `<tspan x="%d" dy="%d">%s</tspan>`, x, dy, esc(l))
	}
	b.WriteString("</text>\n")
	return len(lines)
}

// svgSide draws one side's stacks (dir −1: now, upwards above the axis;
// +1: wish, downwards below it), its middle half and its median.
func svgSide(b *bytes.Buffer, s sessions.Side, axis, dir, stack int) {
	name, bar, first := "now", axis-18, axis-26
	if dir > 0 {
		name, bar, first = "wish", axis+20, axis+38
	}
	if s.N > 0 {
		x0, x1 := pointX(s.Q1), pointX(s.Q3)
		fmt.Fprintf(b, `<rect class="middle %s" x="%d" y="%d" width="%d" height="6" fill="#bbb"/>`+"\n", name, x0-2, bar, x1-x0+4)
		m := pointX(s.Median)
		fmt.Fprintf(b, `<line class="median %s" x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="3"/>`+"\n", name, m, bar-3, m, bar+9)
	}
	for p := 1; p <= sessions.SchemaPoints; p++ {
		n := s.Counts[p]
		if n == 0 {
			continue
		}
		x := pointX(float64(p))
		shown := min(n, stack)
		for k := range shown {
			cy := first + dir*k*svgStep
			if dir < 0 {
				circle(b, x, cy, "mark now")
			} else {
				diamond(b, x, cy, "mark wish")
			}
		}
		ny := first + dir*(shown-1)*svgStep + dir*16 + 4
		fmt.Fprintf(b, `<text class="count %s" x="%d" y="%d" font-size="12" text-anchor="middle" font-weight="bold">%d</text>`+"\n", name, x, ny, n)
	}
}

// svgShift draws a dashed arrow from the earlier median to this one.
func svgShift(b *bytes.Buffer, before, after sessions.Side, y int) {
	if before.N == 0 || after.N == 0 || before.Median == after.Median {
		return
	}
	fmt.Fprintf(b, `<line class="shift" x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#arrow)"/>`+"\n",
		pointX(before.Median), y, pointX(after.Median), y)
}

func circle(b *bytes.Buffer, x, y int, class string) {
	fmt.Fprintf(b, `<circle class="%s" cx="%d" cy="%d" r="5" fill="#000"/>`+"\n", class, x, y)
}

func diamond(b *bytes.Buffer, x, y int, class string) {
	fmt.Fprintf(b, `<path class="%s" d="M%d,%d L%d,%d L%d,%d L%d,%d Z" fill="#fff" stroke="#000" stroke-width="1.6"/>`+"\n",
		class, x, y-6, x+6, y, x, y+6, x-6, y)
}

// pointX is where a point (or a median between points) lies on the axis.
func pointX(p float64) int {
	return svgAxis0 + int((p-1)*float64(svgAxis1-svgAxis0)/float64(sessions.SchemaPoints-1)+0.5)
}

// wrapWords breaks s into lines of at most n characters, at spaces.
func wrapWords(s string, n int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= n:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
