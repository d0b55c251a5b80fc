package web

import (
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
)

func TestJoinNeedsTheRoomsCode(t *testing.T) {
	f := newFixture(t, sessions.StepSchema, Config{})
	p := f.phone()
	code, body := p.get("/?c=" + f.room.Code)
	if code != http.StatusOK || !strings.Contains(body, `value="`+f.room.Code+`"`) || !strings.Contains(body, `<html lang="nl">`) {
		t.Fatalf("the address of the QR code fills in the code: %d\n%s", code, body)
	}
	if code, body := p.post("/join", url.Values{"code": {"000000"}}); code != http.StatusForbidden || !strings.Contains(body, "code klopt niet") {
		t.Fatalf("a wrong code: %d\n%s", code, body)
	}
	if code, _ := p.post("/answer", url.Values{"step": {itoa(f.step.ID)}}); code != http.StatusForbidden {
		t.Fatalf("an answer without joining: %d", code)
	}
	if ps, _ := f.st.Phones(f.session.ID); len(ps) != 0 {
		t.Fatalf("phones after a wrong code: %+v", ps)
	}
	spaced := f.room.Code[:3] + " " + f.room.Code[3:]
	if code, body := p.post("/join", url.Values{"code": {spaced}}); code != http.StatusOK || !strings.Contains(body, "Regel 5") {
		t.Fatalf("the right code, typed with a space: %d\n%s", code, body)
	}
	res, _ := p.c.Get(f.srv.URL + "/")
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
		if res.Header.Get(h) == "" {
			t.Errorf("header %s not set", h)
		}
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q", csp)
	}
	res.Body.Close()
	u, _ := url.Parse(f.srv.URL)
	if cs := p.c.Jar.Cookies(u); len(cs) != 1 {
		t.Fatalf("cookies: %+v, want one", cs)
	}
}

func TestSchemaStepShowsThePolesInFullAndStoresOnePerson(t *testing.T) {
	f := newFixture(t, sessions.StepSchema, Config{})
	p := f.joined()
	for _, d := range sessions.Schema(sessions.Dutch).Dimensions {
		for _, pole := range []string{d.TopDown, d.BottomUp} {
			if !strings.Contains(p.last, template.HTMLEscapeString(pole)) {
				t.Errorf("dimension %d: pole text %q not on the page", d.Number, pole)
			}
		}
	}
	if !strings.Contains(p.last, template.HTMLEscapeString(f.wg.Name)) || strings.Contains(p.last, "<Participatie>") {
		t.Error("the werkgroep's name is not escaped")
	}
	code, body := p.post("/answer", p.form(f, map[string]string{"now1": "2", "wish1": "6", "now2": "0", "wish2": "5",
		"example1": "Het \x1b[31mloket\x1b[0m\r\nkent ons niet"}))
	if code != http.StatusOK || !strings.Contains(body, "Gestuurd") || !strings.Contains(body, "Regel 1: nu 2, wens 6") {
		t.Fatalf("after sending: %d\n%s", code, body)
	}
	ps, _ := f.st.Placements(f.session.ID)
	if len(ps) != 5 {
		t.Fatalf("placements: %+v", ps)
	}
	if ps[0].ParticipantID >= 0 || ps[0].Now != 2 || ps[0].Wish != 6 || ps[0].Example != "Het loket\nkent ons niet" {
		t.Fatalf("first placement %+v", ps[0])
	}
	fig := sessions.Figures(f.session.ID, ps, nil)
	if d := fig.Dimensions[0]; d.Now.N != 1 || d.Gap.N != 1 {
		t.Fatalf("the phone is not one person in the figures: %+v", d)
	}
	// Changed while the step is open: replaced, not added.
	if code, _ := p.post("/answer", p.form(f, map[string]string{"now1": "3", "wish1": "6"})); code != http.StatusOK {
		t.Fatalf("change: %d\n%s", code, p.last)
	}
	ps, _ = f.st.Placements(f.session.ID)
	if len(ps) != 5 || ps[0].Now != 3 {
		t.Fatalf("after the change: %+v", ps)
	}
	if !strings.Contains(p.last, `name="now1" value="3" checked`) {
		t.Error("the form does not show what was sent")
	}
}

