package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"werkgroep/export"
)

// minutesPreview shows minutes a window at a time: the export's blocks
// laid out for the terminal (headings as styled text, lists with hanging
// indents, tables drawn in columns, no Markdown syntax), or a plain text.
//
// A resize must stay instant with the largest minutes (a whole process of
// 45,000 lines takes a third of a second to lay out): the minutes are cut
// into pieces (a heading, a paragraph, a list item, a table row), and a
// piece is laid out for the window's width when the window first reaches
// it; each is laid out once per width, never per key. The whole layout at
// the new width is made beside it, off the update path (preview_full.go),
// and taken over when ready: until then the position is shown as a
// percentage instead of line numbers.
//
// It is drawn by the program itself rather than by glamour: glamour's
// libraries (chroma, goldmark, bluemonday) cost 60 ms and more of package
// initialisation before main, which the first frame would pay on every
// start (PERFORMANCE.md).
type minutesPreview struct {
	blocks []export.Block // nil for a plain text
	raw    []string       // a plain text's lines
	pieces []piece
	size   []int // text bytes before each piece, for the percentage
	width  int
	height int
	laid   [][]previewLine           // per piece at width; nil: not laid out yet
	start  []int                     // where each piece starts, once all are laid out
	cols   func(block int) tableCols // a table's columns at width
	at     int                       // the window's top: piece at, its line off
	off    int
	full   *fullLayout // the whole layout at width, being made
}

// piece is what is laid out at once: block's item (a list item, a table
// row; -1 is a table's header) or the whole block (item 0 of the others).
type piece struct {
	block, item int32
}

// previewLine is one laid-out line and how it is drawn.
type previewLine struct {
	text  string
	style lineStyle
}

type lineStyle uint8

const (
	lineText lineStyle = iota
	lineTitle
	lineHeading
	lineSubheading
	lineMinor
	lineSubtle
	lineStrong
)

// set shows a plain text.
func (m *minutesPreview) set(text string) {
	m.reset(nil, strings.Split(text, "\n"))
}

// setBlocks shows rendered minutes.
func (m *minutesPreview) setBlocks(blocks []export.Block) {
	m.reset(blocks, nil)
}

func (m *minutesPreview) reset(blocks []export.Block, raw []string) {
	m.stopFull()
	m.blocks, m.raw = blocks, raw
	m.pieces, m.size = cutPieces(blocks, raw)
	m.laid, m.start, m.cols = nil, nil, nil
	m.at, m.off = 0, 0
}

// cutPieces cuts the minutes into pieces, with the text's size before
// each one.
func cutPieces(blocks []export.Block, raw []string) ([]piece, []int) {
	if blocks == nil {
		pieces, size := make([]piece, len(raw)), make([]int, len(raw)+1)
		for i, l := range raw {
			pieces[i] = piece{block: int32(i)}
			size[i+1] = size[i] + len(l) + 1
		}
		return pieces, size
	}
	n := 0
	for i := range blocks {
		n += max(1, len(blocks[i].Items), len(blocks[i].Rows)+1)
	}
	pieces, size := make([]piece, 0, n), make([]int, 1, n+1)
	add := func(b, item, bytes int) {
		pieces = append(pieces, piece{block: int32(b), item: int32(item)})
		size = append(size, size[len(size)-1]+bytes+1)
	}
	for i := range blocks {
		b := &blocks[i]
		switch b.Kind {
		case export.BlockBullets, export.BlockNumbered:
			for j, it := range b.Items {
				add(i, j, len(it))
			}
		case export.BlockTable:
			add(i, -1, cellsLen(b.Header))
			for j, r := range b.Rows {
				add(i, j, cellsLen(r))
			}
		default:
			add(i, 0, len(b.Text))
		}
	}
	return pieces, size
}

func cellsLen(cells []string) int {
	n := 0
	for _, c := range cells {
		n += len(c) + 3
	}
	return n
}

// fit lays the minutes out for width (only what the window shows, and
// only when the width changed) and keeps the window inside them.
func (m *minutesPreview) fit(width, height int) {
	width = max(width, 1)
	if m.size == nil {
		m.reset(nil, nil) // nothing to show yet
	}
	if width != m.width || m.laid == nil {
		m.width = width
		m.laid, m.start, m.cols = make([][]previewLine, len(m.pieces)), nil, columnsAt(m.blocks, width)
		m.stopFull()
		if m.size[len(m.size)-1] <= layoutNow {
			m.layoutAll()
		} else {
			m.full = startFull(m.blocks, m.raw, m.pieces, width)
		}
	}
	m.height = max(1, height)
	m.adopt()
	m.move(0)
}

// layoutNow is how much text is laid out at once when the width changes:
// about 5 ms of work on a busy machine (a session's minutes; a whole
// process is laid out piece by piece).
const layoutNow = 48 << 10

// layoutAll lays out every piece now.
func (m *minutesPreview) layoutAll() {
	for i := range m.pieces {
		m.piece(i)
	}
	m.count()
}

