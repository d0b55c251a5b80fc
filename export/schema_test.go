package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"werkgroep/sessions"
)

// schemaPeople are the participants of the schema fixtures: every naming
// choice, and a hidden name that must never come out.
var schemaPeople = []sessions.Participant{
	{ID: 1, Name: "Anna de Vries", Naming: sessions.FullName},
	{ID: 2, Name: "Bram Kok", Naming: sessions.FirstName},
	{ID: 3, Name: "Elsje van Dijk", Naming: sessions.Initials},
	{ID: 4, Name: hiddenNames[0], Naming: sessions.NotNamed},
	{ID: 5, Name: "Jan-Willem [JW] *Smit*", Naming: sessions.FullName},
}

// schemaFigures are two sessions of placements by hand: session 1 spread
// out, session 4 moved towards bottom-up, with a not-placed, the group's
// own placement, stickers, and examples with markup in them.
func schemaFigures() (first, fourth sessions.SchemaFigures) {
	pl := func(s sessions.ID, who sessions.ID, dim, now, wish int, ex string) sessions.Placement {
		return sessions.Placement{SessionID: s, ParticipantID: who, Dimension: dim, Now: now, Wish: wish, Example: ex}
	}
	one := []sessions.Placement{
		pl(1, 0, 1, 2, 5, "Wij samen: *eerst* de mens"),
		pl(1, 1, 1, 1, 5, "Bij de intake | formulier"),
		pl(1, 2, 1, 2, 6, ""),
		pl(1, 3, 1, 2, 4, "# geen kop"),
		pl(1, 4, 1, 5, 7, "Niemand mag weten dat ik dit zei"),
		pl(1, 5, 1, 0, 6, ""),
		pl(1, 1, 3, 3, 3, ""),
		pl(1, 2, 3, 4, 4, ""),
		pl(1, 1, 4, 2, 6, "Cijfers `tellen`\nen verder niets"),
	}
	four := []sessions.Placement{
		pl(4, 1, 1, 3, 5, ""),
		pl(4, 2, 1, 4, 6, ""),
		pl(4, 3, 1, 4, 5, ""),
		pl(4, 4, 1, 5, 6, ""),
		pl(4, 1, 3, 4, 5, ""),
	}
	stickers := []sessions.StickerCount{
		{SessionID: 1, Dimension: 2, Point: 1, Count: 3},
		{SessionID: 1, Dimension: 2, Point: 3, Count: 2},
		{SessionID: 1, Dimension: 2, Wish: true, Point: 6, Count: 7},
	}
	return sessions.Figures(1, one, stickers), sessions.Figures(4, four, nil)
}

func TestSchemaMarkdownMatchesGolden(t *testing.T) {
	first, fourth := schemaFigures()
	for _, c := range []struct {
		lang sessions.Lang
		name string
	}{{sessions.Dutch, "schema-nl.md.golden"}, {sessions.English, "schema-en.md.golden"}} {
		doc := "# Schema\n\n## 4\n\n" + SchemaMarkdown(SchemaSection{Lang: c.lang, Level: 3, Session: 4, Figures: fourth,
			People: schemaPeople, Image: "schema-" + string(c.lang) + ".svg", Earlier: &first, EarlierNumber: 1}) +
			"\n## 1\n\n" + SchemaMarkdown(SchemaSection{Lang: c.lang, Level: 3, Session: 1, Figures: first, People: schemaPeople})
		golden(t, c.name, doc)
		checkSchemaMarkdown(t, c.name, doc)
	}
}