func TestBadAnswersStoreNothingAndSayWhatToDo(t *testing.T) {
	f := newFixture(t, sessions.StepSchema, Config{})
	p := f.joined()
	other := f.joined()
	cases := []struct {
		name   string
		values url.Values
		status int
		words  string
	}{
		{"a point of 8", p.form(f, map[string]string{"now1": "8"}), http.StatusBadRequest, "getal van 1 tot 7"},
		{"a point of -1", p.form(f, map[string]string{"wish3": "-1"}), http.StatusBadRequest, "getal van 1 tot 7"},
		{"a point that is no number", p.form(f, map[string]string{"now2": "zes"}), http.StatusBadRequest, "getal van 1 tot 7"},
		{"an unknown step", p.form(f, map[string]string{"step": "99999", "now1": "2"}), http.StatusNotFound, "stap ken ik niet"},
		{"a step not led", p.form(f, map[string]string{"step": itoa(f.session.Steps[0].ID), "now1": "2"}), http.StatusConflict, "al verder"},
		{"a forged token", p.form(f, map[string]string{"token": "abc.def", "now1": "2"}), http.StatusForbidden, "niet van deze pagina"},
		{"another phone's token", p.form(f, map[string]string{"token": other.token(0), "now1": "2"}), http.StatusForbidden, "niet van deze pagina"},
		{"no token", p.form(f, map[string]string{"token": "", "now1": "2"}), http.StatusForbidden, "niet van deze pagina"},
		{"a long example", p.form(f, map[string]string{"now1": "2", "example1": strings.Repeat("x", sessions.PhoneTextMax+1)}), http.StatusBadRequest, "te lang"},
	}
	for _, c := range cases {
		code, body := p.post("/answer", c.values)
		if code != c.status || !strings.Contains(body, c.words) {
			t.Errorf("%s: %d, want %d with %q\n%s", c.name, code, c.status, c.words, body)
		}
	}
	big := p.form(f, map[string]string{"now1": "2", "example1": strings.Repeat("x", maxBody)})
	if code, body := p.post("/answer", big); code != http.StatusRequestEntityTooLarge || !strings.Contains(body, "te veel tekst") {
		t.Errorf("an oversized post: %d\n%s", code, body)
	}
	if code, _ := p.get("/admin"); code != http.StatusNotFound {
		t.Errorf("an unknown page: %d", code)
	}
	if ps, _ := f.st.Placements(f.session.ID); len(ps) != 0 {
		t.Fatalf("stored anyway: %+v", ps)
	}
	// A form sent twice is stored once.
	p.get("/")
	form := p.form(f, map[string]string{"now1": "4"})
	if code, _ := p.post("/answer", form); code != http.StatusOK {
		t.Fatalf("first send: %d", code)
	}
	form.Set("now1", "5")
	if code, body := p.post("/answer", form); code != http.StatusConflict || !strings.Contains(body, "al verstuurd") {
		t.Fatalf("the same form again: %d\n%s", code, body)
	}
	if ps, _ := f.st.Placements(f.session.ID); ps[0].Now != 4 {
		t.Fatalf("the replay was stored: %+v", ps[0])
	}
	// Closed: the phone says so, and nothing more is stored.
	p.get("/")
	form = p.form(f, map[string]string{"now1": "7"})
	if err := f.st.ClosePhoneRoom(f.session.ID); err != nil {
		t.Fatal(err)
	}
	if code, body := p.post("/answer", form); code != http.StatusConflict || !strings.Contains(body, "gesloten") {
		t.Fatalf("a closed room: %d\n%s", code, body)
	}
	if _, body := p.get("/"); !strings.Contains(body, "Meedoen met je telefoon is nu gesloten") {
		t.Fatalf("the page of a closed room:\n%s", body)
	}
	if ps, _ := f.st.Placements(f.session.ID); ps[0].Now != 4 {
		t.Fatalf("stored in a closed room: %+v", ps[0])
	}
}

