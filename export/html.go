package export

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// renderHTML renders the minutes as one self-contained page: no scripts,
// no external styles or fonts, so that it opens the same in a browser, in
// Word and on a computer without a network.
//
// The page is written from the same blocks as the Markdown, not by
// reading the Markdown back: the blocks say what each piece is, and their
// texts hold only the little markup that escape.go writes. The HTML is
// what a CommonMark reader makes of the Markdown (html_test.go checks it
// against goldmark for every kind of block and for whatever is typed), so
// the two files say the same.
//
// Charts that the Markdown links beside it are put inside the page (as
// images with the SVG in their address), so the page needs no other file.
func renderHTML(w *mdWriter, lang, title string, files []File) []byte {
	charts := make(map[string][]byte, len(files))
	for _, f := range files {
		charts[f.Name] = f.Data
	}
	var page bytes.Buffer
	n := len(htmlHead) + len(pageStyle) + len(lang) + len(title) + 32
	for i := range w.blocks {
		n += w.blocks[i].mdLen() * 5 / 4 // the HTML is a little longer
	}
	for _, f := range files {
		n += len(f.Data)*4/3 + 2*len(f.Name) + 256 // base64, and the figure around it
	}
	page.Grow(n) // a whole process is megabytes: grow once, not by doubling
	fmt.Fprintf(&page, htmlHead, html.EscapeString(lang), html.EscapeString(title), pageStyle)
	w.html(&page, charts)
	page.WriteString("</main>\n</body>\n</html>\n")
	return page.Bytes()
}

// html writes the blocks as HTML. A chart whose file is in charts is put
// inline; otherwise it stays an image that links the file.
func (w *mdWriter) html(b *bytes.Buffer, charts map[string][]byte) {
	for i := range w.blocks {
		w.blocks[i].html(b, charts)
	}
}

func (bl *block) html(b *bytes.Buffer, charts map[string][]byte) {
	switch bl.kind {
	case headingBlock:
		tag := "h" + strconv.Itoa(bl.level)
		b.WriteString("<" + tag + ">")
		inlineHTML(b, bl.text)
		b.WriteString("</" + tag + ">\n")
	case paraBlock:
		b.WriteString("<p>")
		inlineHTML(b, bl.text)
		b.WriteString("</p>\n")
	case imageBlock:
		chartHTML(b, bl, charts)
	case bulletBlock, numberedBlock:
		list := "ul"
		if bl.kind == numberedBlock {
			list = "ol"
		}
		b.WriteString("<" + list + ">\n")
		for _, it := range bl.items {
			b.WriteString("<li>")
			inlineHTML(b, it)
			b.WriteString("</li>\n")
		}
		b.WriteString("</" + list + ">\n")
	case tableBlock:
		b.WriteString("<table>\n<thead>\n")
		htmlRow(b, "th", bl.header)
		b.WriteString("</thead>\n")
		if len(bl.rows) > 0 {
			b.WriteString("<tbody>\n")
			for _, r := range bl.rows {
				htmlRow(b, "td", r)
			}
			b.WriteString("</tbody>\n")
		}
		b.WriteString("</table>\n")
	}
}

func htmlRow(b *bytes.Buffer, cell string, cells []string) {
	b.WriteString("<tr>\n")
	for _, c := range cells {
		b.WriteString("<" + cell + ">")
		inlineHTML(b, c)
		b.WriteString("</" + cell + ">\n")
	}
	b.WriteString("</tr>\n")
}

// chartHTML writes a chart: an image with the SVG inside its address (a
// data URI), its text alternative and a short caption of its own; or, when
// its file is not at hand, an image that links it. An image rather than
// the SVG itself, because Word and LibreOffice keep an image when they
// open the page (inline SVG vanishes there and its labels spill out as
// text), and because each chart's ids stay inside its own image.
func chartHTML(b *bytes.Buffer, bl *block, charts map[string][]byte) {
	var alt bytes.Buffer
	inlineHTML(&alt, bl.text)
	data, ok := charts[bl.src]
	if !ok {
		b.WriteString(`<p><img src="`)
		b.WriteString(html.EscapeString(bl.src))
		b.WriteString(`" alt="`)
		b.Write(alt.Bytes())
		b.WriteString("\"></p>\n")
		return
	}
	b.WriteString("<figure>\n<p><img src=\"data:image/svg+xml;base64,")
	enc := base64.NewEncoder(base64.StdEncoding, b)
	enc.Write(data)
	enc.Close()
	fmt.Fprintf(b, "\" width=\"%d\"", htmlChartWidth)
	if h := svgHeight(data); h > 0 {
		fmt.Fprintf(b, " height=\"%d\"", h*htmlChartWidth/svgWidth)
	}
	b.WriteString(` alt="`)
	b.Write(alt.Bytes())
	b.WriteString("\"></p>\n") // in a paragraph, so that LibreOffice puts the caption under it
	if bl.caption != "" {
		b.WriteString("<figcaption>")
		inlineHTML(b, bl.caption)
		b.WriteString("</figcaption>\n")
	}
	b.WriteString("</figure>\n")
}

