package export

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

func TestVotesMinutes(t *testing.T) {
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		f := newKindsFixture(t, lang)
		doc, err := Render(f.st, Options{Werkgroep: f.w.ID, Session: 1})
		if err != nil {
			t.Fatal(err)
		}
		md := doc.Markdown
		head := map[sessions.Lang]string{sessions.Dutch: "| Plaats | Keuze | Stemmen | Mensen |", sessions.English: "| Place | Option | Votes | People |"}[lang]
		tied := map[sessions.Lang]string{sessions.Dutch: "1 (gedeeld)", sessions.English: "1 (shared)"}[lang]
		if !strings.Contains(md, head) {
			t.Errorf("%s: no table with the dots and people columns:\n%s", lang, md)
		}
		if strings.Count(md, "| "+tied+" |") != 2 || !strings.Contains(md, "| 3 | Wie beslist er eigenlijk? | 2 | 1 |") {
			t.Errorf("%s: a tie must be two shared first places, the sticker counted in the dots:\n%s", lang, md)
		}
		// who voted, as each chose: a name, a first name, one counted
		for _, want := range []string{"Anna de Vries (2)", "Bram (2)", "E.v.D. (1)"} {
			if !strings.Contains(md, want) {
				t.Errorf("%s: who voted lacks %q", lang, want)
			}
		}
		for _, hidden := range strings.Fields(hiddenNames[0]) {
			if strings.Contains(md, hidden) {
				t.Errorf("%s: %q appears, but they chose not to be named", lang, hidden)
			}
		}
	}
}

func TestVotesMinutesGiveOnlyCountsByDefault(t *testing.T) {
	f := newKindsFixture(t, sessions.Dutch)
	voting := f.se.Steps[2].ID
	if err := f.st.SetVoteSetting(voting, sessions.VoteSetting{Dots: 3}); err != nil {
		t.Fatal(err)
	}
	doc, err := Render(f.st, Options{Werkgroep: f.w.ID, Session: 1})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Markdown, "Wie stemde waarop") || strings.Contains(doc.Markdown, "Anna de Vries (2)") {
		t.Errorf("by default the minutes give only the counts:\n%s", doc.Markdown)
	}
	if !strings.Contains(doc.Markdown, "Gelijk op de eerste plaats: „Vertrouwen & \\*gehoord\\* worden” en „Een vaste plek \\| met \\*koffie\\*”.") {
		t.Errorf("a tie is not said as a tie:\n%s", doc.Markdown)
	}
}