func TestVotingStepKeepsToTheDots(t *testing.T) {
	f := newFixture(t, sessions.StepVoting, Config{})
	var opts []sessions.VoteOption
	for _, text := range []string{"Meer ervaringsdeskundigen", "Een loket in de wijk"} {
		o := sessions.VoteOption{StepID: f.step.ID, Text: text, Stickers: -1}
		if err := f.st.SaveVoteOption(&o); err != nil {
			t.Fatal(err)
		}
		opts = append(opts, o)
	}
	p := f.joined()
	if !strings.Contains(p.last, "Je hebt 3 stippen") || !strings.Contains(p.last, "Stippen bij: Een loket in de wijk") {
		t.Fatalf("voting page:\n%s", p.last)
	}
	a, b := "dots"+itoa(opts[0].ID), "dots"+itoa(opts[1].ID)
	if code, body := p.post("/answer", p.form(f, map[string]string{a: "2", b: "2"})); code != http.StatusBadRequest || !strings.Contains(body, "Je zette er 4") {
		t.Fatalf("four dots of three: %d\n%s", code, body)
	}
	if code, _ := p.post("/answer", p.form(f, map[string]string{a: "-1"})); code != http.StatusBadRequest {
		t.Fatalf("minus one dot: %d", code)
	}
	if vs, _ := f.st.Votes(f.step.ID); len(vs) != 0 {
		t.Fatalf("stored anyway: %+v", vs)
	}
	if code, body := p.post("/answer", p.form(f, map[string]string{a: "1", b: "2"})); code != http.StatusOK || !strings.Contains(body, "Een loket in de wijk: 2") {
		t.Fatalf("three dots: %d\n%s", code, body)
	}
	// Moved: one dot less on the first option removes it.
	p.post("/answer", p.form(f, map[string]string{a: "0", b: "3"}))
	vs, _ := f.st.Votes(f.step.ID)
	if len(vs) != 1 || vs[0].OptionID != opts[1].ID || vs[0].Dots != 3 || !sessions.IsPhonePerson(vs[0].ParticipantID) {
		t.Fatalf("votes: %+v", vs)
	}
	res := sessions.Tally(opts, vs)
	if res[0].Option.ID != opts[1].ID || res[0].People != 1 {
		t.Fatalf("tally: %+v", res)
	}
}

func TestOtherStepsTakeAContributionForTheGroupOnly(t *testing.T) {
	f := newFixture(t, sessions.StepActivity, Config{})
	p := f.joined()
	if !strings.Contains(p.last, "Wil je iets inbrengen?") {
		t.Fatalf("page:\n%s", p.last)
	}
	if code, body := p.post("/answer", p.form(f, map[string]string{"text": "  \n "})); code != http.StatusBadRequest || !strings.Contains(body, "niets in het vak") {
		t.Fatalf("empty: %d\n%s", code, body)
	}
	form := p.form(f, map[string]string{"text": "Vraag het <de buurt>\x07 zelf"})
	if code, body := p.post("/answer", form); code != http.StatusOK || !strings.Contains(body, "Vraag het &lt;de buurt&gt; zelf") {
		t.Fatalf("sent: %d\n%s", code, body)
	}
	if code, _ := p.post("/answer", form); code != http.StatusConflict {
		t.Fatalf("sent twice: %d", code)
	}
	cs, _ := f.st.Contributions(f.session.ID)
	if len(cs) != 1 || cs[0].Text != "Vraag het <de buurt> zelf" || cs[0].Phone == 0 || cs[0].ParticipantID != 0 ||
		!cs[0].GroupOnly(f.step) || cs[0].StepID != f.step.ID {
		t.Fatalf("contributions: %+v", cs)
	}
	// Changed while the step is open.
	p.get("/")
	edit := url.Values{"id": {itoa(cs[0].ID)}, "token": {p.token(1)}, "text": {"Vraag het de buurt zelf, echt"}}
	if code, _ := p.post("/edit", edit); code != http.StatusOK {
		t.Fatalf("edit: %d\n%s", code, p.last)
	}
	if cs, _ = f.st.Contributions(f.session.ID); len(cs) != 1 || cs[0].Text != "Vraag het de buurt zelf, echt" {
		t.Fatalf("after the edit: %+v", cs)
	}
	// The note-taker corrects it while the phone has its page open: the
	// phone's change does not overwrite that, and says so.
	p.get("/")
	edit = url.Values{"id": {itoa(cs[0].ID)}, "version": {strconv.FormatInt(cs[0].Version, 10)}, "token": {p.token(1)}, "text": {"over"}}
	corrected := cs[0]
	corrected.Text = "Vraag het de buurt zelf (gecorrigeerd)"
	if err := f.st.UpdateContribution(&corrected); err != nil {
		t.Fatal(err)
	}
	if code, body := p.post("/edit", edit); code != http.StatusConflict || !strings.Contains(body, "net aangepast") {
		t.Fatalf("an edit over the note-taker's: %d\n%s", code, body)
	}
	if cs, _ = f.st.Contributions(f.session.ID); cs[0].Text != corrected.Text {
		t.Fatalf("the note-taker's correction was overwritten: %+v", cs[0])
	}
	// Another phone cannot change it.
	q := f.joined()
	if code, _ := q.post("/edit", url.Values{"id": {itoa(cs[0].ID)}, "token": {q.token(0)}, "text": {"weg"}}); code != http.StatusConflict {
		t.Fatalf("another phone's edit: %d", code)
	}
	// Once the lead moves on, no more changes.
	p.get("/")
	edit = url.Values{"id": {itoa(cs[0].ID)}, "token": {p.token(1)}, "text": {"later"}}
	f.lead(f.session.Steps[0].ID)
	if code, _ := p.post("/edit", edit); code != http.StatusConflict {
		t.Fatalf("edit after the step: %d", code)
	}
	if _, body := p.get("/"); !strings.Contains(body, "Wil je iets inbrengen?") || !strings.Contains(body, f.session.Steps[0].Title) {
		t.Fatalf("the page follows the lead:\n%s", body)
	}
}

