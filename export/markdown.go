package export

import (
	"strconv"
	"strings"
	"unicode/utf8"
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
	kind    blockKind
	level   int        // heading: 1–6
	text    string     // heading and paragraph; image: the text alternative
	src     string     // image: the chart's relative path
	caption string     // image: a short caption for the HTML; empty for none
	items   []string   // lists
	header  []string   // table
	rows    [][]string // table: as many cells as header, empty ones filled
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

// figure adds a chart alone in a paragraph: alt is escaped with
// escapeLine, src is a file name beside the minutes. The HTML shows
// caption under it; the Markdown has only the text alternative (which
// pandoc shows as the caption). caption is escaped with escapeLine.
func (w *mdWriter) figure(alt, src, caption string) {
	w.blocks = append(w.blocks, block{kind: imageBlock, text: alt, src: src, caption: caption})
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
func (w *mdWriter) String() string { return w.withHead("") }

// withHead is the Markdown after head (the front matter), in one buffer.
func (w *mdWriter) withHead(head string) string {
	if len(w.blocks) == 0 {
		return ""
	}
	n := len(head)
	for i := range w.blocks {
		n += w.blocks[i].mdLen() + 2
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(head)
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
		for _, n := range bl.dashes() {
			b.WriteByte(' ')
			b.WriteString(strings.Repeat("-", n))
			b.WriteString(" |")
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

// The separator row's dashes give each column its share of the page when
// pandoc turns the minutes into Word: its Markdown reader (the one
// `pandoc minutes.md -o minutes.docx` uses) reads them as relative widths
// once a line of the table is longer than its 72 columns, so the row is
// made tableDashes long. Every column first gets its longest word and
// room for the cell's margins, so that no word is broken inside a cell;
// what a table of tableFit characters leaves goes to the columns with
// longer text, each up to tableWant.
const (
	tableDashes = 80
	tableFit    = 60 // characters of 12-point text in pandoc's 5.5-inch table
	tableWant   = 40
	tableMin    = 3
	tableMargin = 3 // the cell's margins, in characters
)

func (bl *block) dashes() []int {
	n := len(bl.header)
	need, want := make([]int, n), make([]int, n)
	for j := range n {
		need[j], want[j] = tableMin, tableMin
	}
	for _, r := range append([][]string{bl.header}, bl.rows...) {
		for j, c := range r {
			text := unescaped(c)
			want[j] = max(want[j], min(utf8.RuneCountInString(text), tableWant)+tableMargin)
			for _, w := range strings.Fields(text) {
				need[j] = max(need[j], utf8.RuneCountInString(w)+tableMargin)
			}
		}
	}
	sumNeed, sumWant, sumMore := 0, 0, 0
	for j := range n {
		want[j] = max(want[j], need[j])
		sumNeed += need[j]
		sumWant += want[j]
		sumMore += want[j] - need[j]
	}
	width := want
	if sumWant > tableFit {
		width = need
		left := max(tableFit-sumNeed, 0)
		for j := range n {
			if sumMore > 0 {
				width[j] += left * (want[j] - need[j]) / sumMore
			}
		}
	}
	total := 0
	for _, w := range width {
		total += w
	}
	out := make([]int, n)
	for j, w := range width {
		out[j] = max(w*tableDashes/total, tableMin)
	}
	return out
}

// unescaped is escaped Markdown text as a reader sees it, near enough to
// measure it: backslash escapes dropped.
func unescaped(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
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
	if bl.kind == tableBlock {
		n += tableDashes + (tableWant+3)*len(bl.header)
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
