package screens

import (
	"strings"
)

// tableLines draws a table in columns that fit width: each column as wide
// as its widest cell, the widest ones narrowed until the row fits, cells
// wrapped inside their column. The header is bold with a rule under it.
func tableLines(header []string, rows [][]string, width int) []previewLine {
	n := len(header)
	if n == 0 {
		return nil
	}
	const sep = " │ "
	widths := make([]int, n)
	for _, r := range append([][]string{header}, rows...) {
		for j := range min(n, len(r)) {
			widths[j] = max(widths[j], cells(r[j]))
		}
	}
	avail := max(n*3, width-len([]rune(sep))*(n-1))
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
	var out []previewLine
	row := func(cells []string, style lineStyle) {
		parts := make([][]string, n)
		height := 1
		for j := range n {
			cell := ""
			if j < len(cells) {
				cell = cells[j]
			}
			parts[j] = wrapText(cell, widths[j])
			height = max(height, len(parts[j]))
		}
		for k := range height {
			var b strings.Builder
			for j := range n {
				if j > 0 {
					b.WriteString(sep)
				}
				p := ""
				if k < len(parts[j]) {
					p = parts[j][k]
				}
				b.WriteString(padRight(p, widths[j]))
			}
			out = append(out, previewLine{text: strings.TrimRight(b.String(), " "), style: style})
		}
	}
	row(header, lineStrong)
	rule := make([]string, n)
	for j, w := range widths {
		rule[j] = strings.Repeat("─", w)
	}
	out = append(out, previewLine{text: strings.Join(rule, "─┼─"), style: lineSubtle})
	for _, r := range rows {
		row(r, lineText)
	}
	return out
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