func TestClaimedNameCountsOnlyOnceConfirmed(t *testing.T) {
	f := newFixture(t, sessions.StepSchema, Config{})
	petra := sessions.Participant{WerkgroepID: f.wg.ID, Name: "Petra de Vries", Naming: sessions.Initials}
	wim := sessions.Participant{WerkgroepID: f.wg.ID, Name: "Wim de Jong", Naming: sessions.NotNamed}
	gone := sessions.Participant{WerkgroepID: f.wg.ID, Name: "Anna Bakker"}
	for _, x := range []*sessions.Participant{&petra, &wim, &gone} {
		if err := f.st.SaveParticipant(x); err != nil {
			t.Fatal(err)
		}
	}
	f.st.SetAttendance(f.session.ID, gone.ID, sessions.Absent)
	p := f.joined()
	if !strings.Contains(p.last, "P.d.V.") || strings.Contains(p.last, "Petra") || strings.Contains(p.last, "Wim") || strings.Contains(p.last, "Anna") {
		t.Fatalf("the list shows each as they chose, and only who is there:\n%s", p.last)
	}
	who := func(id int64) int {
		p.get("/")
		code, _ := p.post("/who", url.Values{"participant": {itoa(id)}, "token": {p.token(1)}})
		return code
	}
	for _, id := range []int64{wim.ID, gone.ID, 99999} {
		if code := who(id); code != http.StatusBadRequest {
			t.Errorf("claiming %d: %d", id, code)
		}
	}
	if code := who(petra.ID); code != http.StatusOK || !strings.Contains(p.last, "bevestigt dat nog") {
		t.Fatalf("claim: %d\n%s", code, p.last)
	}
	p.post("/answer", p.form(f, map[string]string{"now1": "2", "wish1": "5"}))
	ps, _ := f.st.Placements(f.session.ID)
	if len(ps) != 5 || !sessions.IsPhonePerson(ps[0].ParticipantID) {
		t.Fatalf("before confirmation: %+v", ps)
	}
	phones, _ := f.st.Phones(f.session.ID)
	if err := f.st.ConfirmPhone(phones[0].ID); err != nil {
		t.Fatal(err)
	}
	ps, _ = f.st.Placements(f.session.ID)
	if len(ps) != 5 || ps[0].ParticipantID != petra.ID {
		t.Fatalf("after confirmation: %+v", ps)
	}
	if _, body := p.get("/"); !strings.Contains(body, "Je doet mee als P.d.V.") {
		t.Fatalf("confirmed:\n%s", body)
	}
	p.post("/answer", p.form(f, map[string]string{"now1": "6", "wish1": "7"}))
	ps, _ = f.st.Placements(f.session.ID)
	if len(ps) != 5 || ps[0].ParticipantID != petra.ID || ps[0].Now != 6 {
		t.Fatalf("answer after confirmation: %+v", ps)
	}
}

func TestRateLimitPerAddress(t *testing.T) {
	f := newFixture(t, sessions.StepSchema, Config{Burst: 5, Per: time.Hour})
	p := f.phone()
	for i := range 5 {
		if code, _ := p.get("/"); code != http.StatusOK {
			t.Fatalf("request %d: %d", i+1, code)
		}
	}
	code, body := p.get("/")
	if code != http.StatusTooManyRequests || !strings.Contains(body, "Wacht een minuut") {
		t.Fatalf("past the limit: %d\n%s", code, body)
	}
}

func TestWrongCodesAreLimitedApart(t *testing.T) {
	f := newFixture(t, sessions.StepSchema, Config{})
	p := f.phone()
	for i := range 5 {
		if code, _ := p.post("/join", url.Values{"code": {"111111"}}); code != http.StatusForbidden {
			t.Fatalf("wrong code %d: %d", i+1, code)
		}
	}
	if code, _ := p.post("/join", url.Values{"code": {f.room.Code}}); code != http.StatusTooManyRequests {
		t.Fatalf("after five wrong codes, even the right one waits: %d", code)
	}
}