// checkSchemaMarkdown parses the section back: full table rows, the only
// image a relative SVG with a text alternative, no other markup, and no
// hidden name.
func checkSchemaMarkdown(t *testing.T, name, md string) {
	t.Helper()
	src := []byte(md)
	doc := markdownParser().Parser().Parse(text.NewReader(src))
	tables, images := 0, 0
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *east.Table:
			tables++
			cols := n.FirstChild().ChildCount()
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				if r.ChildCount() != cols {
					t.Errorf("%s: a table row has %d cells, the header %d", name, r.ChildCount(), cols)
				}
			}
		case *ast.Image:
			images++
			dest := string(n.Destination)
			if alt := altText(n, src); strings.Contains(dest, "/") || !strings.HasSuffix(dest, ".svg") || len(alt) < 40 {
				t.Errorf("%s: image %q with alt %q", name, dest, alt)
			}
		case *ast.HTMLBlock, *ast.RawHTML, *ast.Emphasis, *ast.Link, *ast.AutoLink, *ast.CodeSpan, *ast.CodeBlock:
			t.Errorf("%s: unexpected %s node at %q", name, n.Kind(), snippet(n, src))
		}
		return ast.WalkContinue, nil
	})
	// per session: 5 dimensions; session 4 adds the movement table
	if tables != 11 || images != 1 {
		t.Errorf("%s: %d tables and %d images, want 11 and 1", name, tables, images)
	}
	checkTableLines(t, name, md)
	for _, hidden := range hiddenNames {
		if strings.Contains(md, hidden) {
			t.Errorf("%s: names %q", name, hidden)
		}
	}
}

func TestSchemaMarkdownHandComputed(t *testing.T) {
	first, _ := schemaFigures()
	md := SchemaMarkdown(SchemaSection{Lang: sessions.Dutch, Level: 3, Session: 1, Figures: first, People: schemaPeople})
	for _, want := range []string{
		// line 1 now: 1 2 2 5 (person 5 not placed, the group apart) → median 2, Q1 1.5, Q3 3.5;
		// wish: 4 5 6 6 7 → median 6, Q1 median(4 5) = 4.5, Q3 median(6 7) = 6.5
		"| 1 (top-down) | 1 | 0 |\n| 2 | 2 | 0 |\n| 3 | 0 | 0 |\n| 4 | 0 | 1 |\n| 5 | 1 | 1 |\n| 6 | 0 | 2 |\n| 7 (bottom-up) | 0 | 1 |\n" +
			"| Mediaan | 2 | 6 |\n| Spreiding | 1–5 | 4–7 |\n| Middelste helft | 1,5–3,5 | 4,5–6,5 |\n",
		// gaps 4 4 2 2 → median 3
		"4 van de 4 willen meer bottom-up (verschil wens − nu: mediaan +3).",
		"De groep: nu 2, wens 5 (telt niet mee in de verdeling).",
		// line 1 and line 2 (stickers 1 1 1 3 3) both have IQR 2 for now; wish decides: 2 against 0,
		// and the minutes say so
		"Het meest verdeeld: regel 1. Daar lopen de antwoorden voor nu het verst uiteen (middelste helft: 1,5–3,5). " +
			"Regel 2 is voor nu even verdeeld; regel 1 gaat voor, omdat de antwoorden daar bij de wens of in totaal verder uiteenlopen.",
		"- Bij de intake \\| formulier — Anna de Vries",               // escaped, named in full
		"- \\# geen kop — E.v.D.",                                     // initials
		"- Niemand mag weten dat ik dit zei\n",                        // not named: no name at all
		"- Wij samen: \\*eerst\\* de mens — de groep",                 // the group
		"- Cijfers \\`tellen\\`\\\n  en verder niets — Anna de Vries", // a line break stays in the item
		"| 6 | 0 | 7 |\n| 7 (bottom-up) | 0 | 0 |\n| Mediaan | 1 | 6 |\n| Spreiding | 1–3 | 6 |\n| Middelste helft | 1–3 | 6 |\n", // one value, not 6–6,
		"Stickers zonder namen: 12.",
		"Verschil wens − nu: niet te zeggen, stickers hebben geen namen.",
		"### Regel 5\n\n- Top-down (doel-rationeel) model (Regie van buitenaf): Werk van buitenaf, deductief, bovenaf en specialistisch (apart en exclusief)\n" +
			"- Bottom-up (relationeel) model (Regie van binnenuit): Werk co-creatief van binnenuit, inductief, onderaf en samen (integraal en inclusief).",
		"| Mediaan | — | — |\n| Spreiding | — | — |\n| Middelste helft | — | — |\n\nVerschil wens − nu: nog niemand plaatste allebei.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("section lacks %q:\n%s", want, md)
		}
	}
	if SchemaMarkdown(SchemaSection{Lang: sessions.Dutch, Figures: sessions.Figures(9, nil, nil)}) != "" {
		t.Error("nothing placed should write nothing")
	}
}

