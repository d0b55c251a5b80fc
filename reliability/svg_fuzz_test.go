package reliability

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"werkgroep/export"
	"werkgroep/sessions"
)

// FuzzSchemaSVG draws the tension-schema chart from any placements,
// sticker counts and title: it never panics, and the SVG is well-formed
// XML, valid UTF-8, without C0 control characters, scripts, event
// handlers or foreign content, whatever the title holds. The export package has
// no fuzz target for its SVG writer; this one lives here, beside the
// other evidence. The corpus is in testdata/fuzz/FuzzSchemaSVG; .ci/extra
// runs it.
func FuzzSchemaSVG(f *testing.F) {
	f.Add("Bijeenkomst 1: Onderlegger", []byte{1, 1, 2, 6, 2, 1, 4, 4, 3, 5, 7, 1}, []byte{1, 3, 2, 5}, false, false)
	f.Add("</text><script>alert(1)</script>", []byte{0, 0, 0, 0}, []byte{}, true, true)
	f.Add("a & b < c \" ' \x1b[31m \x00 \xff 👩‍👩‍👧 مرحبا", []byte{9, 9, 9, 9, 200, 255, 8, 8}, []byte{255, 255, 0, 0}, false, true)
	f.Fuzz(func(t *testing.T, title string, places, stickers []byte, english, earlier bool) {
		chart := export.SchemaChart{Lang: sessions.Dutch, Title: title, Figures: figures(places, stickers)}
		if english {
			chart.Lang = sessions.English
		}
		if earlier {
			e := figures(stickers, places)
			chart.Earlier, chart.EarlierLabel = &e, title
		}
		svg := export.SchemaSVG(chart)
		checkSVG(t, svg)
	})
}

// figures turns fuzz bytes into the figures of a session: four bytes a
// placement (who, dimension, now, wish; out-of-range values included),
// two a sticker count.
func figures(places, stickers []byte) sessions.SchemaFigures {
	var ps []sessions.Placement
	for i := 0; i+3 < len(places); i += 4 {
		ps = append(ps, sessions.Placement{SessionID: 1, ParticipantID: sessions.ID(places[i] % 40),
			Dimension: int(places[i+1] % 7), Now: int(places[i+2] % 9), Wish: int(places[i+3] % 9)})
	}
	var cs []sessions.StickerCount
	for i := 0; i+1 < len(stickers); i += 2 {
		cs = append(cs, sessions.StickerCount{SessionID: 1, Dimension: int(stickers[i]%7) + 0, Wish: stickers[i]&0x80 != 0,
			Point: int(stickers[i] >> 3 % 9), Count: int(stickers[i+1])})
	}
	return sessions.Figures(1, ps, cs)
}

func checkSVG(t *testing.T, svg []byte) {
	t.Helper()
	if !utf8.Valid(svg) {
		t.Fatalf("not valid UTF-8")
	}
	// C0 controls are not allowed in XML at all. DEL and C1 controls are
	// (the titles reach the chart cleaned by sessions.Clean, so they do
	// not occur in practice; the first finding of this target).
	for _, r := range string(svg) {
		if r < 0x20 && r != '\n' && r != '\t' && r != '\r' {
			t.Fatalf("control character %U in the SVG", r)
		}
	}
	d := xml.NewDecoder(bytes.NewReader(svg))
	root := true
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root && el.Name.Local != "svg" {
			t.Fatalf("root element %q", el.Name.Local)
		}
		root = false
		switch strings.ToLower(el.Name.Local) {
		case "script", "foreignobject", "iframe", "image", "use":
			t.Fatalf("element %q in the SVG", el.Name.Local)
		}
		for _, a := range el.Attr {
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || strings.Contains(strings.ToLower(a.Value), "javascript:") {
				t.Fatalf("attribute %s=%q in the SVG", a.Name.Local, a.Value)
			}
		}
	}
	if root {
		t.Fatal("no elements at all")
	}
}
