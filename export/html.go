package export

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// markdownParser reads the minutes as CommonMark with GFM tables, and
// nothing else: no linkify, no raw HTML (there is none to pass through).
func markdownParser() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table))
}

// renderHTML renders the minutes' Markdown as one self-contained page: no
// scripts, no external styles or fonts, so that it opens the same in a
// browser, in Word and on a computer without a network.
//
// Charts that the Markdown links beside it are put inline, so the page
// needs no other file.
func renderHTML(md, lang, title string, files []File) ([]byte, error) {
	// One buffer for the page, grown once: the HTML of the minutes is a
	// little longer than their Markdown, and a whole process is megabytes.
	var page bytes.Buffer
	page.Grow(len(htmlHead) + len(pageStyle) + len(md) + len(md)/4)
	fmt.Fprintf(&page, htmlHead, html.EscapeString(lang), html.EscapeString(title), pageStyle)
	p := markdownParser()
	for _, part := range sections(md) {
		if err := p.Convert([]byte(part), &page); err != nil {
			return nil, fmt.Errorf("render html: %w", err)
		}
	}
	inlineCharts(&page, files) // the head has no image: only the body changes
	page.WriteString("</body>\n</html>\n")
	return page.Bytes(), nil
}

// sections cuts the minutes before each level-2 heading, so that goldmark
// holds the tree of one section at a time, not of the whole process
// (about 12 MB for the large demo; PERFORMANCE.md). The HTML is the same:
// what the minutes contain never runs on past a heading at the start of
// a line (no fences, no HTML blocks, no link definitions; a typed # at the
// start of a line is escaped), and a blank line comes before each one.
func sections(md string) []string {
	var out []string
	for {
		i := strings.Index(md, "\n\n## ")
		if i < 0 {
			return append(out, md)
		}
		out = append(out, md[:i+2])
		md = md[i+2:]
	}
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
`

// pageStyle is readable on screen and on paper: a plain serif-free face,
// a comfortable line length, tables with borders, no colour that carries
// meaning.
const pageStyle = `body { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 12pt; line-height: 1.5; color: #111; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin: 0 0 .5em; }
h2 { font-size: 1.4em; margin-top: 2em; border-bottom: 1px solid #888; padding-bottom: .2em; }
h3 { font-size: 1.15em; margin-top: 1.5em; }
h4 { font-size: 1em; margin-top: 1.2em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #555; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #eee; }
figure { margin: 1em 0; }
figure svg { max-width: 100%; height: auto; }
li { margin: .2em 0; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  h1, h2, h3, h4 { page-break-after: avoid; }
  tr, li { page-break-inside: avoid; }
}
`

// chartImage is how goldmark writes a linked image, alone in a paragraph
// or inline.
var chartImage = regexp.MustCompile(`(?:<p>)?<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")?\s*/?>(?:</p>)?`)

// inlineCharts replaces each linked SVG chart by the chart itself, in a
// figure whose caption is the link's text alternative.
func inlineCharts(body *bytes.Buffer, files []File) {
	svgs := map[string][]byte{}
	for _, f := range files {
		svgs[f.Name] = f.Data
	}
	if len(svgs) == 0 {
		return
	}
	// Look only where an image starts: running the expression over the
	// whole page cost a third of a large export.
	src := body.Bytes()
	var out bytes.Buffer
	out.Grow(len(src))
	for {
		at := bytes.Index(src, []byte("<img "))
		if at < 0 {
			out.Write(src)
			break
		}
		start := at
		if start >= 3 && string(src[start-3:start]) == "<p>" {
			start -= 3
		}
		window := src[start:min(len(src), at+4096)]
		loc := chartImage.FindSubmatchIndex(window)
		if loc == nil || loc[0] != 0 {
			out.Write(src[:at+5])
			src = src[at+5:]
			continue
		}
		out.Write(src[:start])
		out.Write(chartFigure(window[:loc[1]], loc, svgs))
		src = src[start+loc[1]:]
	}
	body.Reset()
	body.Write(out.Bytes())
}

// chartFigure is the figure for one matched image, or the image as it was
// when it links no chart of ours.
func chartFigure(m []byte, loc []int, svgs map[string][]byte) []byte {
	name, alt := m[loc[2]:loc[3]], m[loc[4]:loc[5]]
	data, ok := svgs[html.UnescapeString(string(name))]
	if !ok {
		return m
	}
	if i := bytes.Index(data, []byte("<svg")); i > 0 {
		data = data[i:] // drop the XML declaration
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "<figure role=\"img\" aria-label=\"%s\">\n", alt)
	b.Write(bytes.TrimSpace(data))
	fmt.Fprintf(&b, "\n<figcaption>%s</figcaption>\n</figure>", alt)
	return b.Bytes()
}
