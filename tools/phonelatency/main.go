// Command phonelatency measures how long an answer sent from a phone
// takes to show on the projector (issue 17, PERFORMANCE.md): the
// participants' page (package web) on its own handle on a fresh file, and
// werkgroep present (screens.RoomPresent) on another, following the lead
// through the change feed as the real window does. One phone sends a
// contribution, then waits until the projector's picture shows it; the
// time from sending to the picture is one sample. With -phones N, N
// phones place themselves on the tension schema instead, each at its own
// moment over -spread (schema.go). Usage:
//
//	go run ./tools/phonelatency [-n 60] [-phones 11 -spread 60s]
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"werkgroep/screens"
	"werkgroep/sessions"
	"werkgroep/store"
	"werkgroep/web"
)

func main() {
	n := flag.Int("n", 60, "answers to send")
	phones := flag.Int("phones", 0, "instead: this many phones place themselves on the schema, spread over -spread")
	spread := flag.Duration("spread", time.Minute, "with -phones: the time over which they send")
	flag.Parse()
	run := func() error { return run(*n) }
	if *phones > 0 {
		run = func() error { return runSchema(*phones, *spread) }
	}
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "phonelatency:", err)
		os.Exit(1)
	}
}

// rig is the room on a fresh file: the leading program at a step, the
// page's server, and werkgroep present, each on its own handle.
type rig struct {
	base, code string
	step       int64
	feed       <-chan struct{}
	show       func() string // what the projector does on a change: reload, draw
	close      func()
}

// setup makes the rig, the lead at the first ordinary step, or at the
// tension-schema step when kind is "schema".
func setup(n int, kind string) (*rig, error) {
	dir, err := os.MkdirTemp("", "phonelatency")
	if err != nil {
		return nil, err
	}
	var closers []func()
	r := &rig{close: func() {
		for _, c := range slices.Backward(closers) {
			c()
		}
	}}
	closers = append(closers, func() { os.RemoveAll(dir) })
	fail := func(err error) (*rig, error) { r.close(); return nil, err }
	path := filepath.Join(dir, "w.db")
	lead, err := store.Open(path) // the leading program
	if err != nil {
		return fail(err)
	}
	closers = append(closers, func() { lead.Close() })
	w := sessions.Werkgroep{Name: "Meten"}
	if err := lead.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		return fail(err)
	}
	ss, _ := lead.Sessions(w.ID)
	se, step := ss[0], ss[0].Steps[1]
	for _, x := range se.Steps {
		if kind == "schema" && x.Kind == sessions.StepSchema {
			step = x
		}
	}
	if err := lead.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: se.ID, StepID: step.ID, Program: sessions.NewProgramID()}); err != nil {
		return fail(err)
	}
	room, err := lead.OpenPhoneRoom(se.ID, "", "")
	if err != nil {
		return fail(err)
	}
	page, err := store.Open(path) // the page's own handle
	if err != nil {
		return fail(err)
	}
	closers = append(closers, func() { page.Close() })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fail(err)
	}
	srv := web.New(web.Config{Store: page, Lang: "nl", Burst: 10 * n, Per: time.Millisecond}).HTTPServer()
	go srv.Serve(ln)
	closers = append(closers, func() { srv.Close() })
	proj, err := store.Open(path) // werkgroep present
	if err != nil {
		return fail(err)
	}
	closers = append(closers, func() { proj.Close() })
	feed := proj.Watch()
	closers = append(closers, func() { feed.Close() })
	ctx := screens.NewContext(proj, "nl")
	present := screens.NewRoomPresent(ctx, w.ID)
	present.SetSize(120, 40)
	r.show = func() string {
		var s screens.Screen = present
		s, _ = s.Update(present.Init()())
		return s.View()
	}
	r.show()
	r.base, r.code, r.step, r.feed = "http://"+ln.Addr().String(), room.Code, step.ID, feed.C
	return r, nil
}

func run(n int) error {
	r, err := setup(n, "")
	if err != nil {
		return err
	}
	defer r.close()
	jar, _ := cookiejar.New(nil)
	phone := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	body, err := post(phone, r.base+"/join", url.Values{"code": {r.code}})
	if err != nil {
		return err
	}
	token := regexp.MustCompile(`name="token" value="([^"]+)"`)
	var samples []time.Duration
	for i := range n {
		m := token.FindStringSubmatch(body)
		if m == nil {
			return fmt.Errorf("no form on the page:\n%s", body)
		}
		text := fmt.Sprintf("antwoord nummer %d van de telefoon", i+1)
		sent := time.Now()
		if body, err = post(phone, r.base+"/answer", url.Values{"step": {strconv.FormatInt(r.step, 10)}, "token": {m[1]}, "text": {text}}); err != nil {
			return err
		}
		for {
			select {
			case <-r.feed:
			case <-time.After(5 * time.Second):
				return fmt.Errorf("answer %d not on the projector after 5 s", i+1)
			}
			if strings.Contains(r.show(), text) {
				break
			}
		}
		samples = append(samples, time.Since(sent))
	}
	slices.Sort(samples)
	pct := func(p float64) time.Duration { return samples[min(len(samples)-1, int(p*float64(len(samples))))] }
	fmt.Printf("sent → on the projector, %d answers: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
		n, ms(pct(0.5)), ms(pct(0.95)), ms(samples[len(samples)-1]))
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// post sends a form as a phone does and gives the page it ends on.
func post(c *http.Client, u string, v url.Values) (string, error) {
	res, err := c.PostForm(u, v)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("%s: %d\n%s", u, res.StatusCode, b)
	}
	return string(b), err
}
