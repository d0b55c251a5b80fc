package export

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/i18n"
	"werkgroep/sessions"
	"werkgroep/store"
)

// The consent test: a participant never appears by name where they did not
// choose it. Sixteen people make every pair of choices (4 for the group's
// own minutes × 4 for the participatieparagraaf). Each has a name, an
// about and initials found nowhere else, says something, owns an action,
// places the tension schema with an example, is gathered into a theme or
// left outside it, votes (with the names in the minutes), and attends. Then every export
// path is read for what each person did not allow:
//
//	not named   no word of the name, no initials, no own words
//	initials    no word of the name
//	first name  not the surname, no initials
//	full name   anything
//
// The minutes of one session follow the minutes choice; the
// participatieparagraaf the more private of the two, and so does the
// whole-process report that holds it, all through: one naming per person
// in any one file. screens/review_consent_test.go does the same for what
// the screens show.
//
// Everyone also says something in the check-in (for the group only by
// the step's setting) and something marked "alleen voor de groep" in an
// open step: both stay in the minutes and never reach the paragraph.
// Person 0's check-in remark is opened up, and must reach it.

// consentPerson is one participant of the consent werkgroep.
type consentPerson struct {
	sessions.Participant
	first, last, initials, about string
}

// consentWerkgroep builds the werkgroep: person k has minutes choice k/4
// and paragraph choice k%4.
func consentWerkgroep(t testing.TB, lang sessions.Lang) (*store.Store, sessions.Werkgroep, []consentPerson) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := sessions.Werkgroep{Name: "Toestemming", Lang: lang}
	must(st.CreateWerkgroep(&w, sessions.BuiltinTemplate(lang)))
	ss, _ := st.Sessions(w.ID)
	s1, s2 := ss[0], ss[1]
	s1.Date, s2.Date, s1.Status, s2.Status = "2026-01-13", "2026-02-10", sessions.Done, sessions.Done
	must(st.UpdateSession(&s1))
	must(st.UpdateSession(&s2))
	var people []consentPerson
	var inS1 []sessions.ID // what was said in session 1, gathered into a theme
	for k := range 16 {
		f, l := "QXYZ"[k/4], "JKVW"[k%4]
		p := consentPerson{
			first: fmt.Sprintf("%correlind%c", f, 'a'+k), last: fmt.Sprintf("%cenneboom%c", l, 'a'+k),
			initials: fmt.Sprintf("%c.%c.", f, l), about: fmt.Sprintf("eigenwoorden%02dzin", k),
		}
		p.Participant = sessions.Participant{WerkgroepID: w.ID, Name: p.first + " " + p.last,
			Naming: sessions.Naming(k / 4), Paragraph: sessions.Naming(k % 4), About: "Ik ben " + p.about}
		must(st.SaveParticipant(&p.Participant))
		must(st.SetAttendance(s1.ID, p.ID, sessions.Present))
		must(st.SetAttendance(s2.ID, p.ID, []sessions.Attendance{sessions.Present, sessions.WithNotice, sessions.Absent}[k%3]))
		for i, se := range []sessions.Session{s1, s2} {
			c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[1+i].ID, ParticipantID: p.ID,
				Kind: sessions.Kind(k % 6), Text: fmt.Sprintf("bijdrage %02d-%d", k, i)}
			must(st.AddContribution(&c))
			must(st.SetOutcome(c.ID, sessions.Outcome((k+i)%4), fmt.Sprintf("toelichting %02d", k)))
			if i == 0 && k%2 == 0 {
				inS1 = append(inS1, c.ID)
			}
		}
		checkIn := sessions.Contribution{SessionID: s1.ID, StepID: s1.Steps[0].ID, ParticipantID: p.ID, Text: fmt.Sprintf("incheck %02d", k)}
		if k == 0 {
			checkIn.Sharing = sessions.Shared
		}
		must(st.AddContribution(&checkIn))
		must(st.SetOutcome(checkIn.ID, sessions.Adopted, "werkwijze"))
		mine := sessions.Contribution{SessionID: s2.ID, StepID: s2.Steps[3].ID, ParticipantID: p.ID, Text: fmt.Sprintf("groepszaak %02d", k), Sharing: sessions.GroupOnly}
		must(st.AddContribution(&mine))
		a := sessions.Action{SessionID: s1.ID, What: fmt.Sprintf("actie %02d", k), Owners: sessions.OwnedBy(p.ID)}
		must(st.SaveAction(&a))
		must(st.SavePlacement(&sessions.Placement{SessionID: s1.ID, ParticipantID: p.ID, Dimension: 1 + k%5,
			Now: 1 + k%7, Wish: 1 + (k+3)%7, Example: fmt.Sprintf("voorbeeld %02d", k)}))
		people = append(people, p)
	}
	// a themes step at the end of session 1: half of what was said in a
	// theme, the other half left outside; both parts name people
	themes := sessions.Step{SessionID: s1.ID, Kind: sessions.StepThemes, Title: "Thema's"}
	must(st.AddStep(&themes))
	theme := sessions.Theme{StepID: themes.ID, Name: "Samen"}
	must(st.SaveTheme(&theme))
	must(st.PutInTheme(themes.ID, theme.ID, inS1))
	// a voting step after it, with the minutes saying who voted for what:
	// everyone puts a dot on the theme and one on a typed option
	voting := sessions.Step{SessionID: s1.ID, Kind: sessions.StepVoting, Title: "Stemmen"}
	must(st.AddStep(&voting))
	must(st.SetVoteSetting(voting.ID, sessions.VoteSetting{Dots: 3, Names: true}))
	onTheme := sessions.VoteOption{StepID: voting.ID, ThemeID: theme.ID, Text: theme.Name, Stickers: -1}
	typed := sessions.VoteOption{StepID: voting.ID, Text: "Een eigen keuze", Stickers: 2}
	must(st.SaveVoteOption(&onTheme))
	must(st.SaveVoteOption(&typed))
	for _, p := range people {
		must(st.SetVote(sessions.Vote{OptionID: onTheme.ID, ParticipantID: p.ID, Dots: 1}))
		must(st.SetVote(sessions.Vote{OptionID: typed.ID, ParticipantID: p.ID, Dots: 2}))
	}
	return st, w, people
}