// count notes where each piece starts, once every piece is laid out.
func (m *minutesPreview) count() {
	m.start = make([]int, len(m.laid)+1)
	for i, l := range m.laid {
		m.start[i+1] = m.start[i] + len(l)
	}
}

// piece is piece i laid out at the width, laid out now if need be.
func (m *minutesPreview) piece(i int) []previewLine {
	if m.laid[i] == nil {
		m.laid[i] = layoutPiece(m.blocks, m.raw, m.pieces, i, m.width, m.cols)
	}
	return m.laid[i]
}

// move moves the window's top n lines (up when n < 0) and keeps the
// window filled: it never starts so far down that lines stay empty.
func (m *minutesPreview) move(n int) {
	if len(m.pieces) == 0 {
		m.at, m.off = 0, 0
		return
	}
	m.at = min(m.at, len(m.pieces)-1)
	for n > 0 {
		l := len(m.piece(m.at))
		if m.off+n < l {
			m.off += n
			break
		}
		if m.at == len(m.pieces)-1 {
			m.off = max(0, l-1)
			break
		}
		n -= l - m.off
		m.at, m.off = m.at+1, 0
	}
	for n < 0 {
		if m.off+n >= 0 {
			m.off += n
			break
		}
		if m.at == 0 {
			m.off = 0
			break
		}
		n += m.off
		m.at--
		m.off = len(m.piece(m.at))
	}
	// past the end of a piece: the start of the next one
	for m.off >= len(m.piece(m.at)) && m.at < len(m.pieces)-1 {
		m.at, m.off = m.at+1, 0
	}
	if short := m.height - m.below(m.height); short > 0 && (m.at > 0 || m.off > 0) {
		m.upTo(short)
	}
}

// upTo moves the top n lines up, or to the first line.
func (m *minutesPreview) upTo(n int) {
	for n > 0 {
		if m.off >= n {
			m.off -= n
			return
		}
		n -= m.off
		if m.at == 0 {
			m.off = 0
			return
		}
		m.at--
		m.off = len(m.piece(m.at))
	}
}

// below counts the lines from the window's top on, up to n.
func (m *minutesPreview) below(n int) int {
	got := 0
	for i := m.at; i < len(m.pieces) && got < n; i++ {
		l := len(m.piece(i))
		if i == m.at {
			l -= m.off
		}
		got += max(0, l)
	}
	return min(got, n)
}

// position is where the window is: its first and last line (1-based)
// and the total, when the whole layout is known; otherwise ok is false
// and percent says how far into the minutes the window starts.
func (m *minutesPreview) position() (first, last, total int, ok bool, percent int) {
	m.adopt()
	if m.start != nil {
		total = m.start[len(m.start)-1]
		if len(m.pieces) == 0 {
			return 0, 0, 0, true, 0
		}
		first = m.start[m.at] + m.off + 1
		return min(first, total), min(total, first+m.height-1), total, true, 0
	}
	if len(m.size) == 0 {
		return 0, 0, 0, true, 0
	}
	all := m.size[len(m.size)-1]
	return 0, 0, 0, false, m.size[min(m.at, len(m.size)-1)] * 100 / max(1, all)
}

// visible is the window's lines, styled.
func (m *minutesPreview) visible(s Styles) []string {
	styles := [...]lipgloss.Style{
		lineText:       lipgloss.NewStyle(),
		lineTitle:      s.Title,
		lineHeading:    s.Title,
		lineSubheading: s.Bold,
		lineMinor:      s.Label,
		lineSubtle:     s.Subtle,
		lineStrong:     s.Bold,
	}
	if m.laid == nil {
		return nil
	}
	out := make([]string, 0, m.height)
	for i, off := m.at, m.off; i < len(m.pieces) && len(out) < m.height; i, off = i+1, 0 {
		lines := m.piece(i)
		for _, l := range lines[min(off, len(lines)):] {
			if len(out) == m.height {
				break
			}
			if l.style == lineText || l.text == "" {
				out = append(out, l.text)
			} else {
				out = append(out, styles[l.style].Render(l.text))
			}
		}
	}
	return out
}

// scroll applies a list key to the window and reports whether msg was one.
func (m *minutesPreview) scroll(msg tea.KeyPressMsg, k listKeys) bool {
	m.adopt()
	switch {
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.PageUp):
		m.move(-m.height)
	case key.Matches(msg, k.PageDown):
		m.move(m.height)
	case key.Matches(msg, k.First):
		m.at, m.off = 0, 0
	case key.Matches(msg, k.Last):
		m.at = max(0, len(m.pieces)-1)
		m.off = len(m.piece(m.at))
		m.move(0)
	default:
		return false
	}
	return true
}

// where is the window's top, to come back to after the minutes are made
// again (another program stored something): the same piece.
func (m *minutesPreview) where() (at, off int) { return m.at, m.off }

// goTo puts the window's top back at a piece (where), inside the minutes.
func (m *minutesPreview) goTo(at, off int) {
	m.at, m.off = max(0, min(at, len(m.pieces)-1)), max(0, off)
	if m.laid != nil {
		m.move(0)
	}
}
