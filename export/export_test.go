package export

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"werkgroep/sessions"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name line by line, or rewrites it.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to make it)", err)
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		g, w := "", ""
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s line %d:\n got  %q\n want %q\n(run go test ./export -update if the change is meant)", name, i+1, g, w)
		}
	}
}

// cases are the minutes under test: one session and the whole process, in
// both languages.
var cases = []struct {
	lang    sessions.Lang
	session int
	golden  string
}{
	{sessions.Dutch, 1, "session-1-nl.md"},
	{sessions.Dutch, 0, "all-nl.md"},
	{sessions.English, 1, "session-1-en.md"},
	{sessions.English, 0, "all-en.md"},
}

func TestMinutesMatchGolden(t *testing.T) {
	for _, c := range cases {
		st, w := fixture(t, c.lang)
		doc, err := Render(st, Options{Werkgroep: w.ID, Session: c.session})
		if err != nil {
			t.Fatal(err)
		}
		golden(t, c.golden, doc.Markdown)
		if c.lang == sessions.Dutch && c.session == 0 {
			h, err := Render(st, Options{Werkgroep: w.ID, Format: "html"})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "all-nl.html", string(h.HTML))
		}
	}
}

func TestMinutesStructure(t *testing.T) {
	for _, c := range cases {
		st, w := fixture(t, c.lang)
		doc, err := Render(st, Options{Werkgroep: w.ID, Session: c.session})
		if err != nil {
			t.Fatal(err)
		}
		wantH2 := 1
		if c.session == 0 {
			wantH2 = 4 + 2 // every session, the closing list of actions and the participatieparagraaf
		}
		checkStructure(t, c.golden, doc.Markdown, wantH2)
	}
}

// checkStructure parses md back and checks its shape: one h1, the
// expected number of h2, full table rows, and nothing but the markup the
// minutes themselves use (no emphasis, links, code or raw HTML).
func checkStructure(t *testing.T, name, md string, wantH2 int) {
	t.Helper()
	md = bodyOf(t, name, md)
	src := []byte(md)
	doc := markdownParser().Parser().Parse(text.NewReader(src))
	headings := map[int]int{}
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			headings[n.Level]++
		case *east.Table:
			cols := n.FirstChild().ChildCount()
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				if r.ChildCount() != cols {
					t.Errorf("%s: a table row has %d cells, the header %d", name, r.ChildCount(), cols)
				}
			}
		case *ast.HTMLBlock, *ast.RawHTML, *ast.Emphasis, *ast.Link, *ast.Image, *ast.AutoLink,
			*ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.Blockquote, *ast.ThematicBreak:
			t.Errorf("%s: unexpected %s node at %q", name, n.Kind(), snippet(n, src))
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if headings[1] != 1 {
		t.Errorf("%s: %d level-1 headings, want 1", name, headings[1])
	}
	if headings[2] != wantH2 {
		t.Errorf("%s: %d level-2 headings, want %d", name, headings[2], wantH2)
	}
	if !strings.HasPrefix(md, "# ") || !strings.HasSuffix(md, "\n") || strings.HasSuffix(md, "\n\n") {
		t.Errorf("%s: must start with the level-1 heading and end with one line break", name)
	}
	if strings.Contains(md, "\n\n\n") || strings.Contains(md, " \n") || strings.Contains(md, "\t") {
		t.Errorf("%s: double blank line, trailing space or tab", name)
	}
	checkTableLines(t, name, md)
}

// checkTableLines counts the unescaped pipes of every table line, the way
// GFM splits cells, so that an extra cell cannot hide in the text.
func checkTableLines(t *testing.T, name, md string) {
	t.Helper()
	want := -1
	for i, l := range strings.Split(md, "\n") {
		if !strings.HasPrefix(l, "|") {
			want = -1
			continue
		}
		n := 0
		for j := 0; j < len(l); j++ {
			if l[j] == '|' && (j == 0 || l[j-1] != '\\') {
				n++
			}
		}
		if !strings.HasSuffix(l, " |") {
			t.Errorf("%s line %d: a table line must end with a pipe: %q", name, i+1, l)
		}
		if want == -1 {
			want = n
		} else if n != want {
			t.Errorf("%s line %d: %d cell borders, the header has %d: %q", name, i+1, n, want, l)
		}
	}
}

func snippet(n ast.Node, src []byte) string {
	if n.Lines().Len() > 0 {
		return string(n.Lines().Value(src))
	}
	if n.Parent() != nil && n.Parent().Lines().Len() > 0 {
		return string(n.Parent().Lines().Value(src))
	}
	return ""
}

// TestWhatWasTypedReadsBack checks every contribution, decision and action
// of the fixture appears in the HTML as typed.
func TestWhatWasTypedReadsBack(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	doc, err := Render(st, Options{Werkgroep: w.ID, Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	page := visibleText(string(doc.HTML))
	cs, _ := st.WerkgroepContributions(w.ID)
	var texts []string
	for _, c := range cs {
		texts = append(texts, c.Text)
	}
	as, _ := st.Actions(w.ID)
	for _, a := range as {
		texts = append(texts, strings.Join(wantLines(a.What), " "))
	}
	for _, text := range texts {
		for _, l := range wantLines(text) {
			if !strings.Contains(page, l) {
				t.Errorf("%q is not in the HTML as typed", l)
			}
		}
	}
}

func TestRenderErrors(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	if _, err := Render(st, Options{Werkgroep: w.ID, Session: 9}); !errors.Is(err, ErrNoSession) {
		t.Errorf("session 9: %v, want ErrNoSession", err)
	}
	if _, err := Render(st, Options{Werkgroep: w.ID, Format: "docx"}); !errors.Is(err, ErrFormat) {
		t.Errorf("docx: %v, want ErrFormat", err)
	}
	if _, err := Render(st, Options{Werkgroep: w.ID + 1}); !errors.Is(err, sessions.ErrNotFound) {
		t.Errorf("no werkgroep: %v, want ErrNotFound", err)
	}
}

func TestDocumentName(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	for o, want := range map[Options]string{
		{Werkgroep: w.ID, Session: 2}:                 "visie-participatie-bijeenkomst-2.md",
		{Werkgroep: w.ID}:                             "visie-participatie-alle-bijeenkomsten.md",
		{Werkgroep: w.ID, Session: 1, Format: "html"}: "visie-participatie-bijeenkomst-1.html",
	} {
		doc, err := Render(st, o)
		if err != nil || doc.Name != want {
			t.Errorf("%+v: %q, %v; want %q", o, doc.Name, err, want)
		}
	}
	if got := slug("Één café: ANE / Bijeenkomst #3!"); got != "een-cafe-ane-bijeenkomst-3" {
		t.Errorf("slug: %q", got)
	}
}
