package screens

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"werkgroep/sessions"
)

// dataFileLine says which data file is open, for the home screen and the
// full help: with several files (a practice file, last year's), a
// facilitator must be able to see which one they are changing.
func dataFileLine(c *Context, width int) string {
	prefix := c.T("data.file", "")
	return prefix + shortPath(c.Store.Path(), width-ansi.StringWidth(prefix))
}

// shortPath is path with ~ for the home folder, and, when it is still
// wider than width, its start left out: the file's own name and folder
// are the part that tells files apart.
func shortPath(path string, width int) string {
	p := sessions.CleanLine(path)
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		sep := string(filepath.Separator)
		if p == home {
			p = "~"
		} else if strings.HasPrefix(p, strings.TrimSuffix(home, sep)+sep) {
			p = "~" + sep + p[len(strings.TrimSuffix(home, sep)+sep):]
		}
	}
	if width <= 0 || ansi.StringWidth(p) <= width {
		return p
	}
	rs := []rune(p)
	for len(rs) > 0 && ansi.StringWidth("…"+string(rs)) > width {
		rs = rs[1:]
	}
	return "…" + string(rs)
}
