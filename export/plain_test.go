package export

import (
	"slices"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// The blocks for the terminal hold exactly what people typed, with no
// Markdown left: no escapes, no references, line breaks as line breaks.
func TestBlocksArePlainText(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	doc, err := Render(st, Options{Werkgroep: w.ID, Session: 1})
	if err != nil {
		t.Fatal(err)
	}
	var items, headings []string
	for _, b := range doc.Blocks() {
		switch b.Kind {
		case BlockBullets:
			items = append(items, b.Items...)
		case BlockHeading:
			headings = append(headings, b.Text)
		}
	}
	for _, want := range []string{
		"[inbreng] # kop — Anna de Vries",
		"[overeenstemming] a | b — Bram",
		"[vraag] <script>alert('x')</script>",
		"[idee] &amp; &#35; ~~weg~~ $x$ :smile: \\ backslash — Jan-Willem [JW] *Smit*",
		"[inbreng] 1. lijst\n- streep\n+ plus\n> quote\nvier spaties\nna lege regel — Anna de Vries",
	} {
		if !slices.Contains(items, want) {
			t.Errorf("no item %q in\n%s", want, strings.Join(items, "\n"))
		}
	}
	if headings[0] != "Visie & Participatie: verslag van bijeenkomst 1" || !slices.Contains(headings, "2. Waarom deze werkgroep") {
		t.Errorf("headings %q", headings)
	}
	if (Document{}).Blocks() != nil {
		t.Error("a document that was not rendered has blocks")
	}
}
