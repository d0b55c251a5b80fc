package screens

import (
	"errors"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/sessions"
)

// wrap breaks plain text into lines of at most width cells, keeping the
// author's line breaks.
func wrap(text string, width int) []string {
	if width < 1 {
		width = 1
	}
	text = expandTabs(text)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		w := ansi.Wrap(para, width, "")
		out = append(out, strings.Split(w, "\n")...)
	}
	return out
}

// truncate cuts a line to width cells with an ellipsis.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// fillHeight pads s with empty lines to exactly h lines.
func fillHeight(s string, h int) string {
	n := lipgloss.Height(s)
	if s == "" {
		n = 0
	}
	if n >= h {
		return s
	}
	if s == "" {
		return strings.Repeat("\n", h-1)
	}
	return s + strings.Repeat("\n", h-n)
}

// plainError is the message of err without the technical wrapping of
// lower layers where a plain one exists.
func plainError(err error) string {
	if errors.Is(err, sessions.ErrNotFound) {
		return "not found"
	}
	return err.Error()
}

// besideEachOther puts two columns of lines side by side in rows lines:
// the left one padded to leftWidth cells, then sep, then the right one.
func besideEachOther(left, right []string, leftWidth int, sep string, rows int) []string {
	out := make([]string, 0, rows)
	for i := range rows {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out = append(out, padRight(l, leftWidth)+sep+r)
	}
	return out
}

// padRight pads a line with spaces to w cells.
func padRight(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// cleanKeepSpace is sessions.Clean for text that is still being typed or
// pasted into a field: where the text began or ended with blank space,
// one space is kept, since it may part two words. Blank text stays as
// it is, and a line break alone stays one ("\n").
func cleanKeepSpace(s string) string {
	const blank = " \t\r\n"
	c := sessions.Clean(s)
	if c == "" {
		if strings.ContainsAny(s, "\r\n") {
			return "\n"
		}
		if strings.Trim(s, " \t") == "" {
			return s
		}
		return ""
	}
	if strings.TrimLeft(s, blank) != s {
		c = " " + c
	}
	if strings.TrimRight(s, blank) != s {
		c += " "
	}
	return c
}

// expandTabs turns tabs into spaces: the renderer drops a tab, which would
// glue two words together on screen.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	return strings.ReplaceAll(s, "\t", "    ")
}
