package export

import (
	"fmt"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// TestConsentWithPhones: the consent werkgroep, with four phones in
// session 1. A stays anonymous; B says it is person 3 (full name) but
// nobody confirmed it; C is confirmed as person 1 (full name); D is
// confirmed as person 14 (not named). Each places itself with an example,
// votes and sends a contribution (for the group only, as phones' are).
// The minutes count them like anyone, say how many came from phones, and
// name a phone's answer only as confirmed and as its person chose;
// nothing a phone sent reaches the paragraph; every consent rule holds.
func TestConsentWithPhones(t *testing.T) {
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		st, w, people := consentWerkgroep(t, lang)
		ss, _ := st.Sessions(w.ID)
		s1 := ss[0]
		var voting sessions.Step
		for _, step := range s1.Steps {
			if step.Kind == sessions.StepVoting {
				voting = step
			}
		}
		opts, _ := st.VoteOptions(voting.ID)
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		if _, err := st.OpenPhoneRoom(s1.ID, "", ""); err != nil {
			t.Fatal(err)
		}
		claims := map[string]int{"A": -1, "B": 3, "C": 1, "D": 14}
		for _, name := range []string{"A", "B", "C", "D"} {
			ph, err := st.AddPhone(s1.ID, "token "+name)
			must(err)
			must(st.SavePlacement(&sessions.Placement{SessionID: s1.ID, ParticipantID: ph.Person(), Dimension: 1, Now: 2, Wish: 6,
				Example: "telefoonvoorbeeld " + name}))
			must(st.SetVote(sessions.Vote{OptionID: opts[1].ID, ParticipantID: ph.Person(), Dots: 1}))
			c := sessions.Contribution{SessionID: s1.ID, StepID: s1.Steps[1].ID, Text: "telefoonwoorden " + name, Sharing: sessions.GroupOnly, Phone: ph.ID}
			must(st.AddContribution(&c))
			if k := claims[name]; k >= 0 {
				must(st.ClaimPhone(ph.ID, people[k].ID))
				if name != "B" {
					must(st.ConfirmPhone(ph.ID))
				}
			}
		}
		for _, format := range []string{"md", "html"} {
			doc, err := Render(st, Options{Werkgroep: w.ID, Session: 1, Format: format})
			must(err)
			md, page := everything(doc)
			where := fmt.Sprintf("%s session 1 %s with phones", lang, format)
			checkConsent(t, where, md+page, people, minutesChoice)
			checkNamed(t, where, md, people, minutesChoice)
			checkGroupOnly(t, where, md+page, true, 1)
			if format != "md" {
				continue
			}
			schemaLine := map[sessions.Lang]string{sessions.Dutch: "Van de 18 mensen die zich plaatsten, deden 4 dat met hun eigen telefoon.",
				sessions.English: "Of the 18 people who placed themselves, 4 did so on their own phone."}[lang]
			voteLine := map[sessions.Lang]string{sessions.Dutch: "Van hen stemden 4 met hun eigen telefoon.",
				sessions.English: "4 of them voted on their own phone."}[lang]
			via := map[sessions.Lang]string{sessions.Dutch: "via telefoon", sessions.English: "by phone"}[lang]
			for _, want := range []string{schemaLine, voteLine,
				"telefoonvoorbeeld A — " + via, "telefoonvoorbeeld B — " + via, // B's claim was never confirmed
				"telefoonvoorbeeld C — " + people[1].InMinutes(), "2 " + via,
				"telefoonwoorden A", "telefoonwoorden B", "telefoonwoorden C — " + people[1].InMinutes()} {
				if !strings.Contains(md, want) {
					t.Errorf("%s: %q is missing", where, want)
				}
			}
			if strings.Contains(md, "telefoonvoorbeeld B — "+people[3].InMinutes()) {
				t.Errorf("%s: an unconfirmed claim is named", where)
			}
			if i := strings.Index(md, "telefoonvoorbeeld D"); i < 0 || strings.Contains(md[i:i+40], "—") {
				t.Errorf("%s: person 14 chose not to be named; their phone's example is named or missing", where)
			}
		}
		// The paragraph has nothing a phone sent: it was for the group only.
		doc, err := RenderParagraaf(st, Options{Werkgroep: w.ID, Format: "md"})
		must(err)
		md, _ := everything(doc)
		if strings.Contains(md, "telefoonwoorden") {
			t.Errorf("%s: a phone's words reached the paragraph", lang)
		}
		checkConsent(t, string(lang)+" paragraph with phones", md, people, paragraphChoice)
	}
}
