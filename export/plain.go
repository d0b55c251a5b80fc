package export

import (
	"bytes"
	"html"
	"strings"
)

// Block is one block of the minutes as plain text, for a reader that is
// not a Markdown one: the program's preview draws these in the terminal,
// styled its own way, with no Markdown syntax left to show (no "#", no
// backslashes).
type Block struct {
	Kind   BlockKind
	Level  int        // a heading's level, 1–6
	Text   string     // heading and paragraph; chart: its text alternative. Line breaks are "\n".
	Items  []string   // list items; an item's line breaks are "\n"
	Header []string   // table
	Rows   [][]string // table: as many cells as Header
}

// BlockKind says what a Block is.
type BlockKind uint8

const (
	BlockHeading BlockKind = iota
	BlockParagraph
	BlockBullets
	BlockNumbered
	BlockTable
	BlockChart
)

// Blocks are the document's blocks as plain text, made when asked for: a
// whole process is megabytes, and the command line never needs them.
func (d Document) Blocks() []Block {
	if d.blocks == nil {
		return nil
	}
	return d.blocks.plain()
}

func (w *mdWriter) plain() []Block {
	out := make([]Block, len(w.blocks))
	for i := range w.blocks {
		bl := &w.blocks[i]
		b := Block{Level: bl.level, Text: plainText(bl.text)}
		switch bl.kind {
		case headingBlock:
			b.Kind = BlockHeading
		case paraBlock:
			b.Kind = BlockParagraph
		case imageBlock:
			b.Kind = BlockChart
		case bulletBlock, numberedBlock:
			b.Kind = BlockBullets
			if bl.kind == numberedBlock {
				b.Kind = BlockNumbered
			}
			b.Items = plainTexts(bl.items)
		case tableBlock:
			b.Kind = BlockTable
			b.Header = plainTexts(bl.header)
			b.Rows = make([][]string, len(bl.rows))
			for j, r := range bl.rows {
				b.Rows[j] = plainTexts(r)
			}
		}
		out[i] = b
	}
	return out
}

func plainTexts(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = plainText(s)
	}
	return out
}

// plainText is escaped Markdown text as the text a reader sees: what
// inlineHTML makes of it (held to goldmark by html_test.go), with its line
// breaks as "\n" and its character references as characters. A "<br>" in
// inlineHTML's output is always its own: typed text comes out as "&lt;".
func plainText(s string) string {
	if s == "" {
		return ""
	}
	var b bytes.Buffer
	inlineHTML(&b, s)
	return html.UnescapeString(strings.ReplaceAll(b.String(), "<br>\n", "\n"))
}