// htmlChartWidth is the chart's width in CSS pixels: its printed 160 mm
// at 96 pixels an inch, which is also how Word and LibreOffice size it. A
// browser shows it as wide as the page's text (pageStyle), so that its
// smallest text, 8 points on paper, is 14 pixels on screen, not 11; in
// print it is 160 mm again.
const htmlChartWidth = svgPrintMM * 96 * 10 / 254

// svgHeight is the height of a chart's viewBox, or 0 when it has none.
func svgHeight(data []byte) int {
	const key = `viewBox="0 0 `
	i := bytes.Index(data, []byte(key))
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(data[i+len(key) : i+len(key)+min(32, len(data)-i-len(key))]))
	if len(f) < 2 {
		return 0
	}
	h, _ := strconv.Atoi(strings.TrimSuffix(f[1], `"`))
	return h
}

// inlineSpecial holds the bytes at which inlineHTML has work to do.
const inlineSpecial = "\\&<>\"\n"

// inlineHTML writes escaped Markdown text as HTML: a backslash escape
// becomes its character, a backslash at the end of a line a line break,
// a numeric character reference its character, and <, >, & and " are
// written as references.
func inlineHTML(b *bytes.Buffer, s string) {
	for {
		i := strings.IndexAny(s, inlineSpecial)
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		c := s[i]
		s = s[i+1:]
		switch c {
		case '\\':
			switch {
			case s != "" && s[0] == '\n':
				b.WriteString("<br>\n")
				s = strings.TrimLeft(s[1:], " ")
			case s != "" && isASCIIPunct(s[0]):
				htmlByte(b, s[0])
				s = s[1:]
			default:
				b.WriteByte('\\')
			}
		case '&':
			if r, n, ok := charRef(s); ok {
				var enc [utf8.UTFMax]byte
				ch := enc[:utf8.EncodeRune(enc[:], r)]
				if len(ch) == 1 {
					htmlByte(b, ch[0])
				} else {
					b.Write(ch)
				}
				s = s[n:]
			} else {
				b.WriteString("&amp;")
			}
		case '\n':
			b.WriteByte('\n') // a soft line break; the next line's indent goes
			s = strings.TrimLeft(s, " ")
		default:
			htmlByte(b, c)
		}
	}
}

// htmlByte writes one ASCII character, as a reference where HTML needs one.
func htmlByte(b *bytes.Buffer, c byte) {
	switch c {
	case '<':
		b.WriteString("&lt;")
	case '>':
		b.WriteString("&gt;")
	case '&':
		b.WriteString("&amp;")
	case '"':
		b.WriteString("&quot;")
	default:
		b.WriteByte(c)
	}
}

// charRef reads a numeric character reference after its "&": "#92;" or
// "#x5C;". It returns the character (U+FFFD for one that cannot be) and
// how many bytes it took.
func charRef(s string) (rune, int, bool) {
	if len(s) < 3 || s[0] != '#' {
		return 0, 0, false
	}
	base, digits, maxDigits := 10, s[1:], 7
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits, maxDigits = 16, digits[1:], 6
	}
	end := strings.IndexByte(digits, ';')
	if end < 1 || end > maxDigits {
		return 0, 0, false
	}
	v, err := strconv.ParseUint(digits[:end], base, 32)
	if err != nil {
		return 0, 0, false
	}
	r := rune(v)
	if r == 0 || !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return r, len(s) - len(digits) + end + 1, true
}

// isASCIIPunct reports whether c is one of the characters a backslash
// escapes in CommonMark.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

const htmlHead = `<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>
%s</style>
</head>
<body>
<main>
`

// pageStyle is readable on screen and on paper: a plain serif-free face,
// a comfortable line length, tables with borders, no colour that carries
// meaning. The headings name their face and give their sizes in points,
// and the cells their padding: LibreOffice, opening the page, reads only
// that much of CSS (it set the headings in a serif face, a level-4 heading
// smaller than the text, and a blank line above every row).
const pageStyle = `body { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 12pt; line-height: 1.5; color: #111; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1, h2, h3, h4, h5, h6 { font-family: "Segoe UI", Calibri, Arial, sans-serif; }
h1 { font-size: 22pt; margin: 0 0 .5em; }
h2 { font-size: 17pt; margin-top: 2em; border-bottom: 1px solid #888; padding-bottom: .2em; }
h3 { font-size: 14pt; margin-top: 1.5em; }
h4 { font-size: 13pt; margin-top: 1.2em; }
h5 { font-size: 12pt; margin-top: 1em; }
h6 { font-size: 12pt; font-weight: normal; font-style: italic; margin-top: 1em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #555; padding: 2pt 5pt; line-height: 1.3; text-align: left; vertical-align: top; }
th { background: #eee; }
figure { margin: 1em 0; }
figure p { margin: 0; }
figure img { width: 100%; height: auto; }
figcaption { font-style: italic; margin-top: .3em; }
li { margin: .2em 0; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  h1, h2, h3, h4, h5, h6 { page-break-after: avoid; }
  tr, li, figure { page-break-inside: avoid; }
  figure img { width: 160mm; max-width: 100%; }
}
`
