package export

import (
	"strconv"
	"strings"
)

// mdWriter collects the blocks of the minutes: headings, paragraphs,
// lists, tables and charts. It writes them as Markdown (String) and as
// HTML (html.go) from the same blocks, so that the two always say the
// same. Every text handed to it is already escaped (escape.go).
type mdWriter struct {
	blocks []block
}

type blockKind uint8

const (
	headingBlock blockKind = iota
	paraBlock
	bulletBlock
	numberedBlock
	tableBlock
	imageBlock
)

// block is one block of the minutes. Its texts are escaped Markdown: the
// only markup in them is backslash escapes, character references and hard
// line breaks (a backslash at the end of a line).
type block struct {
	kind   blockKind
	level  int        // heading: 1–6
	text   string     // heading and paragraph; image: the text alternative
	src    string     // image: the chart's relative path
	items  []string   // lists
	header []string   // table
	rows   [][]string // table: as many cells as header, empty ones filled
}

func (w *mdWriter) empty() bool { return len(w.blocks) == 0 }

// heading adds a heading of level 1–6; text is escaped with escapeHeading.
func (w *mdWriter) heading(level int, text string) {
	w.blocks = append(w.blocks, block{kind: headingBlock, level: level, text: text})
}

// para adds a paragraph.
func (w *mdWriter) para(text string) {
	w.blocks = append(w.blocks, block{kind: paraBlock, text: text})
}

// image adds a chart alone in a paragraph: alt is escaped with escapeLine,
// src is a file name beside the minutes.
func (w *mdWriter) image(alt, src string) {
	w.blocks = append(w.blocks, block{kind: imageBlock, text: alt, src: src})
}

// bullets adds a list; items are escaped with escapeBlock(…, 2).
func (w *mdWriter) bullets(items []string) {
	if len(items) > 0 {
		w.blocks = append(w.blocks, block{kind: bulletBlock, items: items})
	}
}

// numbered adds an ordered list 1, 2, 3 … of one-line items.
func (w *mdWriter) numbered(items []string) {
	if len(items) > 0 {
		w.blocks = append(w.blocks, block{kind: numberedBlock, items: items})
	}
}

// table adds a table; cells are escaped with escapeCell. Every row gets as
// many cells as the header, and an empty cell says noValue.
func (w *mdWriter) table(header []string, rows [][]string) {
	full := make([][]string, len(rows))
	for i, r := range rows {
		full[i] = filled(r, len(header))
	}
	w.blocks = append(w.blocks, block{kind: tableBlock, header: filled(header, len(header)), rows: full})
}

// filled is n cells from cells, an empty or missing one as noValue.
func filled(cells []string, n int) []string {
	out := make([]string, n)
	for j := range out {
		if j < len(cells) && cells[j] != "" {
			out[j] = cells[j]
		} else {
			out[j] = noValue
		}
	}
	return out
}

// add appends the blocks of another writer, for sections that are built
// first and only kept when they have content.
func (w *mdWriter) add(o *mdWriter) { w.blocks = append(w.blocks, o.blocks...) }

// String is the Markdown: blocks separated by exactly one blank line, and
// one line break at the end, as markdownlint wants. It is written in one
// go into a buffer of the right size: the whole process is megabytes.
func (w *mdWriter) String() string {
	if len(w.blocks) == 0 {
		return ""
	}
	n := 0
	for i := range w.blocks {
		n += w.blocks[i].mdLen() + 2
	}
	var b strings.Builder
	b.Grow(n)
	for i := range w.blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		w.blocks[i].markdown(&b)
	}
	b.WriteByte('\n')
	return b.String()
}

// markdown writes the block, without the blank line after it.
func (bl *block) markdown(b *strings.Builder) {
	switch bl.kind {
	case headingBlock:
		for range bl.level {
			b.WriteByte('#')
		}
		b.WriteByte(' ')
		b.WriteString(bl.text)
	case paraBlock:
		b.WriteString(bl.text)
	case imageBlock:
		b.WriteString("![")
		b.WriteString(bl.text)
		b.WriteString("](")
		b.WriteString(bl.src)
		b.WriteByte(')')
	case bulletBlock:
		for i, it := range bl.items {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString("- ")
			b.WriteString(it)
		}
	case numberedBlock:
		for i, it := range bl.items {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(strconv.Itoa(i + 1))
			b.WriteString(". ")
			b.WriteString(it)
		}
	case tableBlock:
		mdRow(b, bl.header)
		b.WriteString("\n|")
		for range bl.header {
			b.WriteString(" --- |")
		}
		for _, r := range bl.rows {
			b.WriteByte('\n')
			mdRow(b, r)
		}
	}
}

// mdRow writes a table row with leading and trailing pipes.
func mdRow(b *strings.Builder, cells []string) {
	b.WriteByte('|')
	for _, c := range cells {
		b.WriteByte(' ')
		b.WriteString(c)
		b.WriteString(" |")
	}
}

// mdLen is a close upper bound of the block's Markdown length, so that
// the minutes are written into one buffer without growing it.
func (bl *block) mdLen() int {
	n := len(bl.text) + len(bl.src) + 8
	for _, it := range bl.items {
		n += len(it) + 8
	}
	for _, c := range bl.header {
		n += len(c) + 9
	}
	for _, r := range bl.rows {
		for _, c := range r {
			n += len(c) + 3
		}
		n += 2
	}
	return n
}

// noValue fills a table cell that has nothing to say.
const noValue = "—"
