package export

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"werkgroep/demo"
	"werkgroep/sessions"
	"werkgroep/store"
)

// demoHTML is the whole process of the demo as Markdown and as HTML.
func demoHTML(t *testing.T, size string) (md, page Document) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, demo.Options{Size: size})
	if err != nil {
		t.Fatal(err)
	}
	if md, err = Render(st, Options{Werkgroep: w.ID}); err != nil {
		t.Fatal(err)
	}
	if page, err = Render(st, Options{Werkgroep: w.ID, Format: "html"}); err != nil {
		t.Fatal(err)
	}
	return md, page
}

// htmlElement is a start tag of the page with its attributes.
type htmlElement struct {
	name  string
	attrs map[string]string
	text  string // for headings, title and figcaption: the text inside
}

// htmlElements reads the page as HTML (not strict XML) and lists its
// elements in order.
func htmlElements(t *testing.T, page []byte) []htmlElement {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(page))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	var out []htmlElement
	var open []int // elements whose text is kept
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("the page does not read as HTML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := htmlElement{name: strings.ToLower(tok.Name.Local), attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[strings.ToLower(a.Name.Local)] = a.Value
			}
			out = append(out, e)
			if e.name == "title" || e.name == "figcaption" || len(e.name) == 2 && e.name[0] == 'h' && e.name[1] >= '1' && e.name[1] <= '6' {
				open = append(open, len(out)-1)
			}
		case xml.CharData:
			for _, i := range open {
				out[i].text += string(tok)
			}
		case xml.EndElement:
			if n := len(open); n > 0 && out[open[n-1]].name == strings.ToLower(tok.Name.Local) {
				open = open[:n-1]
			}
		}
	}
}

// The demo's charts are inside the page as images whose address holds the
// SVG itself (so Word and LibreOffice keep them), each with a text
// alternative and a caption that does not repeat it.
func TestHTMLCarriesItsCharts(t *testing.T) {
	md, doc := demoHTML(t, demo.Small)
	if len(md.Files) == 0 {
		t.Fatal("the demo's minutes have no charts to test with")
	}
	if len(doc.Files) != 0 || bytes.Contains(doc.HTML, []byte("<svg")) {
		t.Errorf("the page has %d files beside it, inline svg %v", len(doc.Files), bytes.Contains(doc.HTML, []byte("<svg")))
	}
	var imgs []htmlElement
	var captions []string
	for _, e := range htmlElements(t, doc.HTML) {
		switch e.name {
		case "img":
			imgs = append(imgs, e)
		case "figcaption":
			captions = append(captions, e.text)
		}
	}
	if len(imgs) != len(md.Files) || len(captions) != len(md.Files) {
		t.Fatalf("%d images and %d captions, want %d of each", len(imgs), len(captions), len(md.Files))
	}
	const prefix = "data:image/svg+xml;base64,"
	for i, img := range imgs {
		src := img.attrs["src"]
		if !strings.HasPrefix(src, prefix) {
			t.Fatalf("chart %d: src %.40q is not an SVG data URI", i, src)
		}
		svg, err := base64.StdEncoding.DecodeString(src[len(prefix):])
		if err != nil || !bytes.Equal(svg, md.Files[i].Data) {
			t.Errorf("chart %d: the data URI is not the chart beside the Markdown (%v)", i, err)
		}
		alt := img.attrs["alt"]
		if len(alt) < 40 || !strings.Contains(md.Markdown, "]("+md.Files[i].Name+")") {
			t.Errorf("chart %d: text alternative %q", i, alt)
		}
		if w, _ := strconv.Atoi(img.attrs["width"]); w != htmlChartWidth || img.attrs["height"] == "" {
			t.Errorf("chart %d: width %q height %q, want %d and a height", i, img.attrs["width"], img.attrs["height"], htmlChartWidth)
		}
		first := strings.SplitAfter(alt, ".")[0]
		if strings.Contains(captions[i], first) || strings.Contains(alt, strings.TrimSpace(captions[i])) {
			t.Errorf("chart %d: caption %q repeats the text alternative %q", i, captions[i], alt)
		}
	}
}

// The page is for everyone: a title, one main landmark, every id once,
// headings in order (never a level skipped on the way down), and a style
// for every heading level the minutes use.
func TestHTMLStructureIsAccessible(t *testing.T) {
	pages := map[string][]byte{}
	for _, size := range []string{demo.Small, demo.Large} {
		_, doc := demoHTML(t, size)
		pages[size+" demo"] = doc.HTML
	}
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		st, w := fixture(t, lang)
		for _, o := range []Options{{Werkgroep: w.ID, Format: "html"}, {Werkgroep: w.ID, Session: 1, Format: "html"}} {
			doc, err := Render(st, o)
			if err != nil {
				t.Fatal(err)
			}
			pages["fixture "+string(lang)+" "+strconv.Itoa(o.Session)] = doc.HTML
		}
	}
	for name, page := range pages {
		checkAccessible(t, name, page)
	}
}

func checkAccessible(t *testing.T, name string, page []byte) {
	t.Helper()
	ids := map[string]int{}
	mains, level := 0, 0
	used := map[int]bool{}
	for _, e := range htmlElements(t, page) {
		if id, ok := e.attrs["id"]; ok {
			ids[id]++
		}
		switch e.name {
		case "title":
			if strings.TrimSpace(e.text) == "" {
				t.Errorf("%s: empty title", name)
			}
		case "main":
			mains++
		case "h1", "h2", "h3", "h4", "h5", "h6":
			n := int(e.name[1] - '0')
			if n > level+1 {
				t.Errorf("%s: heading %q is h%d after h%d", name, e.text, n, level)
			}
			level = n
			used[n] = true
		}
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("%s: id %q %d times", name, id, n)
		}
	}
	if mains != 1 {
		t.Errorf("%s: %d main landmarks, want 1", name, mains)
	}
	for n := range used {
		if !strings.Contains(pageStyle, "h"+strconv.Itoa(n)+" {") && !strings.Contains(pageStyle, "h"+strconv.Itoa(n)+",") {
			t.Errorf("%s: h%d is used but has no style", name, n)
		}
	}
}
