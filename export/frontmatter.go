package export

import (
	"strings"
	"unicode"
)

// frontMatter is the YAML block that opens a Markdown file: the page title
// and the language, for `pandoc -s` (which otherwise warns and names the
// HTML page after the file) and for the proofing language of the docx and
// odt pandoc makes. heading is the level-1 heading's escaped text: pandoc
// reads a metadata value as Markdown, so the escapes mean what they mean
// in the heading.
//
// The key is pagetitle, not title: with title pandoc prints the title a
// second time above the level-1 heading, and markdownlint (MD025, its
// front_matter_title) counts two level-1 headings. The blank line before
// the closing --- is for CommonMark readers that know no front matter:
// without it they read the block as a level-2 heading above the level-1
// one (a setext heading); with it they show a rule, one line, a rule.
func frontMatter(heading, lang string) string {
	var b strings.Builder
	b.Grow(len(heading) + len(lang) + 40)
	b.WriteString("---\npagetitle: '")
	for _, r := range heading {
		switch {
		case r == '\'':
			b.WriteString("''") // the one escape of a single-quoted YAML string
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\uFEFF':
			b.WriteByte(' ') // not printable in YAML, or a line break to some readers
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("'\nlang: ")
	b.WriteString(lang)
	b.WriteString("\n\n---\n\n")
	return b.String()
}

// markdown is the file's text: the front matter, then the blocks.
func (w *mdWriter) markdown(lang string) string {
	if len(w.blocks) == 0 || w.blocks[0].kind != headingBlock {
		return w.String()
	}
	return w.withHead(frontMatter(w.blocks[0].text, lang))
}
