package screens

import (
	"bytes"
	"io"
	"os"

	"werkgroep/export"
)

// earlierMinutes reports whether the file at path is an earlier version
// of doc: Markdown whose first line (the minutes' one level-1 heading) is
// doc's, or HTML with doc's page title. Only the start of the file is read.
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
	first, _, _ := bytes.Cut([]byte(doc.Markdown), []byte("\n"))
	got, _, _ := bytes.Cut(head, []byte("\n"))
	return len(first) > 2 && bytes.Equal(first, got)
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
