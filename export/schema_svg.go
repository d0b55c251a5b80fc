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

// The chart is drawn on a 1000-unit wide canvas printed 160 mm wide (the
// text width of an A4 or Letter page), so a unit is 0.16 mm and the
// smallest text, 18 units, prints at 8 points. Its height stays under
// 1250 units (200 mm), so that the chart and its caption fit the text
// height of a Letter page (229 mm): LibreOffice cuts off a framed image
// that does not fit its page.
//
// A count is a bar whose length is the count, on one scale for the whole
// chart, with the number beside it: now above the axis (filled), wish
// below it (open). Everything is black, white and grey, so it reads in
// greyscale.
const (
	svgWidth   = 1000
	svgPrintMM = 160
	svgText    = 18 // the smallest text: 8 pt at the printed size
	svgLine    = 22 // between lines of text
	svgTextL   = 40 // left pole text
	svgPoleW   = 270
	svgTextR   = 690 // right pole text
	svgAxis0   = 350 // point 1
	svgAxis1   = 650 // point 7
	svgBar     = 32  // the longest bar
	svgBarW    = 24
	svgFont    = "Arial, Helvetica, sans-serif"
)

// SchemaSVG draws the five dimensions: both poles labelled, how many
// people placed now and wish at each point, the middle half and the
// median, and the figures in words. The result is a standalone SVG file
// with no external resources.
func SchemaSVG(c SchemaChart) []byte {
	t := i18n.For(string(c.Lang))
	text := sessions.Schema(c.Lang)
	most := 1 // the longest bar's count, on one scale for the whole chart
	for _, d := range c.Figures.Dimensions {
		for p := 1; p <= sessions.SchemaPoints; p++ {
			most = max(most, d.Now.Counts[p], d.Wish.Counts[p])
		}
	}

	var body bytes.Buffer
	y := svgHeader(&body, t, text, c)
	for i, d := range c.Figures.Dimensions {
		var earlier *sessions.DimensionFigures
		if c.Earlier != nil {
			earlier = &c.Earlier.Dimensions[i]
		}
		y = svgDimension(&body, t, c.Lang, text.Dimensions[i], d, earlier, y, most)
	}
	height := y + 10

	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%dmm" height="%smm" viewBox="0 0 %d %d" role="img" aria-labelledby="title desc" font-family="%s" font-size="%d">`+"\n",
		svgPrintMM, mm(height), svgWidth, height, svgFont, svgText)
	fmt.Fprintf(&b, `<title id="title">%s</title>`+"\n", esc(svgTitle(text, c)))
	fmt.Fprintf(&b, `<desc id="desc">%s</desc>`+"\n", esc(schemaAlt(t, c.Lang, c.Figures)))
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="#000"/></marker></defs>` + "\n")
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
	y := 34
	for _, l := range wrapWidth(svgTitle(text, c), 26, svgWidth-2*svgTextL) {
		fmt.Fprintf(b, `<text x="%d" y="%d" font-size="26" font-weight="bold">%s</text>`+"\n", svgTextL, y, esc(l))
		y += 32
	}
	y += 4
	x := svgTextL
	legend := func(label string) {
		fmt.Fprintf(b, `<text x="%d" y="%d">%s</text>`+"\n", x+34, y, esc(label))
		x += 34 + int(textWidth(label, svgText)) + 30
	}
	// a legend entry moves to the next line when it would not fit
	entry := func(label string, swatch func(x, y int)) {
		if x > svgTextL && x+34+int(textWidth(label, svgText)) > svgWidth-svgTextL {
			x, y = svgTextL, y+svgLine+4
		}
		swatch(x, y)
		legend(label)
	}
	entry(t.T("schema.svg.now"), func(x, y int) { bar(b, x, y-14, 24, 14, "legend now") })
	entry(t.T("schema.svg.wish"), func(x, y int) { bar(b, x, y-14, 24, 14, "legend wish") })
	entry(t.T("schema.svg.count"), func(x, y int) {
		fmt.Fprintf(b, `<text x="%d" y="%d" font-weight="bold">5</text>`+"\n", x+14, y)
	})
	entry(t.T("schema.svg.middle"), func(x, y int) {
		fmt.Fprintf(b, `<rect x="%d" y="%d" width="30" height="6" fill="#bbb"/><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="3"/>`+"\n",
			x, y-9, x+15, y-13, x+15, y+1)
	})
	if c.Earlier != nil {
		entry(t.T("schema.svg.shift", c.EarlierLabel), func(x, y int) {
			fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="2" stroke-dasharray="5 3" marker-end="url(#arrow)"/>`+"\n",
				x, y-6, x+30, y-6)
		})
	}
	y += 36
	fmt.Fprintf(b, `<text x="%d" y="%d" font-weight="bold">%s</text>`+"\n", svgTextL, y, esc("1 = "+text.TopDownModel))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-style="italic">%s</text>`+"\n", svgTextL, y+svgLine, esc(text.TopDownSteering))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-weight="bold" text-anchor="end">%s</text>`+"\n", svgWidth-svgTextL, y, esc("7 = "+text.BottomUpModel))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-style="italic" text-anchor="end">%s</text>`+"\n", svgWidth-svgTextL, y+svgLine, esc(text.BottomUpSteering))
	return y + svgLine + 14
}

// svgDimension draws one dimension from y and returns where the next one
// starts: its number and poles at the sides, the bars of now above the
// axis and of wish below it, then its figures in words across the width.
func svgDimension(b *bytes.Buffer, t i18n.Catalog, l sessions.Lang, dim sessions.Dimension, d sessions.DimensionFigures, earlier *sessions.DimensionFigures, y, most int) int {
	fmt.Fprintf(b, `<g class="dimension" id="dimension-%d">`+"\n", dim.Number)
	fmt.Fprintf(b, `<line x1="20" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="1"/>`+"\n", y, svgWidth-20, y)
	first := y + 26
	fmt.Fprintf(b, `<text x="14" y="%d" font-size="20" font-weight="bold">%d</text>`+"\n", first, dim.Number)
	left := svgLines(b, svgTextL, first, dim.TopDown, "pole top-down")
	right := svgLines(b, svgTextR, first, dim.BottomUp, "pole bottom-up")

	nowBase := y + 10 + svgText + 4 + svgBar // the foot of the bars of now
	axis := nowBase + 20
	fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="1.5"/>`+"\n", svgAxis0-20, axis, svgAxis1+20, axis)
	for p := 1; p <= sessions.SchemaPoints; p++ {
		x := pointX(float64(p))
		fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000"/>`+"\n", x, axis-4, x, axis+4)
		fmt.Fprintf(b, `<text class="point" x="%d" y="%d" text-anchor="middle">%d</text>`+"\n", x, axis+22, p)
	}
	wishTop := axis + 22 + 20 // the head of the bars of wish
	svgSide(b, d.Now, nowBase, -1, most, nowBase+3)
	svgSide(b, d.Wish, wishTop, +1, most, wishTop-15)
	if earlier != nil {
		svgShift(b, earlier.Now, d.Now, nowBase+6)
		svgShift(b, earlier.Wish, d.Wish, wishTop-12)
	}
	bottom := max(wishTop+svgBar+svgText+4, first+(max(left, right)-1)*svgLine+6)
	fy := bottom + 20
	for _, line := range packClauses(svgFigures(t, l, d), svgText, svgWidth-2*svgTextL) {
		fmt.Fprintf(b, `<text class="figures" x="%d" y="%d">%s</text>`+"\n", svgTextL, fy, esc(line))
		fy += svgLine
	}
	b.WriteString("</g>\n")
	return fy - svgLine + 6
}

