package web

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// fixture is a werkgroep on a real file with its lead at a step of one
// kind and the session open to phones, served by a Server on 127.0.0.1.
type fixture struct {
	t       *testing.T
	st      *store.Store // the program's own handle
	web     *store.Store // the server's
	srv     *httptest.Server
	wg      sessions.Werkgroep
	session sessions.Session
	step    sessions.Step
	room    sessions.PhoneRoom
}

func newFixture(t *testing.T, kind sessions.StepKind, cfg Config) *fixture {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{t: t, st: st, wg: sessions.Werkgroep{Name: "Visie & <Participatie>"}}
	if err := st.CreateWerkgroep(&f.wg, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := st.Sessions(f.wg.ID)
	for _, se := range ss {
		for _, step := range se.Steps {
			if step.Kind == kind && f.step.ID == 0 {
				f.session, f.step = se, step
			}
		}
	}
	if f.step.ID == 0 {
		t.Fatalf("no %s step", kind)
	}
	f.lead(f.step.ID)
	if f.room, err = st.OpenPhoneRoom(f.session.ID, "", ""); err != nil {
		t.Fatal(err)
	}
	if f.web, err = store.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.web.Close() })
	cfg.Store, cfg.Lang = f.web, "nl"
	f.srv = httptest.NewServer(New(cfg))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) lead(step sessions.ID) {
	f.t.Helper()
	if err := f.st.SetLead(sessions.Lead{WerkgroepID: f.wg.ID, SessionID: f.session.ID, StepID: step, Program: "laptop/1/1"}); err != nil {
		f.t.Fatal(err)
	}
}

// phone is one participant's browser: its own cookie jar.
type phone struct {
	t    *testing.T
	base string
	c    *http.Client
	last string // the last page's body
}

func (f *fixture) phone() *phone {
	jar, _ := cookiejar.New(nil)
	return &phone{t: f.t, base: f.srv.URL, c: &http.Client{Jar: jar}}
}

// joined is a phone that typed the room's code.
func (f *fixture) joined() *phone {
	p := f.phone()
	if code, _ := p.post("/join", url.Values{"code": {f.room.Code}}); code != http.StatusOK {
		f.t.Fatalf("join: %d\n%s", code, p.last)
	}
	return p
}

func (p *phone) get(path string) (int, string) {
	p.t.Helper()
	res, err := p.c.Get(p.base + path)
	if err != nil {
		p.t.Fatal(err)
	}
	return p.read(res)
}

func (p *phone) post(path string, v url.Values) (int, string) {
	p.t.Helper()
	res, err := p.c.PostForm(p.base+path, v)
	if err != nil {
		p.t.Fatal(err)
	}
	return p.read(res)
}

func (p *phone) read(res *http.Response) (int, string) {
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	p.last = string(b)
	return res.StatusCode, p.last
}

var tokenRe = regexp.MustCompile(`name="token" value="([^"]+)"`)

// token is the n-th form token of the last page.
func (p *phone) token(n int) string {
	p.t.Helper()
	m := tokenRe.FindAllStringSubmatch(p.last, -1)
	if len(m) <= n {
		p.t.Fatalf("no form token %d in\n%s", n, p.last)
	}
	return m[n][1]
}

// form is the answer form's fields of the last page, with more set.
// A problem page has no form: the page is read again first, as a person
// going back would.
func (p *phone) form(f *fixture, more map[string]string) url.Values {
	if !tokenRe.MatchString(p.last) {
		p.get("/")
	}
	v := url.Values{"step": {itoa(f.step.ID)}, "token": {p.token(0)}}
	for k, x := range more {
		v.Set(k, x)
	}
	return v
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
