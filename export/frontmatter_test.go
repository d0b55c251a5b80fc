package export

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/text"
)

// bodyOf checks the front matter that opens md and returns the Markdown
// after it: the page title is the level-1 heading's text, the language is
// given, and a CommonMark reader that knows no front matter reads the
// block as a rule, one paragraph and a rule, never as a heading.
func bodyOf(t *testing.T, name, md string) string {
	t.Helper()
	const open, end = "---\npagetitle: '", "\n\n---\n\n"
	i := strings.Index(md, end)
	if !strings.HasPrefix(md, open) || i < 0 {
		t.Errorf("%s: must open with front matter (pagetitle, lang):\n%.200s", name, md)
		return md
	}
	head, body := md[:i+len(end)], md[i+len(end):]
	h1, _, _ := strings.Cut(strings.TrimPrefix(body, "# "), "\n")
	title, lang, ok := strings.Cut(strings.TrimPrefix(head[:i], open), "'\nlang: ")
	if !ok || strings.ReplaceAll(title, "''", "'") != h1 || (lang != "nl" && lang != "en") {
		t.Errorf("%s: front matter %q does not match the heading %q", name, head, h1)
	}
	var kinds []string
	doc := markdownParser().Parser().Parse(text.NewReader([]byte(head)))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		kinds = append(kinds, n.Kind().String())
	}
	if got := strings.Join(kinds, " "); got != "ThematicBreak Paragraph ThematicBreak" {
		t.Errorf("%s: without front matter support the block reads as %s", name, got)
	}
	return body
}

// The page title is written as a single-quoted YAML string that pandoc
// reads as Markdown: a quote is doubled, what YAML cannot hold becomes a
// space, the escapes stay.
func TestFrontMatter(t *testing.T) {
	got := frontMatter(`Anne's \*groep\*`+"\u0085\u2028x", "nl")
	want := "---\npagetitle: 'Anne''s \\*groep\\*  x'\nlang: nl\n\n---\n\n"
	if got != want {
		t.Errorf("frontMatter = %q, want %q", got, want)
	}
	var w mdWriter
	if w.markdown("nl") != "" {
		t.Error("empty minutes get front matter")
	}
}
