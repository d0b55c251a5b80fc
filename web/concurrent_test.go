package web

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"sync"
	"testing"
	"time"

	"werkgroep/sessions"
)

// TestFortyPhonesAtOnce: forty phones, each from its own address on the
// loopback range, join, place themselves on the schema and then each send
// one contribution, all at once, against a real server on 127.0.0.1 with
// its timeouts. Nothing is lost or doubled.
func TestFortyPhonesAtOnce(t *testing.T) {
	const phones = 40
	f := newFixture(t, sessions.StepSchema, Config{})
	f.srv.Close() // this test serves itself, as werkgroep does
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- New(Config{Store: f.web, Lang: "nl"}).Serve(ctx, ln) }()
	defer func() {
		stop()
		if err := <-served; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()
	ps := make([]*phone, phones)
	for i := range ps {
		jar, _ := cookiejar.New(nil)
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 1, byte(10+i))}, Timeout: 10 * time.Second}
		ps[i] = &phone{t: t, base: base, c: &http.Client{Jar: jar, Timeout: 60 * time.Second,
			Transport: &http.Transport{DialContext: d.DialContext}}}
	}
	all := func(do func(i int, p *phone) error) {
		var wg sync.WaitGroup
		errs := make(chan error, phones)
		for i, p := range ps {
			wg.Go(func() {
				if err := do(i, p); err != nil {
					errs <- fmt.Errorf("phone %d: %w", i+1, err)
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if t.Failed() {
			t.FailNow()
		}
	}
	// The helpers' t.Fatal must not run off the test's goroutine: these
	// use the client directly.
	send := func(p *phone, path string, v url.Values) error {
		res, err := p.c.PostForm(base+path, v)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		p.last = string(b)
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: %d\n%s", path, res.StatusCode, b)
		}
		return nil
	}
	all(func(i int, p *phone) error { return send(p, "/join", url.Values{"code": {f.room.Code}}) })
	all(func(i int, p *phone) error {
		m := tokenRe.FindStringSubmatch(p.last)
		if m == nil {
			return fmt.Errorf("no form after joining")
		}
		v := url.Values{"step": {itoa(f.step.ID)}, "token": {m[1]}}
		for d := 1; d <= sessions.SchemaDimensions; d++ {
			v.Set(fmt.Sprintf("now%d", d), fmt.Sprint(1+i%7))
			v.Set(fmt.Sprintf("wish%d", d), fmt.Sprint(1+(i+d)%7))
		}
		return send(p, "/answer", v)
	})
	placed, _ := f.st.Placements(f.session.ID)
	if len(placed) != phones*sessions.SchemaDimensions {
		t.Fatalf("%d placements, want %d", len(placed), phones*sessions.SchemaDimensions)
	}
	fig := sessions.Figures(f.session.ID, placed, nil)
	for _, d := range fig.Dimensions {
		if d.Now.N != phones || d.Wish.N != phones || d.Gap.N != phones {
			t.Fatalf("dimension %d counts %d now, %d wish, %d gaps; want %d each", d.Dimension, d.Now.N, d.Wish.N, d.Gap.N, phones)
		}
	}
	// The lead moves on to an ordinary step: one contribution each.
	var next sessions.Step
	for _, s := range f.session.Steps {
		if s.Kind == sessions.StepActivity && next.ID == 0 {
			next = s
		}
	}
	f.lead(next.ID)
	all(func(i int, p *phone) error {
		res, err := p.c.Get(base + "/")
		if err != nil {
			return err
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		m := tokenRe.FindStringSubmatch(string(b))
		if m == nil {
			return fmt.Errorf("no form at the next step")
		}
		return send(p, "/answer", url.Values{"step": {itoa(next.ID)}, "token": {m[1]}, "text": {fmt.Sprintf("inbreng van telefoon %d", i+1)}})
	})
	cs, _ := f.st.Contributions(f.session.ID)
	seen := map[string]bool{}
	for _, c := range cs {
		if seen[c.Text] {
			t.Errorf("doubled: %q", c.Text)
		}
		seen[c.Text] = true
	}
	if len(cs) != phones || len(seen) != phones {
		t.Fatalf("%d contributions (%d different), want %d", len(cs), len(seen), phones)
	}
	if n, _ := f.st.PhonesAnswered(f.session.ID); n != phones {
		t.Fatalf("phones answered: %d", n)
	}
}
