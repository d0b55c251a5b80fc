// Package export turns a werkgroep into minutes: Markdown that the group
// owns (valid CommonMark with GFM tables, clean for pandoc and
// markdownlint), and a self-contained HTML file rendered from that same
// Markdown for readers who never see Markdown. It knows nothing of the
// terminal: the command line and the export screen both call Render and
// Write.
//
// Read render.go for the API, minutes.go for the shape of the minutes,
// escape.go for how typed text stays text.
package export

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"werkgroep/sessions"
)

// Options say which minutes to make.
type Options struct {
	Werkgroep sessions.ID
	Session   int    // 1-based session number; 0 = the whole process
	Format    string // "md" (default) or "html"
}

// File is a file that goes beside the minutes (a chart).
type File struct {
	Name string
	Data []byte
}

// Document is rendered minutes: the Markdown, the HTML rendered from it
// when Format is html, and files that go beside it (charts, later).
type Document struct {
	Name     string // suggested file name, e.g. "visie-participatie-bijeenkomst-2.md"
	Markdown string
	HTML     []byte
	Files    []File
	// Source is the data file the minutes were made from: Write never
	// writes over it (datafile.Check).
	Source string
	blocks *mdWriter // for Blocks
	// HiddenNames are the contributions whose text holds a name, or part
	// of one, that its owner chose not to show in these minutes
	// (sessions.HiddenNames): the text is written as typed, so the one
	// who writes the minutes is told where to look.
	HiddenNames []HiddenName
}

// HiddenName is one contribution whose text holds such a name.
type HiddenName struct {
	Session, Step int      // numbers, as the minutes show them
	Words         []string // the words of the text that are a hidden name
}

// ErrNoSession is returned when Options.Session names a session the
// werkgroep does not have.
var ErrNoSession = errors.New("no such session")

// ErrFormat is returned for a format other than md or html.
var ErrFormat = errors.New("unknown format")

// Render makes the minutes that o asks for, in the werkgroep's language.
func Render(st sessions.Store, o Options) (Document, error) {
	format, err := normalFormat(o.Format)
	if err != nil {
		return Document{}, err
	}
	if o.Session < 0 {
		return Document{}, fmt.Errorf("session %d: %w", o.Session, ErrNoSession)
	}
	m, err := load(st, o)
	if err != nil {
		return Document{}, fmt.Errorf("minutes of werkgroep %d: %w", o.Werkgroep, err)
	}
	w := m.document()
	doc := Document{Name: m.fileName(format), Markdown: w.markdown(string(m.w.Lang)), Files: m.kindFiles(), blocks: w}
	if format == "html" {
		doc.HTML = renderHTML(w, string(m.w.Lang), m.title(), doc.Files)
		doc.Files = nil // the charts are inside the page
	}
	doc.Source = st.Path()
	doc.HiddenNames = m.hiddenNames()
	return doc, nil
}

// hiddenNames finds the contributions of these minutes whose text names
// someone otherwise than they chose here (the whole process: the more
// private of their two choices, as load set).
func (m *minutes) hiddenNames() []HiddenName {
	var out []HiddenName
	parts := sessions.HiddenNameParts(m.list, func(p sessions.Participant) sessions.Naming { return p.Naming })
	if len(parts) == 0 {
		return nil
	}
	for _, sd := range m.sessions {
		for i, step := range sd.Steps {
			for _, c := range sd.said[step.ID] {
				if w := parts.In(c.Text); len(w) > 0 {
					out = append(out, HiddenName{Session: sd.Number, Step: i + 1, Words: w})
				}
			}
		}
	}
	return out
}

// normalFormat is "md" or "html"; empty means md.
func normalFormat(f string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(f)) {
	case "", "md", "markdown":
		return "md", nil
	case "html", "htm":
		return "html", nil
	}
	return "", fmt.Errorf("%q: %w", f, ErrFormat)
}

// title is the text of the level-1 heading, unescaped.
func (m *minutes) title() string {
	name := sessions.CleanLine(m.w.Name)
	if m.o.Session == 0 {
		return m.t.T("md.title.all", name)
	}
	return m.t.T("md.title.session", name, m.o.Session)
}

// fileName suggests a file name from the werkgroep's name and the session.
func (m *minutes) fileName(format string) string {
	which := m.t.T("md.name.all")
	if m.o.Session != 0 {
		which = m.t.T("md.name.session", m.o.Session)
	}
	return slug(m.w.Name) + "-" + which + "." + format
}

// slug makes a name safe for a file name on every system: lower case
// letters and digits, accents dropped, words joined with hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if a, ok := plainLetter()[r]; ok {
			r = a
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 60 {
				break
			}
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "werkgroep"
	}
	return b.String()
}

// plainLetter drops the accents that Dutch and its neighbours use; built
// on first use, not when the program starts.
var plainLetter = sync.OnceValue(func() map[rune]rune {
	return map[rune]rune{
		'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
		'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
		'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ĳ': 'y',
		'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ø': 'o',
		'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u',
		'ç': 'c', 'ñ': 'n', 'ß': 's',
	}
})