// forbidden is what of p may not appear under choice n.
func (p consentPerson) forbidden(n sessions.Naming) []string {
	switch n {
	case sessions.FullName:
		return nil
	case sessions.FirstName:
		return []string{p.last, p.initials}
	case sessions.Initials:
		return []string{p.first, p.last}
	}
	return []string{p.first, p.last, p.initials, p.about}
}

// shown is what of p must appear under choice n, where p is listed at all.
func (p consentPerson) shown(n sessions.Naming) string {
	return p.ShownAs(n)
}

// checkConsent fails for every forbidden word of any person in out.
func checkConsent(t *testing.T, where, out string, people []consentPerson, choice func(consentPerson) sessions.Naming) {
	t.Helper()
	for _, problem := range consentProblems(out, people, choice) {
		t.Errorf("%s: %s", where, problem)
	}
}

func consentProblems(out string, people []consentPerson, choice func(consentPerson) sessions.Naming) []string {
	low := strings.ToLower(out)
	var problems []string
	for _, p := range people {
		n := choice(p)
		for _, bad := range p.forbidden(n) {
			if strings.Contains(low, strings.ToLower(bad)) {
				problems = append(problems, fmt.Sprintf("%q appears, but %s chose %d", bad, p.Name, n))
			}
		}
	}
	return problems
}

// checkNamed fails when someone who chose to be named is missing: without
// it, an export that named nobody would pass the consent check.
func checkNamed(t *testing.T, where, out string, people []consentPerson, choice func(consentPerson) sessions.Naming) {
	t.Helper()
	for _, p := range people {
		if want := p.shown(choice(p)); want != "" && !strings.Contains(out, want) {
			t.Errorf("%s: %s chose %d but %q is missing", where, p.Name, choice(p), want)
		}
	}
}

func minutesChoice(p consentPerson) sessions.Naming { return p.Naming }

func paragraphChoice(p consentPerson) sessions.Naming {
	return sessions.MorePrivate(p.Naming, p.Paragraph)
}

