package export

import (
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// paraFixture is the minutes fixture with outcomes of every kind and
// paragraph choices that differ from the minutes choices:
//
//	Anna     full name / full name, with words about herself
//	Bram     first name / initials          → B.K. in the paragraph
//	Elsje    initials / full name           → the more private: E.v.D.
//	Quirine  not named / full name, with words → not named, words left out
//	Xander   not named / not named
//	JW       full name / not named, with words → named in the minutes only
func paraFixture(t testing.TB, lang sessions.Lang) (*store.Store, sessions.Werkgroep) {
	t.Helper()
	st, w := fixture(t, lang)
	ps, _ := st.Participants(w.ID)
	choices := map[string]struct {
		para  sessions.Naming
		about string
	}{
		"Anna de Vries":          {sessions.FullName, "ervaringsdeskundige uit Noord | *trots*"},
		"Bram Kok":               {sessions.Initials, ""},
		"Elsje van Dijk":         {sessions.FullName, "werkt bij de gemeente"},
		hiddenNames[0]:           {sessions.FullName, "moeder van drie in Oost"},
		hiddenNames[1]:           {sessions.NotNamed, ""},
		"Jan-Willem [JW] *Smit*": {sessions.NotNamed, "buurtwerker in West"},
	}
	for _, p := range ps {
		c := choices[p.Name]
		p.Paragraph, p.About = c.para, c.about
		if err := st.SaveParticipant(&p); err != nil {
			t.Fatal(err)
		}
	}
	cs, _ := st.WerkgroepContributions(w.ID)
	set := func(i int, o sessions.Outcome, note string) {
		if err := st.SetOutcome(cs[i].ID, o, note); err != nil {
			t.Fatal(err)
		}
	}
	set(0, sessions.Adopted, "visietekst, alinea 2")
	set(1, sessions.Adopted, "")
	set(2, sessions.PartlyAdopted, "het *eerste* deel; de rest | past niet")
	set(3, sessions.NotAdopted, "hoort niet in een visie")
	set(7, sessions.OutcomeOpen, "komt terug in bijeenkomst 4")
	set(9, sessions.NotAdopted, "al geregeld in de Wmo")
	set(12, sessions.Adopted, "visietekst, alinea 1")
	set(14, sessions.NotAdopted, "")
	return st, w
}

var paraCases = []struct {
	lang   sessions.Lang
	golden string
}{
	{sessions.Dutch, "paragraaf-nl.md"},
	{sessions.English, "paragraaf-en.md"},
}

func TestParagraafMatchesGolden(t *testing.T) {
	for _, c := range paraCases {
		st, w := paraFixture(t, c.lang)
		doc, err := RenderParagraaf(st, Options{Werkgroep: w.ID, Session: 2})
		if err != nil {
			t.Fatal(err)
		}
		golden(t, c.golden, doc.Markdown)
		checkStructure(t, c.golden, doc.Markdown, 1) // the prose, then the appendix
		h, err := RenderParagraaf(st, Options{Werkgroep: w.ID, Format: "html"})
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "paragraaf-"+string(c.lang)+".html", string(h.HTML))
		if c.lang == sessions.Dutch && h.Name != "visie-participatie-participatieparagraaf.html" || strings.Count(string(h.HTML), "<h1>") != 1 {
			t.Errorf("name %q, or not one h1", h.Name)
		}
	}
}

// The whole-process minutes end with the paragraph, under a level-2
// heading of its own.
func TestWholeProcessEndsWithTheParagraaf(t *testing.T) {
	st, w := paraFixture(t, sessions.Dutch)
	doc, err := Render(st, Options{Werkgroep: w.ID})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "all-paragraaf-nl.md", doc.Markdown)
	at := strings.Index(doc.Markdown, "\n## Participatieparagraaf\n")
	if at < 0 || strings.Contains(doc.Markdown[at+1:], "\n## ") {
		t.Fatal("the paragraph is not the last level-2 section")
	}
	alone, _ := RenderParagraaf(st, Options{Werkgroep: w.ID})
	body := bodyOf(t, "paragraaf alone", alone.Markdown)
	body = body[strings.Index(body, "\n\n")+2:]
	// the same content, one heading level deeper
	deeper := strings.ReplaceAll(body, "\n#### ", "\n##### ")
	deeper = strings.ReplaceAll(deeper, "\n### ", "\n#### ")
	deeper = strings.ReplaceAll(deeper, "\n## ", "\n### ")
	if !strings.HasSuffix(doc.Markdown, deeper) {
		t.Error("the paragraph in the minutes differs from the paragraph alone")
	}
	for _, c := range []int{1, 2} {
		one, _ := Render(st, Options{Werkgroep: w.ID, Session: c})
		if strings.Contains(one.Markdown, "Participatieparagraaf") {
			t.Errorf("the minutes of session %d have the paragraph; only the whole process should", c)
		}
	}
}

