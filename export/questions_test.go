package export

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// "Open vragen" lists the questions whose outcome is still open; one that
// was answered, taken over or set aside is not open any more.
func TestOpenQuestionsAreOpen(t *testing.T) {
	st, w, _ := consentWerkgroep(t, sessions.Dutch)
	ss, _ := st.Sessions(w.ID)
	s := ss[0]
	ask := func(text string, o sessions.Outcome) {
		c := sessions.Contribution{SessionID: s.ID, StepID: s.Steps[2].ID, Kind: sessions.Vraag, Text: text}
		if err := st.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		if o != sessions.OutcomeOpen {
			if err := st.SetOutcome(c.ID, o, "beantwoord"); err != nil {
				t.Fatal(err)
			}
		}
	}
	ask("nogsteedsopen?", sessions.OutcomeOpen)
	ask("alovergenomen?", sessions.Adopted)
	ask("deelsgedaan?", sessions.PartlyAdopted)
	ask("afgewezen?", sessions.NotAdopted)
	doc, err := Render(st, Options{Werkgroep: w.ID, Session: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, open, ok := split(doc.Markdown, "### Open vragen")
	if !ok {
		t.Fatal("no open questions section")
	}
	if !strings.Contains(open, "nogsteedsopen?") {
		t.Error("the open question is missing")
	}
	for _, q := range []string{"alovergenomen?", "deelsgedaan?", "afgewezen?"} {
		if strings.Contains(open, q) {
			t.Errorf("%q has an outcome, but is listed as open", q)
		}
	}
}
