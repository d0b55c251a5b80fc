package screens

import (
	"bytes"
	"io"
	"os"

	"werkgroep/export"
)

// earlierMinutes reports whether the file at path is an earlier version
// of doc: Markdown whose level-1 heading (its first line, after the front
// matter if there is one) is doc's, or HTML with doc's page title. Only
// the start of the file is read.
func earlierMinutes(path string, doc export.Document, html bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8192)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if html {
		title := titleOf(doc.HTML)
		return title != nil && bytes.Contains(head, title)
	}
	first, got := headingLine([]byte(doc.Markdown)), headingLine(head)
	return len(first) > 2 && bytes.Equal(first, got)
}

// headingLine is the first line of Markdown after its front matter (a
// block from a line "---" to the next), blank lines skipped.
func headingLine(md []byte) []byte {
	if rest, ok := bytes.CutPrefix(md, []byte("---\n")); ok {
		if _, after, ok := bytes.Cut(rest, []byte("\n---\n")); ok {
			md = after
		}
	}
	md = bytes.TrimLeft(md, "\n")
	line, _, _ := bytes.Cut(md, []byte("\n"))
	return line
}

// titleOf is the <title>…</title> element of a page, or nil.
func titleOf(page []byte) []byte {
	i := bytes.Index(page, []byte("<title>"))
	if i < 0 {
		return nil
	}
	j := bytes.Index(page[i:], []byte("</title>"))
	if j < 0 {
		return nil
	}
	return page[i : i+j+len("</title>")]
}
