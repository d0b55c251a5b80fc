package export

import (
	"strings"
	"testing"

	"werkgroep/demo"
	"werkgroep/sessions"
	"werkgroep/store"
)

// proseOf is the short prose of a paragraph: what comes before the
// appendix's heading.
func proseOf(t *testing.T, md, appendix string) string {
	t.Helper()
	prose, _, ok := split(bodyOf(t, appendix, md), "\n## "+appendix+"\n")
	if !ok {
		t.Fatalf("no %q heading in\n%s", appendix, md)
	}
	return prose
}

// The prose reports against the Participatieleidraad Sociaal in the
// werkgroep's own words, says plainly which step has nothing recorded,
// names nobody, keeps what is for the group only out, and fits a page.
func TestParagraafProse(t *testing.T) {
	for _, c := range []struct {
		lang                        sessions.Lang
		appendix, leidraad, nothing string
		steps                       []string
	}{
		{sessions.Dutch, "Bijlage", "Participatieleidraad Sociaal", "hierover heeft de werkgroep nog niets vastgelegd",
			[]string{"Stap 1, eerst luisteren:", "Stap 2, samen naar oplossingen zoeken:", "Stap 3, de mensen om wie het gaat een rol geven"}},
		{sessions.English, "Appendix", "Participatieleidraad Sociaal", "the werkgroep has not recorded anything about this yet",
			[]string{"Step 1, listen first:", "Step 2, seek solutions together:", "Step 3, give the people concerned a role"}},
	} {
		st, w := paraFixture(t, c.lang)
		w.Leidraad = sessions.Leidraad{Listen: "We luisterden eerst, in een kring.", Role: "De groep leest het beleid mee.", Feedback: "Iedereen krijgt het verslag."}
		if err := st.UpdateWerkgroep(&w); err != nil {
			t.Fatal(err)
		}
		ss, _ := st.Sessions(w.ID)
		checkIn := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: "Mijn broer is deze week opgenomen"}
		if err := st.AddContribution(&checkIn); err != nil {
			t.Fatal(err)
		}
		doc, err := RenderParagraaf(st, Options{Werkgroep: w.ID})
		if err != nil {
			t.Fatal(err)
		}
		prose := proseOf(t, doc.Markdown, c.appendix)
		if n := len(strings.Fields(prose)); n > 700 {
			t.Errorf("%s: the prose has %d words", c.lang, n)
		}
		if strings.Count(prose, "\n#") != 0 {
			t.Errorf("%s: the prose has headings of its own:\n%s", c.lang, prose)
		}
		// the werkgroep's own words, after a colon
		want := append([]string{c.leidraad, ": we luisterden eerst, in een kring.", ": de groep leest het beleid mee.", ": iedereen krijgt het verslag."}, c.steps...)
		for _, s := range want {
			if !strings.Contains(prose, s) {
				t.Errorf("%s: missing %q in\n%s", c.lang, s, prose)
			}
		}
		// step 2 was left empty, and only step 2
		if got := strings.Count(prose, c.nothing); got != 1 {
			t.Errorf("%s: %q %d times, want once for step 2:\n%s", c.lang, c.nothing, got, prose)
		}
		for _, bad := range []string{"Anna", "Bram", "Elsje", "E.v.D.", "B.K.", "Quirine", "Xander", "Jan-Willem", "opgenomen", "Welkom en check-in", "Welcome and check-in"} {
			if strings.Contains(prose, bad) {
				t.Errorf("%s: the prose has %q:\n%s", c.lang, bad, prose)
			}
		}
		if strings.Contains(doc.Markdown, "opgenomen") {
			t.Errorf("%s: a check-in remark is in the paragraph", c.lang)
		}
	}
}

// The demo's paragraph, small and large, is at most about a page of
// prose: it sums up, and leaves the lists to the appendix.
func TestDemoParagraafFitsAPage(t *testing.T) {
	sizes := []string{demo.Small, demo.Large}
	if testing.Short() {
		sizes = sizes[:1]
	}
	for _, size := range sizes {
		st, err := store.Open(t.TempDir() + "/demo.db")
		if err != nil {
			t.Fatal(err)
		}
		w, err := demo.Fill(st, demo.Options{Size: size})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := RenderParagraaf(st, Options{Werkgroep: w.ID})
		if err != nil {
			t.Fatal(err)
		}
		prose := proseOf(t, doc.Markdown, "Bijlage")
		if n := len(strings.Fields(prose)); n > 700 || n < 300 {
			t.Errorf("%s demo: the prose has %d words, want 300 to 700", size, n)
		}
		if strings.Contains(doc.Markdown, "Mijn broer is deze week opgenomen") {
			t.Errorf("%s demo: the check-in remark about a brother is in the paragraph", size)
		}
		all, _ := Render(st, Options{Werkgroep: w.ID})
		if size == demo.Small && !strings.Contains(all.Markdown, "Mijn broer is deze week opgenomen") {
			t.Errorf("%s demo: the check-in remark should stay in the group's minutes", size)
		}
		st.Close()
	}
}