func TestParagraafContent(t *testing.T) {
	st, w := paraFixture(t, sessions.Dutch)
	doc, _ := RenderParagraaf(st, Options{Werkgroep: w.ID})
	md := doc.Markdown
	for _, want := range []string{
		"| 1\\. Onderlegger: de spanning | 13 januari 2026 | 4 | 1 | 1 |",
		"Bijeenkomsten 3 en 4 zijn nog niet gehouden.",
		"Aan de bijeenkomsten deden 6 mensen mee.",
		"- Anna de Vries, in eigen woorden: ervaringsdeskundige uit Noord \\| \\*trots\\*",
		"- B.K.\n",
		"- E.v.D.\n",
		"3 deelnemers willen hier niet met naam genoemd worden.",
		"| Overgenomen | 3 |", "| Deels overgenomen | 1 |", "| Niet overgenomen | 3 |", "| Nog open | 8 |", "| Totaal | 15 |",
		"- \\# kop — Anna de Vries (bijeenkomst 1)\\\n  Overgenomen in: visietekst, alinea 2",
		"- a \\| b — B.K. (bijeenkomst 1)\\\n  Overgenomen in: niet vermeld",
		"Wat is overgenomen, en waarom de rest niet: het \\*eerste\\* deel; de rest \\| past niet",
		"Waarom niet: hoort niet in een visie",
		"(bijeenkomst 1)\\\n  Wat er nog mee gebeurt: komt terug in bijeenkomst 4",
		"- Mag ik anoniem blijven? (bijeenkomst 2)\n",
		"- Niet één blauwdruk — Anna de Vries (bijeenkomst 2)\\\n  Waarom niet: niet vermeld",
		"Bijeenkomst 2: Welkom en check-in; Terugblik: acties en verslag; Perspectieven",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("missing %q", want)
		}
	}
	// JW is named in the minutes but chose not to be in a policy document;
	// Quirine's own words would point to her; Elsje's own words are left
	// out beside her initials.
	for _, bad := range []string{"Jan-Willem", "JW", "Smit", "buurtwerker", "moeder van drie", "Bram Kok", "Elsje", "pauze", "werkt bij de gemeente"} {
		if strings.Contains(md, bad) {
			t.Errorf("the paragraph has %q", bad)
		}
	}
	// every contribution is in it, open ones too
	cs, _ := st.WerkgroepContributions(w.ID)
	if got := strings.Count(md, "(bijeenkomst "); got != len(cs) {
		t.Errorf("%d contributions listed, the werkgroep has %d", got, len(cs))
	}
}

func TestParagraafOfAnEmptyWerkgroep(t *testing.T) {
	st, err := store.Open(t.TempDir() + "/w.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := sessions.Werkgroep{Name: "Leeg"}
	st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
	doc, err := RenderParagraaf(st, Options{Werkgroep: w.ID})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Er zijn nog geen bijeenkomsten gehouden.", "Er is niet bijgehouden wie er meededen.",
		"Er zijn nog geen bijdragen vastgelegd."} {
		if !strings.Contains(doc.Markdown, want) {
			t.Errorf("missing %q in\n%s", want, doc.Markdown)
		}
	}
	checkStructure(t, "empty", doc.Markdown, 1)
	if _, err := RenderParagraaf(st, Options{Werkgroep: w.ID, Format: "pdf"}); err == nil {
		t.Error("an unknown format should fail")
	}
}
