package screens

import (
	"strings"

	"werkgroep/export"
)

// tableCols is how a table is drawn at a width: each column as wide as its
// widest cell, the widest ones narrowed until the row fits, cells wrapped
// inside their column. The header is bold with a rule under it.
type tableCols struct {
	widths []int
}

const tableSep = " │ "

// fitColumns works out a table's columns for width.
func fitColumns(header []string, rows [][]string, width int) tableCols {
	n := len(header)
	widths := make([]int, n)
	for j := range n {
		widths[j] = cells(header[j])
	}
	for _, r := range rows {
		for j := range min(n, len(r)) {
			widths[j] = max(widths[j], cells(r[j]))
		}
	}
	avail := max(n*3, width-len([]rune(tableSep))*(n-1))
	for sum(widths) > avail {
		widest := 0
		for j := range widths {
			if widths[j] > widths[widest] {
				widest = j
			}
		}
		if widths[widest] <= 3 {
			break
		}
		widths[widest]--
	}
	return tableCols{widths: widths}
}

// columnsAt gives each table's columns at width, each worked out once.
func columnsAt(blocks []export.Block, width int) func(b int) tableCols {
	cols := map[int]tableCols{}
	return func(b int) tableCols {
		c, ok := cols[b]
		if !ok {
			c = fitColumns(blocks[b].Header, blocks[b].Rows, max(width, 8))
			cols[b] = c
		}
		return c
	}
}

// row is one row's lines: its cells wrapped in their columns.
func (c tableCols) row(cells []string, style lineStyle) []previewLine {
	n := len(c.widths)
	if n == 0 {
		return nil
	}
	parts := make([][]string, n)
	height := 1
	for j := range n {
		cell := ""
		if j < len(cells) {
			cell = cells[j]
		}
		parts[j] = wrapText(cell, c.widths[j])
		height = max(height, len(parts[j]))
	}
	out := make([]previewLine, 0, height)
	for k := range height {
		var b strings.Builder
		for j := range n {
			if j > 0 {
				b.WriteString(tableSep)
			}
			p := ""
			if k < len(parts[j]) {
				p = parts[j][k]
			}
			b.WriteString(padRight(p, c.widths[j]))
		}
		out = append(out, previewLine{text: strings.TrimRight(b.String(), " "), style: style})
	}
	return out
}

// rule is the line under the header.
func (c tableCols) rule() previewLine {
	rule := make([]string, len(c.widths))
	for j, w := range c.widths {
		rule[j] = strings.Repeat("─", w)
	}
	return previewLine{text: strings.Join(rule, "─┼─"), style: lineSubtle}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
