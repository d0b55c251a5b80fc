package export

import (
	"strconv"
	"strings"
)

// mdWriter collects the blocks of a Markdown document: headings,
// paragraphs, lists and tables. Blocks are separated by exactly one blank
// line, and the document ends with one line break, as markdownlint wants.
// Every text handed to it is already escaped.
type mdWriter struct {
	blocks []string
}

func (w *mdWriter) empty() bool { return len(w.blocks) == 0 }

// heading adds a heading of level 1–6; text is escaped with escapeHeading.
func (w *mdWriter) heading(level int, text string) {
	w.blocks = append(w.blocks, strings.Repeat("#", level)+" "+text)
}

// para adds a paragraph of one line.
func (w *mdWriter) para(text string) {
	w.blocks = append(w.blocks, text)
}

// bullets adds a list; items are escaped with escapeBlock(…, 2).
func (w *mdWriter) bullets(items []string) {
	if len(items) == 0 {
		return
	}
	var b strings.Builder
	n := 0
	for _, it := range items {
		n += len(it) + 3
	}
	b.Grow(n) // a list can be megabytes: grow once, not by doubling
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("- ")
		b.WriteString(it)
	}
	w.blocks = append(w.blocks, b.String())
}

// numbered adds an ordered list 1, 2, 3 … of one-line items.
func (w *mdWriter) numbered(items []string) {
	if len(items) == 0 {
		return
	}
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(". ")
		b.WriteString(it)
	}
	w.blocks = append(w.blocks, b.String())
}

// table adds a table with leading and trailing pipes; cells are escaped
// with escapeCell. Every row has as many cells as the header.
func (w *mdWriter) table(header []string, rows [][]string) {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for i := range header {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			if c == "" {
				c = noValue
			}
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(" |")
		}
	}
	row(header)
	b.WriteString("\n|")
	for range header {
		b.WriteString(" --- |")
	}
	for _, r := range rows {
		b.WriteByte('\n')
		row(r)
	}
	w.blocks = append(w.blocks, b.String())
}

// add appends the blocks of another writer, for sections that are built
// first and only kept when they have content.
func (w *mdWriter) add(o *mdWriter) { w.blocks = append(w.blocks, o.blocks...) }

func (w *mdWriter) String() string {
	if len(w.blocks) == 0 {
		return ""
	}
	n := 0
	for _, bl := range w.blocks {
		n += len(bl) + 2
	}
	var b strings.Builder
	b.Grow(n) // the whole minutes: one copy, not two
	for i, bl := range w.blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl)
	}
	b.WriteByte('\n')
	return b.String()
}

// noValue fills a table cell that has nothing to say.
const noValue = "—"
