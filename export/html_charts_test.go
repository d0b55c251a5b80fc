package export

import (
	"bytes"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/demo"
	"werkgroep/store"
)

// The demo places the schema in sessions 1 and 4: the HTML must carry
// those charts inside the page, not link them.
func TestHTMLCarriesItsCharts(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := demo.Fill(st, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	md, err := Render(st, Options{Werkgroep: w.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(md.Files) == 0 {
		t.Fatal("the demo's minutes have no charts to test with")
	}
	doc, err := Render(st, Options{Werkgroep: w.ID, Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	page := string(doc.HTML)
	if strings.Contains(page, "<img") || strings.Contains(page, "src=") || len(doc.Files) != 0 {
		t.Errorf("the page links files: img %v, files %d", strings.Contains(page, "<img"), len(doc.Files))
	}
	if n := strings.Count(page, "<svg"); n != len(md.Files) {
		t.Errorf("%d charts inline, want %d", n, len(md.Files))
	}
	if strings.Count(page, "<figcaption>") != len(md.Files) {
		t.Error("a chart has no caption with its text alternative")
	}
	// Each inline chart is still well-formed XML.
	for _, part := range strings.Split(page, "<svg")[1:] {
		svg := "<svg" + part[:strings.Index(part, "</svg>")+len("</svg>")]
		if err := xml.NewDecoder(bytes.NewReader([]byte(svg))).Decode(new(struct{})); err != nil {
			t.Errorf("inline chart is not well-formed: %v", err)
		}
	}
}
