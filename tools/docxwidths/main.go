// Command docxwidths checks that no word of a table cell in a Word file is
// wider than its column, so that Word and LibreOffice never break a word
// inside a cell ("Plaa/tsin/g"). .ci/lint-minutes runs it on the minutes
// as pandoc turns them into docx.
//
// It reads each table's grid (the column widths pandoc writes) and every
// cell's text, and estimates a word's width from its letters in the font
// of pandoc's Word files at 12 points, plus the cell's margins.
//
//	go run ./tools/docxwidths minutes.docx ...
package main

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// cellMargins is Word's default left and right cell margin, together, in
// twentieths of a point.
const cellMargins = 2 * 108

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: docxwidths FILE.docx ...")
		os.Exit(2)
	}
	bad := 0
	for _, path := range os.Args[1:] {
		n, err := check(path, os.Stdout)
		if err != nil {
			fmt.Fprintf(os.Stderr, "docxwidths: %s: %v\n", path, err)
			os.Exit(2)
		}
		bad += n
	}
	if bad > 0 {
		os.Exit(1)
	}
}

// table is one table of the document as read so far.
type table struct {
	grid []int // column widths
	col  int   // the column of the cell being read
	text strings.Builder
}

// check reports every cell word wider than its column and returns how many.
func check(path string, out io.Writer) (int, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer z.Close()
	var doc io.ReadCloser
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			if doc, err = f.Open(); err != nil {
				return 0, err
			}
		}
	}
	if doc == nil {
		return 0, fmt.Errorf("no word/document.xml")
	}
	defer doc.Close()
	d := xml.NewDecoder(doc)
	var stack []*table
	bad, tables := 0, 0
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return bad, err
		}
		var t *table
		if len(stack) > 0 {
			t = stack[len(stack)-1]
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "tbl":
				stack = append(stack, &table{})
				tables++
			case "gridCol":
				for _, a := range tok.Attr {
					if a.Name.Local == "w" {
						w, _ := strconv.Atoi(a.Value)
						t.grid = append(t.grid, w)
					}
				}
			case "tr":
				if t != nil {
					t.col = 0
				}
			case "tc":
				if t != nil {
					t.text.Reset()
				}
			case "t":
				inText = t != nil
			}
		case xml.CharData:
			if inText {
				t.text.Write(tok)
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "t":
				inText = false
			case "tc":
				if t.col < len(t.grid) {
					for _, w := range words(t.text.String()) {
						if need := wordWidth(w) + cellMargins; need > t.grid[t.col] {
							fmt.Fprintf(out, "%s: table %d, column %d is %d wide, %q needs %d\n", path, tables, t.col+1, t.grid[t.col], w, need)
							bad++
						}
					}
				}
				t.col++
			case "tbl":
				stack = stack[:len(stack)-1]
			}
		}
	}
	return bad, nil
}

// words are the parts of s that a line may not break: words, and the
// parts of a hyphenated word with the hyphen kept (a break after a
// hyphen is where a reader expects one).
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		for len(w) > 0 {
			i := strings.IndexByte(w, '-')
			if i < 0 || i == len(w)-1 {
				out = append(out, w)
				break
			}
			out = append(out, w[:i+1])
			w = w[i+1:]
		}
	}
	return out
}

// wordWidth estimates a word's width at 12 points in twentieths of a
// point, letter by letter, in the widths of Cambria (the body font of
// pandoc's Word files; Caladea, with the same widths, where LibreOffice
// lacks it), measured against LibreOffice's own line breaks.
func wordWidth(w string) int {
	em := 0.0
	for _, r := range w {
		switch {
		case strings.ContainsRune("ijlI.,:;'|!()[]ft", r):
			em += 0.30
		case strings.ContainsRune("rsz-", r):
			em += 0.42
		case strings.ContainsRune("mwMW", r):
			em += 0.84
		case r >= 'A' && r <= 'Z':
			em += 0.62
		default:
			em += 0.51
		}
	}
	return int(em * 12 * 20)
}
