package screens

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"werkgroep/export"
)

// layoutPiece lays out piece i of the minutes at width: blocks (or, for a
// plain text, its raw lines), a blank line before each block but the
// first. cols gives a table's columns at that width.
func layoutPiece(blocks []export.Block, raw []string, pieces []piece, i, width int, cols func(b int) tableCols) []previewLine {
	p := pieces[i]
	out := make([]previewLine, 0, 2)
	add := func(style lineStyle, lines ...string) {
		for _, l := range lines {
			out = append(out, previewLine{text: l, style: style})
		}
	}
	if blocks == nil {
		add(lineText, hangingWrap(raw[p.block], width)...)
		return out
	}
	width = max(width, 8)
	b := &blocks[p.block]
	if p.block > 0 && (p.item == 0 && b.Kind != export.BlockTable || p.item == -1) {
		add(lineText, "") // between blocks
	}
	switch b.Kind {
	case export.BlockHeading:
		style := [...]lineStyle{lineTitle, lineTitle, lineHeading, lineSubheading, lineMinor, lineMinor, lineMinor}[min(b.Level, 6)]
		lines := wrapText(b.Text, width)
		add(style, lines...)
		if b.Level <= 2 { // a rule under the top headings, so they stand out without colour too
			wide := 0
			for _, l := range lines {
				wide = max(wide, ansi.StringWidth(l))
			}
			add(lineSubtle, strings.Repeat("─", min(width, wide)))
		}
	case export.BlockParagraph:
		add(lineText, wrapText(b.Text, width)...)
	case export.BlockChart:
		add(lineSubtle, hanging("▦ ", b.Text, width)...)
	case export.BlockBullets, export.BlockNumbered:
		marker := "• "
		if b.Kind == export.BlockNumbered {
			marker = strconv.Itoa(int(p.item)+1) + ". "
		}
		add(lineText, hanging(marker, b.Items[p.item], width)...)
	case export.BlockTable:
		c := cols(int(p.block))
		if p.item == -1 {
			out = append(out, c.row(b.Header, lineStrong)...)
			out = append(out, c.rule())
		} else {
			out = append(out, c.row(b.Rows[p.item], lineText)...)
		}
	}
	return out
}

// hanging is text after marker, wrapped so that later lines line up under
// the text.
func hanging(marker, text string, width int) []string {
	pad := ansi.StringWidth(marker)
	if width-pad < 8 {
		return wrapText(marker+text, width)
	}
	lines := wrapText(text, width-pad)
	for i := range lines {
		if i == 0 {
			lines[i] = marker + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", pad) + lines[i]
		}
	}
	return lines
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
		return wrapText(line, width)
	}
	parts := wrapText(line[indent:], width-indent)
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

// wrapText wraps plain text (no escape sequences: the minutes' text is
// cleaned) at spaces, greedily, much faster than ansi.Wrap on the
// megabytes of a whole process; a paragraph with a word too wide for the
// line is left to wrap, which breaks it.
func wrapText(text string, width int) []string {
	width = max(width, 1)
	text = expandTabs(text)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		start := len(out)
		var b strings.Builder
		w, ok := 0, true
		for _, word := range strings.Fields(para) {
			ww := cells(word)
			if ww > width {
				ok = false
				break
			}
			switch {
			case w == 0:
			case w+1+ww <= width:
				b.WriteByte(' ')
				w++
			default:
				out = append(out, b.String())
				b.Reset()
				w = 0
			}
			b.WriteString(word)
			w += ww
		}
		if !ok {
			out = append(out[:start], wrap(para, width)...)
			continue
		}
		out = append(out, b.String())
	}
	return out
}

// cells is the width of s on screen, counted without a parser for ASCII.
func cells(s string) int {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}
