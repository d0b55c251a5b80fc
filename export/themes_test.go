package export

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

func TestThemesMinutesMatchGolden(t *testing.T) {
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		f := newKindsFixture(t, lang)
		doc, err := Render(f.st, Options{Werkgroep: f.w.ID, Session: 1})
		if err != nil {
			t.Fatal(err)
		}
		name := "kinds-session-" + string(lang) + ".md"
		golden(t, name, doc.Markdown)
		checkStructure(t, name, doc.Markdown, 1)
		md := doc.Markdown
		for _, want := range []string{"Vertrouwen & \\*gehoord\\* worden (2)", "Geld (2)", "Nog te vullen (0)"} {
			if !strings.Contains(md, want) {
				t.Errorf("%s: no theme heading %q", name, want)
			}
		}
		// the question said by the group is in no theme
		if i := strings.Index(md, "Wie beslist er eigenlijk?"); i < 0 || strings.LastIndex(md, "Wie beslist") < strings.Index(md, "Nog te vullen") {
			t.Errorf("%s: what was left outside is not listed after the themes", name)
		}
		for _, hidden := range strings.Fields(hiddenNames[0]) {
			if strings.Contains(md, hidden) {
				t.Errorf("%s: %q appears, but they chose not to be named", name, hidden)
			}
		}
	}
}

func TestThemesInTheParagraph(t *testing.T) {
	f := newKindsFixture(t, sessions.Dutch)
	doc, err := RenderParagraaf(f.st, Options{Werkgroep: f.w.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Markdown, "thema Vertrouwen & \\*gehoord\\* worden") {
		t.Errorf("the paragraph does not say the theme of a contribution:\n%s", doc.Markdown)
	}
}