// everything is all a document puts on disk: its name, the Markdown with
// the files beside it, and the HTML, as its source followed by what a
// reader of the page sees.
func everything(doc Document) (md, page string) {
	var files strings.Builder
	for _, f := range doc.Files {
		files.WriteString(f.Name + "\n" + string(f.Data) + "\n")
	}
	return doc.Name + "\n" + doc.Markdown + "\n" + files.String(), string(doc.HTML) + "\n" + visibleText(string(doc.HTML))
}

// split cuts s at the first text after which the paragraph starts.
func split(s string, at ...string) (before, after string, ok bool) {
	for _, a := range at {
		if i := strings.Index(s, a); i >= 0 {
			return s[:i], s[i:], true
		}
	}
	return s, "", false
}

func TestConsentInEveryExport(t *testing.T) {
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		st, w, people := consentWerkgroep(t, lang)
		heading := i18n.For(string(lang)).T("para.heading")
		for _, format := range []string{"md", "html"} {
			// the minutes of each session: the minutes choice
			for _, n := range []int{1, 2} {
				doc, err := Render(st, Options{Werkgroep: w.ID, Session: n, Format: format})
				if err != nil {
					t.Fatal(err)
				}
				md, page := everything(doc)
				where := fmt.Sprintf("%s session %d %s", lang, n, format)
				checkConsent(t, where, md+page, people, minutesChoice)
				checkNamed(t, where, md, people, minutesChoice)
				checkGroupOnly(t, where, md+page, true, n)
			}
			// the whole process: minutes, then the paragraph
			doc, err := Render(st, Options{Werkgroep: w.ID, Format: format})
			if err != nil {
				t.Fatal(err)
			}
			where := fmt.Sprintf("%s all %s", lang, format)
			md, page := everything(doc)
			minutes, paragraph, ok := split(md, "\n## "+heading)
			if !ok {
				t.Fatalf("%s: the whole process has no participatieparagraaf", where)
			}
			checkConsent(t, where, md+page, people, paragraphChoice)
			checkNamed(t, where+" (minutes)", minutes, people, paragraphChoice)
			checkNamed(t, where+" (paragraph)", paragraph, people, paragraphChoice)
			checkGroupOnly(t, where+" (minutes)", minutes, true, 0)
			checkGroupOnly(t, where+" (paragraph)", paragraph, false, 0)
			if format == "html" {
				src := string(doc.HTML)
				seen := visibleText(src)
				for _, part := range []struct{ name, text, at string }{{"page", src, "<h2>" + heading}, {"page as read", seen, "\n" + heading + "\n"}} {
					_, paragraph, ok := split(part.text, part.at)
					if !ok {
						t.Fatalf("%s: no participatieparagraaf in the %s", where, part.name)
					}
					checkGroupOnly(t, where+" (paragraph "+part.name+")", paragraph, false, 0)
				}
			}
			// the paragraph alone
			doc, err = RenderParagraaf(st, Options{Werkgroep: w.ID, Format: format})
			if err != nil {
				t.Fatal(err)
			}
			md, page = everything(doc)
			where = fmt.Sprintf("%s paragraph %s", lang, format)
			checkConsent(t, where, md+page, people, paragraphChoice)
			checkNamed(t, where, md, people, paragraphChoice)
			checkGroupOnly(t, where, md+page, false, 0)
		}
	}
}

// groupOnlyTexts are the words of the consent werkgroep that are for the
// group only, per session: the check-in remarks (but person 0's, which is
// opened up) and the ones marked so.
func groupOnlyTexts(session int) []string {
	var out []string
	for k := 1; k < 16; k++ {
		if session != 2 {
			out = append(out, fmt.Sprintf("incheck %02d", k))
		}
		if session != 1 {
			out = append(out, fmt.Sprintf("groepszaak %02d", k))
		}
	}
	return out
}

// checkGroupOnly fails when what is for the group only is missing from the
// group's minutes (inGroup), or appears in what goes outside, where the
// opened-up remark must be.
func checkGroupOnly(t *testing.T, where, out string, inGroup bool, session int) {
	t.Helper()
	for _, s := range groupOnlyTexts(session) {
		if has := strings.Contains(out, s); has != inGroup {
			t.Errorf("%s: %q is for the group only; in the group's minutes %v, here %v", where, s, inGroup, has)
		}
	}
	if session != 2 && !strings.Contains(out, "incheck 00") {
		t.Errorf("%s: the opened-up check-in remark is missing", where)
	}
}
