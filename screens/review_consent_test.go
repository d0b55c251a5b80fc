package screens

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// The consent test for what the screens show (export/consent_test.go does
// the exports): sixteen people make every pair of naming choices. The
// screens others see — the presentation view, the look-back at the
// previous minutes, the tension schema and the export preview — are read
// for any part of a name, initials or own words a person did not allow
// for the minutes. The note-taker's own screens — capture, the list of
// what was said, the review with every row's details and every
// participant filter, the outcome form — show each name as entered,
// marked where the minutes hide it ("… (niet genoemd)", names.go), and
// never anyone's own words.
//
// Not checked, on purpose: the participants screen, where names are typed
// and chosen.

type screenPerson struct {
	sessions.Participant
	first, last, initials, about string
}

// forbidden is what of p a screen may not show under naming n. With
// initialsForFirstName, initials are allowed to someone who chose their
// first name: the schema screen labels its narrow columns with
// sessions.SchemaLabel, which treats initials as more private than a first
// name (the order of sessions.Namings). That shows a surname's initial the
// person did not give; it is left to the schema screen's owner, and
// checked everywhere else.
func (p screenPerson) forbidden(n sessions.Naming, initialsForFirstName bool) []string {
	switch n {
	case sessions.FullName:
		return nil
	case sessions.FirstName:
		if initialsForFirstName {
			return []string{p.last}
		}
		return []string{p.last, p.initials}
	case sessions.Initials:
		return []string{p.first, p.last}
	}
	return []string{p.first, p.last, p.initials, p.about}
}

// consentScreens fills the test werkgroep: person k chooses k/4 for the
// minutes and k%4 for the paragraph; everyone speaks in step 2 of session 1.
func consentScreens(t *testing.T) (*Context, sessions.Werkgroep, []screenPerson, []sessions.Contribution) {
	t.Helper()
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	s1 := ss[0]
	s1.Status = sessions.Done
	ctx.Store.UpdateSession(&s1)
	var people []screenPerson
	var said []sessions.Contribution
	for k := range 16 {
		f, l := "QXYZ"[k/4], "JKVW"[k%4]
		p := screenPerson{first: fmt.Sprintf("%correlind%c", f, 'a'+k), last: fmt.Sprintf("%cenneboom%c", l, 'a'+k),
			initials: fmt.Sprintf("%c.%c.", f, l), about: fmt.Sprintf("eigenwoorden%02dzin", k)}
		p.Participant = sessions.Participant{WerkgroepID: w.ID, Name: p.first + " " + p.last,
			Naming: sessions.Naming(k / 4), Paragraph: sessions.Naming(k % 4), About: "Ik ben " + p.about}
		if err := ctx.Store.SaveParticipant(&p.Participant); err != nil {
			t.Fatal(err)
		}
		ctx.Store.SetAttendance(s1.ID, p.ID, sessions.Present)
		c := sessions.Contribution{SessionID: s1.ID, StepID: s1.Steps[1].ID, ParticipantID: p.ID,
			Kind: sessions.Kind(k % 6), Text: fmt.Sprintf("bijdrage %02d", k)}
		if err := ctx.Store.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		ctx.Store.SetOutcome(c.ID, sessions.Outcome(k%4), fmt.Sprintf("toelichting %02d", k))
		a := sessions.Action{SessionID: s1.ID, What: fmt.Sprintf("actie %02d", k), Owners: sessions.OwnedBy(p.ID)}
		ctx.Store.SaveAction(&a)
		ctx.Store.SavePlacement(&sessions.Placement{SessionID: s1.ID, ParticipantID: p.ID, Dimension: 1 + k%5,
			Now: 1 + k%7, Wish: 1 + (k+3)%7, Example: fmt.Sprintf("voorbeeld %02d", k)})
		people = append(people, p)
		said = append(said, c)
	}
	return ctx, w, people, said
}

// screenConsentProblems lists what out shows of people beyond their
// choice: the minutes choice, or with paragraph the more private of both.
func screenConsentProblems(out string, people []screenPerson, initialsForFirstName, paragraph bool) []string {
	low := strings.ToLower(out)
	var problems []string
	for _, p := range people {
		n := p.Naming
		if paragraph {
			n = sessions.MorePrivate(p.Naming, p.Paragraph)
		}
		for _, bad := range p.forbidden(n, initialsForFirstName) {
			if strings.Contains(low, strings.ToLower(bad)) {
				problems = append(problems, fmt.Sprintf("%q appears, but %s chose %d", bad, p.Name, n))
			}
		}
	}
	return problems
}

