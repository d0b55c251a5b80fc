package main

import (
	"io"
	"strings"

	"werkgroep/sessions"
)

// cleanOutput is where the commands print: everything they write passes
// through sessions.Clean, as the screens' text does, so that a werkgroep
// name, a path or an argument holding escape sequences (a window title, a
// cleared screen) reaches the terminal as plain text. run wraps stdout and
// stderr in it once, so that no message can forget.
type cleanOutput struct{ w io.Writer }

// Write cleans one message (fmt writes each Fprintln whole) and keeps the
// blank space around it, which Clean would trim: the indentation of the
// flag list, the line break at the end.
func (c cleanOutput) Write(p []byte) (int, error) {
	s := string(p)
	body := strings.TrimRight(strings.TrimLeft(s, " \t\n"), " \t\n")
	if body == "" {
		_, err := io.WriteString(c.w, s)
		return len(p), err
	}
	start := strings.Index(s, body)
	lead, trail := s[:start], s[start+len(body):]
	if _, err := io.WriteString(c.w, lead+sessions.Clean(body)+trail); err != nil {
		return 0, err
	}
	return len(p), nil
}

// shownName is a name from the file or the command line as the screens
// show it: one line, cleaned.
func shownName(s string) string { return sessions.CleanLine(s) }