// svgFigures are a dimension's figures in words, as clauses to be put on
// lines: the medians and middle halves of now and wish, and the group's
// own placement, in the words the minutes use. Where people want to go is
// in the minutes' text beside the chart: one line less a dimension keeps
// the chart and its caption within a Letter page.
func svgFigures(t i18n.Catalog, l sessions.Lang, d sessions.DimensionFigures) []string {
	side := func(name string, s sessions.Side) string {
		if s.N == 0 {
			return t.T("schema.side.empty", t.T(name))
		}
		return t.T("schema.svg.side", t.T(name), sessions.FormatPoint(s.Median, l), pointSpan(l, s.Q1, s.Q3))
	}
	out := []string{side("schema.now", d.Now), side("schema.wish", d.Wish)}
	if d.HasGroup {
		out = append(out, groupWords(t, d))
	}
	return out
}

// packClauses puts clauses on as few lines of width as it can, joined by
// " · "; a clause too long for a line is wrapped at its spaces.
func packClauses(clauses []string, size, width int) []string {
	var lines []string
	line := ""
	for _, c := range clauses {
		switch {
		case line == "":
			line = c
		case textWidth(line+" · "+c, size) <= float64(width):
			line += " · " + c
		default:
			lines = append(lines, line)
			line = c
		}
		if textWidth(line, size) > float64(width) {
			parts := wrapWidth(line, size, width)
			lines = append(lines, parts[:len(parts)-1]...)
			line = parts[len(parts)-1]
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// svgLines writes text wrapped to the pole column and returns how many
// lines it took.
func svgLines(b *bytes.Buffer, x, y int, s, class string) int {
	lines := wrapWidth(s, svgText, svgPoleW)
	fmt.Fprintf(b, `<text class="%s" x="%d" y="%d">`, class, x, y)
	for i, l := range lines {
		dy := 0
		if i > 0 {
			dy = svgLine
		}
		fmt.Fprintf(b, `<tspan x="%d" dy="%d">%s</tspan>`, x, dy, esc(l))
	}
	b.WriteString("</text>\n")
	return len(lines)
}

// svgSide draws one side's bars from base (dir −1: now, upwards; +1:
// wish, downwards), each with its count beside its end, and its middle
// half and median on a band at band.
func svgSide(b *bytes.Buffer, s sessions.Side, base, dir, most, band int) {
	name := "now"
	if dir > 0 {
		name = "wish"
	}
	if s.N > 0 {
		x0, x1 := pointX(s.Q1), pointX(s.Q3)
		fmt.Fprintf(b, `<rect class="middle %s" x="%d" y="%d" width="%d" height="6" fill="#bbb"/>`+"\n", name, x0-3, band, x1-x0+6)
		m := pointX(s.Median)
		fmt.Fprintf(b, `<line class="median %s" x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="3"/>`+"\n", name, m, band-4, m, band+10)
	}
	for p := 1; p <= sessions.SchemaPoints; p++ {
		n := s.Counts[p]
		if n == 0 {
			continue
		}
		x := pointX(float64(p))
		h := max(n*svgBar/most, 3) // one person out of many still shows
		top, label := base-h, base-h-5
		if dir > 0 {
			top, label = base, base+h+svgText
		}
		bar(b, x-svgBarW/2, top, svgBarW, h, "bar "+name)
		fmt.Fprintf(b, `<text class="count %s" x="%d" y="%d" text-anchor="middle" font-weight="bold">%d</text>`+"\n", name, x, label, n)
	}
}

// bar is a count's bar: filled for now, open for wish.
func bar(b *bytes.Buffer, x, y, w, h int, class string) {
	fill := "#333"
	if strings.HasSuffix(class, "wish") {
		fill = "#fff"
	}
	fmt.Fprintf(b, `<rect class="%s" x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#000" stroke-width="1.5"/>`+"\n", class, x, y, w, h, fill)
}

// svgShift draws a dashed arrow from the earlier median to this one.
func svgShift(b *bytes.Buffer, before, after sessions.Side, y int) {
	if before.N == 0 || after.N == 0 || before.Median == after.Median {
		return
	}
	fmt.Fprintf(b, `<line class="shift" x1="%d" y1="%d" x2="%d" y2="%d" stroke="#000" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#arrow)"/>`+"\n",
		pointX(before.Median), y, pointX(after.Median), y)
}

// pointX is where a point (or a median between points) lies on the axis.
func pointX(p float64) int {
	return svgAxis0 + int((p-1)*float64(svgAxis1-svgAxis0)/float64(sessions.SchemaPoints-1)+0.5)
}

// wrapWidth breaks s into lines at most width units wide at the given
// font size, at spaces (a single word wider than that gets a line alone).
func wrapWidth(s string, size, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case textWidth(line+" "+w, size) <= float64(width):
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

// textWidth is a close upper estimate of how wide s is in Arial (or
// Helvetica, or Liberation Sans, which share its widths) at size units:
// SVG has no text wrapping, so the chart wraps its own lines and must
// know when one would run off the page.
func textWidth(s string, size int) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("ijlI.,:;'|!() ", r):
			w += 0.30
		case strings.ContainsRune("ftr-", r):
			w += 0.36
		case strings.ContainsRune("mwMW", r):
			w += 0.86
		case r >= 'A' && r <= 'Z' || r == '–' || r == '−' || r == '·':
			w += 0.68
		default:
			w += 0.56
		}
	}
	return w * float64(size)
}
