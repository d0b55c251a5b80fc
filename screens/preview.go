package screens

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/export"
)

// minutesPreview shows minutes a window at a time: the export's blocks
// laid out for the terminal (headings as styled text, lists with hanging
// indents, tables drawn in columns, no Markdown syntax), or a plain text.
// It lays them out once per width and styles only the lines in view, so
// that scrolling the largest minutes costs no more than short ones.
//
// It is drawn by the program itself rather than by glamour: glamour's
// libraries (chroma, goldmark, bluemonday) cost 60 ms and more of package
// initialisation before main, which the first frame would pay on every
// start (PERFORMANCE.md, README).
type minutesPreview struct {
	blocks []export.Block // nil for a plain text
	text   string
	lines  []previewLine
	width  int
	top    int
	height int
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
	m.blocks, m.text, m.lines = nil, text, nil
}

// setBlocks shows rendered minutes.
func (m *minutesPreview) setBlocks(blocks []export.Block) {
	m.blocks, m.text, m.lines = blocks, "", nil
}

// fit lays the minutes out for width (only when it changed) and keeps the
// window inside them.
func (m *minutesPreview) fit(width, height int) {
	if width != m.width || m.lines == nil {
		m.width = width
		if m.blocks != nil {
			m.lines = layoutBlocks(m.blocks, width)
		} else {
			m.lines = m.lines[:0]
			for _, raw := range strings.Split(m.text, "\n") {
				for _, l := range hangingWrap(raw, width) {
					m.lines = append(m.lines, previewLine{text: l})
				}
			}
		}
	}
	m.height = max(1, height)
	m.top = max(0, min(m.top, len(m.lines)-m.height))
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
	window := m.lines[m.top:min(len(m.lines), m.top+m.height)]
	out := make([]string, len(window))
	for i, l := range window {
		if l.style == lineText || l.text == "" {
			out[i] = l.text
		} else {
			out[i] = styles[l.style].Render(l.text)
		}
	}
	return out
}

// scroll applies a list key to the window and reports whether msg was one.
func (m *minutesPreview) scroll(msg tea.KeyPressMsg, k listKeys) bool {
	switch {
	case key.Matches(msg, k.Up):
		m.top--
	case key.Matches(msg, k.Down):
		m.top++
	case key.Matches(msg, k.PageUp):
		m.top -= m.height
	case key.Matches(msg, k.PageDown):
		m.top += m.height
	case key.Matches(msg, k.First):
		m.top = 0
	case key.Matches(msg, k.Last):
		m.top = len(m.lines)
	default:
		return false
	}
	m.top = max(0, min(m.top, len(m.lines)-m.height))
	return true
}

// layoutBlocks lays out the minutes' blocks at width, a blank line
// between blocks.
func layoutBlocks(blocks []export.Block, width int) []previewLine {
	width = max(width, 8)
	out := make([]previewLine, 0, len(blocks)*3)
	add := func(style lineStyle, lines ...string) {
		for _, l := range lines {
			out = append(out, previewLine{text: l, style: style})
		}
	}
	for i, b := range blocks {
		if i > 0 {
			add(lineText, "")
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
			for j, it := range b.Items {
				marker := "• "
				if b.Kind == export.BlockNumbered {
					marker = strconv.Itoa(j+1) + ". "
				}
				add(lineText, hanging(marker, it, width)...)
			}
		case export.BlockTable:
			out = append(out, tableLines(b.Header, b.Rows, width)...)
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