// svgCounts parses an SVG back and counts elements by class.
func svgCounts(t *testing.T, data []byte) map[string]int {
	t.Helper()
	counts := map[string]int{}
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not valid XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts["<"+se.Name.Local]++
			for _, a := range se.Attr {
				if a.Name.Local == "class" {
					counts[a.Value]++
				}
				if a.Name.Local == "href" && !strings.HasPrefix(a.Value, "#") {
					t.Errorf("external resource: %s", a.Value)
				}
			}
		}
	}
	return counts
}

func TestSchemaSVG(t *testing.T) {
	first, fourth := schemaFigures()
	for _, c := range []struct {
		lang  sessions.Lang
		name  string
		chart SchemaChart
		now   int
		wish  int
	}{
		// a bar per point with anyone on it; session 1: now 1 2 5 (line 1) + stickers 1 and 3
		// (line 2) + 3 4 (line 3) + 2 (line 4); wish 4 5 6 7 + stickers at 6 + 3 4 + 6
		{sessions.Dutch, "schema-nl.svg", SchemaChart{Lang: sessions.Dutch, Title: "Bijeenkomst 1", Figures: first}, 3 + 2 + 2 + 1, 4 + 1 + 2 + 1},
		{sessions.English, "schema-en.svg", SchemaChart{Lang: sessions.English, Title: "Session 4", Figures: fourth,
			Earlier: &first, EarlierLabel: "session 1"}, 3 + 1, 2 + 1},
	} {
		data := SchemaSVG(c.chart)
		golden(t, c.name, string(data))
		n := svgCounts(t, data)
		if n["<svg"] != 1 || n["dimension"] != 5 || n["point"] != 35 {
			t.Errorf("%s: %d svg, %d dimensions, %d points; want 1, 5, 35", c.name, n["<svg"], n["dimension"], n["point"])
		}
		if n["bar now"] != c.now || n["bar wish"] != c.wish {
			t.Errorf("%s: %d now and %d wish bars, want %d and %d", c.name, n["bar now"], n["bar wish"], c.now, c.wish)
		}
		if n["<title"] != 1 || n["<desc"] != 1 || n["<image"] != 0 || n["<style"] != 0 {
			t.Errorf("%s: title %d, desc %d, image %d, style %d", c.name, n["<title"], n["<desc"], n["<image"], n["<style"])
		}
		// both poles of every dimension, verbatim
		flat := strings.Join(strings.Fields(xmlText(t, data)), " ")
		for _, d := range sessions.Schema(c.lang).Dimensions {
			if !strings.Contains(flat, d.TopDown) || !strings.Contains(flat, d.BottomUp) {
				t.Errorf("%s: dimension %d poles not both shown", c.name, d.Number)
			}
		}
	}
	if n := svgCounts(t, SchemaSVG(SchemaChart{Lang: sessions.English, Figures: fourth, Earlier: &first}))["shift"]; n != 4 {
		// line 1: now 2 → 4, wish 6 → 5.5; line 3: now 3.5 → 4, wish 3.5 → 5; lines 2 and 4: nothing in session 4
		t.Errorf("%d movement arrows, want 4", n)
	}
}