func TestConsentOnEveryScreen(t *testing.T) {
	ctx, w, people, said := consentScreens(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	var views []struct{ where, text string }
	show := func(where string, s Screen, width, height int) {
		views = append(views, struct{ where, text string }{where, render(s, width, height)})
	}
	load := func(s Screen) Screen {
		s, _ = s.Update(s.Init()())
		return s
	}

	// capture, list and projector views of the step where everyone spoke
	session := load(NewSessionScreenAt(ctx, w.ID, ss[0].ID, ss[0].Steps[1].ID))
	show("capture", session, 160, 60)
	session = press(t, session, "esc")
	show("capture list", session, 160, 60)
	session = press(t, session, "v")
	show("presentation", session, 160, 60)

	// the review: every row with its details, every participant filter
	review := newReview(ctx, w.ID)
	drive(t, review, review.Init()())
	show("review", review, 160, 60)
	for range said {
		show("review row", review, 100, 30)
		press(t, review, "down")
	}
	for range len(people) + 3 {
		press(t, review, "d")
		show("review filter", review, 160, 30)
	}
	for _, c := range said {
		f := NewOutcomeForm(ctx, c)
		drive(t, f, f.Init()())
		show("outcome form", f, 100, 30)
	}
	bulk := newOutcomeForm(ctx, said, nil)
	drive(t, bulk, bulk.Init()())
	show("bulk outcome form", bulk, 100, 30)

	// the previous minutes at the start of session 2, and the schema
	lb := NewLookBack(ctx, w.ID, ss[1].ID)
	drive(t, lb, lb.Init()())
	lb.SetSize(160, 400)
	for range 40 {
		show("look-back", lb, 160, 400)
		lb, _ = lb.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	schema := NewSchema(ctx, w.ID, ss[0].ID)
	drive(t, schema, schema.Init()())
	for range len(people) + 1 {
		show("schema, placing", schema, 160, 60)
		press(t, schema, "tab")
	}
	press(t, schema, "g")
	show("schema, group", schema, 160, 200)
	press(t, schema, "i")
	for range 10 {
		show("schema, individuals", schema, 160, 200)
		press(t, schema, "pgdown")
	}

	// the export screen's preview: session 1's minutes, then the
	// paragraph alone (← from the whole process)
	ex := NewExport(ctx, w.ID, 1)
	ex.SetSize(160, 600)
	ex = runCmd(t, ex, ex.Init(), 0)
	show("export, minutes", ex, 160, 600)
	ex = press(t, ex, "left", "left")
	show("export, paragraph", ex, 160, 600)

	own := map[string]bool{"capture": true, "capture list": true, "review": true, "review row": true,
		"review filter": true, "outcome form": true, "bulk outcome form": true}
	for _, v := range views {
		if own[v.where] {
			for _, p := range people {
				if strings.Contains(v.text, p.about) {
					t.Errorf("%s: %s's own words are on screen", v.where, p.Name)
				}
			}
			continue
		}
		for _, problem := range screenConsentProblems(v.text, people, false, v.where == "export, paragraph") {
			t.Errorf("%s: %s", v.where, problem)
		}
	}
	// Without this, screens that named nobody would pass.
	for _, p := range people {
		want := onScreen(ctx, p.Participant)
		if !strings.Contains(views[1].text, want) || !strings.Contains(views[3].text, want) {
			t.Errorf("%s chose %d: %q is missing from the capture list or the review", p.Name, p.Naming, want)
		}
		if p.Naming != sessions.FullName && !strings.Contains(want, "(") {
			t.Errorf("%s chose %d: %q does not say how the minutes show them", p.Name, p.Naming, want)
		}
		if p.Naming == sessions.NotNamed && strings.Contains(views[2].text, p.first) {
			t.Errorf("the projector names %s, who chose not to be named", p.Name)
		}
	}
}

func TestScreenConsentCheckCanFail(t *testing.T) {
	_, _, people, _ := consentScreens(t)
	if len(screenConsentProblems(people[15].Name+" "+people[5].Name, people, true, false)) == 0 {
		t.Error("full names of people who chose less went unnoticed")
	}
	if len(screenConsentProblems(people[5].initials, people, false, false)) != 1 {
		t.Error("the initials of someone who chose their first name went unnoticed")
	}
	// 4 chose first name and full name (so first name); 7 first name and not named
	if len(screenConsentProblems(people[4].first, people, false, true)) != 0 ||
		len(screenConsentProblems(people[7].first, people, false, true)) != 1 {
		t.Error("the paragraph's choice is not the more private of the two")
	}
}
