package export

import (
	"bytes"
	"fmt"
	"html"

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
func renderHTML(md, lang, title string) ([]byte, error) {
	var body bytes.Buffer
	if err := markdownParser().Convert([]byte(md), &body); err != nil {
		return nil, fmt.Errorf("render html: %w", err)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, htmlHead, html.EscapeString(lang), html.EscapeString(title), pageStyle)
	b.Write(body.Bytes())
	b.WriteString("</body>\n</html>\n")
	return b.Bytes(), nil
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
li { margin: .2em 0; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  h1, h2, h3, h4 { page-break-after: avoid; }
  tr, li { page-break-inside: avoid; }
}
`
