package export

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// In spoken order (the default) a step lists what was said in the order it
// was captured, each with its kind; grouped by kind, a heading per kind.
// The paragraph follows the same choice.
func TestOrderOfWhatWasSaid(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	doc, err := Render(st, Options{Werkgroep: w.ID, Session: 1})
	if err != nil {
		t.Fatal(err)
	}
	spoken := []string{"\\[inbreng\\] \\# kop", "\\[overeenstemming\\] a \\| b", "\\[verschil van inzicht\\] \\*ster\\*",
		"\\[vraag\\] \\<script>", "\\[zorg of dilemma\\] backticks", "\\[idee\\] \\[ \\] taak"}
	inOrder(t, "spoken", doc.Markdown, spoken)
	if strings.Contains(doc.Markdown, "#### Inbreng") {
		t.Error("spoken order has headings per kind")
	}

	w.Order = sessions.ByKind
	if err := st.UpdateWerkgroep(&w); err != nil {
		t.Fatal(err)
	}
	doc, err = Render(st, Options{Werkgroep: w.ID, Session: 1})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "session-1-nl-bykind.md", doc.Markdown)
	// step 4: said as inbreng, inbreng, vraag, idee, zorg, overeenstemming
	inOrder(t, "by kind", doc.Markdown, []string{"### 4.", "#### Inbreng", "- 1\\. lijst", "- emoji",
		"#### Overeenstemming", "- We zijn het eens", "#### Vragen", "- Wie betaalt", "#### Zorgen", "- \\===", "#### Ideeën", "- \\&amp;"})
	if strings.Contains(doc.Markdown, "\\[inbreng\\]") {
		t.Error("grouped by kind still tags each item")
	}

	para, err := Render(st, Options{Werkgroep: w.ID})
	if err != nil {
		t.Fatal(err)
	}
	appendix := para.Markdown[strings.LastIndex(para.Markdown, "\n## "):]
	// under "Nog open", grouped as in the minutes: in step 4 the concern
	// before the idea (said the other way round), the sessions in order
	inOrder(t, "paragraph by kind", appendix, []string{"\\[inbreng\\] emoji", "\\[vraag\\] Wie betaalt",
		"\\[zorg of dilemma\\] \\===", "\\[idee\\] \\&amp;", "bijeenkomst 2"})
}

// inOrder checks that every part is in s, each after the one before.
func inOrder(t *testing.T, name, s string, parts []string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		i := strings.Index(s[at:], p)
		if i < 0 {
			t.Fatalf("%s: %q missing after byte %d", name, p, at)
		}
		at += i + len(p)
	}
}
