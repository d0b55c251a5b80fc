package screens

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// editor is a multi-line text field for capture. Unlike bubbles/textarea
// it renders only the lines it shows, so a long paste stays cheap, and it
// cleans every rune that comes in (escape sequences, control characters).
type editor struct {
	text    []rune
	pos     int // cursor, an index into text
	focused bool
	keys    editorKeys
}

type editorKeys struct {
	Newline, Left, Right, WordLeft, WordRight, Home, End      key.Binding
	Backspace, Delete, DeleteWord, DeleteToStart, DeleteToEnd key.Binding
}

func newEditorKeys() editorKeys {
	return editorKeys{
		Newline:       key.NewBinding(key.WithKeys("alt+enter", "ctrl+j", "shift+enter")),
		Left:          key.NewBinding(key.WithKeys("left", "ctrl+b")),
		Right:         key.NewBinding(key.WithKeys("right", "ctrl+f")),
		WordLeft:      key.NewBinding(key.WithKeys("alt+left", "ctrl+left", "alt+b")),
		WordRight:     key.NewBinding(key.WithKeys("alt+right", "ctrl+right", "alt+f")),
		Home:          key.NewBinding(key.WithKeys("home", "ctrl+a")),
		End:           key.NewBinding(key.WithKeys("end", "ctrl+e")),
		Backspace:     key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
		Delete:        key.NewBinding(key.WithKeys("delete", "ctrl+d")),
		DeleteWord:    key.NewBinding(key.WithKeys("ctrl+w", "alt+backspace")),
		DeleteToStart: key.NewBinding(key.WithKeys("ctrl+u")),
		DeleteToEnd:   key.NewBinding(key.WithKeys("ctrl+k")),
	}
}

func newEditor() editor { return editor{keys: newEditorKeys()} }

func (e *editor) Value() string { return string(e.text) }

func (e *editor) SetValue(s string) {
	e.text = []rune(s)
	e.pos = len(e.text)
}

func (e *editor) Reset() { e.text, e.pos = nil, 0 }

func (e *editor) Empty() bool { return strings.TrimSpace(string(e.text)) == "" }

// insert adds text at the cursor, cleaned but keeping inner spacing.
func (e *editor) insert(s string) {
	s = cleanKeepSpace(s)
	if s == "" {
		return
	}
	rs := []rune(s)
	out := make([]rune, 0, len(e.text)+len(rs))
	out = append(out, e.text[:e.pos]...)
	out = append(out, rs...)
	out = append(out, e.text[e.pos:]...)
	e.text = out
	e.pos += len(rs)
}

// Update handles editing keys and paste; it reports whether it used msg.
func (e *editor) Update(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		e.insert(msg.Content)
		return true
	case tea.KeyPressMsg:
		k := e.keys
		switch {
		case key.Matches(msg, k.Newline):
			e.text = append(e.text[:e.pos], append([]rune{'\n'}, e.text[e.pos:]...)...)
			e.pos++
		case key.Matches(msg, k.Left):
			e.pos = max(0, e.pos-1)
		case key.Matches(msg, k.Right):
			e.pos = min(len(e.text), e.pos+1)
		case key.Matches(msg, k.WordLeft):
			e.pos = wordStart(e.text, e.pos)
		case key.Matches(msg, k.WordRight):
			e.pos = wordEnd(e.text, e.pos)
		case key.Matches(msg, k.Home):
			e.pos = 0
		case key.Matches(msg, k.End):
			e.pos = len(e.text)
		case key.Matches(msg, k.Backspace):
			if e.pos > 0 {
				e.text = append(e.text[:e.pos-1], e.text[e.pos:]...)
				e.pos--
			}
		case key.Matches(msg, k.Delete):
			if e.pos < len(e.text) {
				e.text = append(e.text[:e.pos], e.text[e.pos+1:]...)
			}
		case key.Matches(msg, k.DeleteWord):
			start := wordStart(e.text, e.pos)
			e.text = append(e.text[:start], e.text[e.pos:]...)
			e.pos = start
		case key.Matches(msg, k.DeleteToStart):
			e.text = e.text[e.pos:]
			e.pos = 0
		case key.Matches(msg, k.DeleteToEnd):
			e.text = e.text[:e.pos]
		case msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
			e.insert(msg.Text)
		default:
			return false
		}
		return true
	}
	return false
}

func wordStart(t []rune, pos int) int {
	for pos > 0 && unicode.IsSpace(t[pos-1]) {
		pos--
	}
	for pos > 0 && !unicode.IsSpace(t[pos-1]) {
		pos--
	}
	return pos
}

func wordEnd(t []rune, pos int) int {
	for pos < len(t) && unicode.IsSpace(t[pos]) {
		pos++
	}
	for pos < len(t) && !unicode.IsSpace(t[pos]) {
		pos++
	}
	return pos
}

// View renders the text wrapped to width, at most height lines, keeping
// the cursor's line in view. Only the lines around the cursor are wrapped,
// so a very long text costs little per keystroke.
func (e *editor) View(width, height int, cursorStyle func(...string) string) []string {
	width = max(1, width)
	// The cursor's paragraph and the ones just before it are enough to
	// fill the window; earlier text is not shown.
	start := e.pos
	nl := 0
	for start > 0 && nl <= height {
		if e.text[start-1] == '\n' {
			nl++
		}
		start--
		if e.pos-start > width*height*2 && e.text[start] != '\n' {
			break
		}
	}
	end := e.pos
	for end < len(e.text) && e.text[end] != '\n' && end-e.pos < width*height {
		end++
	}
	before := string(e.text[start:e.pos])
	under := " "
	rest := ""
	if e.pos < len(e.text) && e.text[e.pos] != '\n' {
		under = string(e.text[e.pos])
		rest = string(e.text[e.pos+1 : end])
	} else if e.pos < end {
		rest = string(e.text[e.pos:end])
	}
	cur := expandTabs(under)
	if e.focused {
		cur = cursorStyle(under)
	}
	// Wrap with a placeholder for the cursor cell, then swap it in.
	const mark = "\uE000"
	full := expandTabs(before) + mark + expandTabs(rest)
	var lines []string
	for _, para := range strings.Split(full, "\n") {
		lines = append(lines, strings.Split(ansi.Wrap(para, width, ""), "\n")...)
	}
	at := 0
	for i, l := range lines {
		if strings.Contains(l, mark) {
			lines[i] = strings.Replace(l, mark, cur, 1)
			at = i
		}
	}
	from := max(0, at-height+1)
	to := min(len(lines), from+height)
	return lines[from:to]
}