// xmlText is the character data of an SVG, with tspans joined by spaces.
func xmlText(t *testing.T, data []byte) string {
	var b strings.Builder
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.CharData:
			b.Write(tok)
		case xml.StartElement:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestSchemaInTheMinutes places the schema in sessions 1 and 4 of the
// fixture and renders the minutes: the section sits under the schema
// step, links a chart that is in Document.Files, and session 4 (and the
// whole process) shows the movement since session 1.
func TestSchemaInTheMinutes(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	ps, _ := st.Participants(w.ID)
	ss, _ := st.Sessions(w.ID)
	var hidden sessions.ID
	for _, p := range ps {
		if p.Naming == sessions.NotNamed {
			hidden = p.ID
		}
	}
	place := func(se sessions.Session, who sessions.ID, dim, now, wish int, ex string) {
		t.Helper()
		if err := st.SavePlacement(&sessions.Placement{SessionID: se.ID, ParticipantID: who, Dimension: dim, Now: now, Wish: wish, Example: ex}); err != nil {
			t.Fatal(err)
		}
	}
	place(ss[0], ps[0].ID, 1, 2, 5, "Bij de intake")
	place(ss[0], ps[1].ID, 1, 3, 6, "")
	place(ss[0], hidden, 1, 1, 6, "Dit zeg ik zonder naam")
	place(ss[3], ps[0].ID, 1, 4, 5, "")
	place(ss[3], ps[1].ID, 1, 4, 6, "")

	for _, c := range []struct {
		session int
		files   []string
	}{
		{1, []string{"visie-participatie-spanningsschema-bijeenkomst-1.svg"}},
		{4, []string{"visie-participatie-spanningsschema-bijeenkomst-4.svg"}},
		{0, []string{"visie-participatie-spanningsschema-bijeenkomst-1.svg", "visie-participatie-spanningsschema-bijeenkomst-4.svg"}},
	} {
		doc, err := Render(st, Options{Werkgroep: w.ID, Session: c.session})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Files) != len(c.files) {
			t.Fatalf("session %d: %d files, want %v", c.session, len(doc.Files), c.files)
		}
		for i, f := range doc.Files {
			if f.Name != c.files[i] {
				t.Errorf("session %d: file %q, want %q", c.session, f.Name, c.files[i])
			}
			if !strings.Contains(doc.Markdown, "]("+f.Name+")") {
				t.Errorf("session %d: %s is not linked", c.session, f.Name)
			}
			if n := svgCounts(t, f.Data); n["dimension"] != 5 {
				t.Errorf("session %d: %s has %d dimensions", c.session, f.Name, n["dimension"])
			}
		}
		md := doc.Markdown
		if !strings.Contains(md, "#### Spanningsschema\n\n![Grafiek van het spanningsschema") {
			t.Errorf("session %d: no schema section with its chart:\n%s", c.session, md)
		}
		if moved := strings.Contains(md, "##### Beweging sinds bijeenkomst 1"); moved != (c.session != 1) {
			t.Errorf("session %d: movement shown %v", c.session, moved)
		}
		for _, name := range hiddenNames {
			if strings.Contains(md, name) {
				t.Errorf("session %d names %q", c.session, name)
			}
		}
		if c.session == 1 && (!strings.Contains(md, "- Bij de intake — Anna de Vries") || !strings.Contains(md, "- Dit zeg ik zonder naam\n")) {
			t.Errorf("examples not named as chosen:\n%s", md)
		}
	}
}

// TestEscIsXMLEscapeText: the chart's own escaping writes what
// encoding/xml writes, for text with markup, quotes, control characters,
// characters XML does not allow and invalid UTF-8.
func TestEscIsXMLEscapeText(t *testing.T) {
	for _, s := range append([]string{"", "plain", `<b>"a" & 'b'</b>`, "tab\tnl\ncr\r", "\x00\x01\x1f\x7f",
		"\uFFFD\uFFFE\uFFFF", "\xff\xfe kapot", "\U0001F600 \U0010FFFF", "\ud7ff\ue000"}, tricky...) {
		var want strings.Builder
		if err := xml.EscapeText(&want, []byte(s)); err != nil {
			t.Fatal(err)
		}
		if got := esc(s); got != want.String() {
			t.Errorf("esc(%q) = %q, encoding/xml writes %q", s, got, want.String())
		}
	}
}

func FuzzSVGEscape(f *testing.F) {
	f.Add("<a & b>\x00\xff")
	f.Fuzz(func(t *testing.T, s string) {
		var want strings.Builder
		xml.EscapeText(&want, []byte(s))
		if got := esc(s); got != want.String() {
			t.Fatalf("esc(%q) = %q, encoding/xml writes %q", s, got, want.String())
		}
	})
}

// altText is an image's text alternative: the text of its children.
func altText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			b.Write(t.Segment.Value(src))
		} else {
			b.WriteString(altText(c, src))
		}
	}
	return b.String()
}
