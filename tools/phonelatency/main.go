// Command phonelatency measures how long an answer sent from a phone
// takes to show on the projector (issue 17, PERFORMANCE.md): the
// participants' page (package web) on its own handle on a fresh file, and
// werkgroep present (screens.RoomPresent) on another, following the lead
// through the change feed as the real window does. One phone sends a
// contribution, then waits until the projector's picture shows it; the
// time from sending to the picture is one sample. Usage:
//
//	go run ./tools/phonelatency [-n 60]
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
	flag.Parse()
	if err := run(*n); err != nil {
		fmt.Fprintln(os.Stderr, "phonelatency:", err)
		os.Exit(1)
	}
}

func run(n int) error {
	dir, err := os.MkdirTemp("", "phonelatency")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "w.db")
	lead, err := store.Open(path) // the leading program
	if err != nil {
		return err
	}
	defer lead.Close()
	w := sessions.Werkgroep{Name: "Meten"}
	if err := lead.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		return err
	}
	ss, _ := lead.Sessions(w.ID)
	se, step := ss[0], ss[0].Steps[1]
	if err := lead.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: se.ID, StepID: step.ID, Program: sessions.NewProgramID()}); err != nil {
		return err
	}
	room, err := lead.OpenPhoneRoom(se.ID, "", "")
	if err != nil {
		return err
	}
	page, err := store.Open(path) // the page's own handle
	if err != nil {
		return err
	}
	defer page.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := web.New(web.Config{Store: page, Lang: "nl", Burst: 10 * n, Per: time.Millisecond}).HTTPServer()
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	proj, err := store.Open(path) // werkgroep present
	if err != nil {
		return err
	}
	defer proj.Close()
	feed := proj.Watch()
	defer feed.Close()
	ctx := screens.NewContext(proj, "nl")
	present := screens.NewRoomPresent(ctx, w.ID)
	present.SetSize(120, 40)
	show := func() string { // what the projector does on a change
		var s screens.Screen = present
		s, _ = s.Update(present.Init()())
		return s.View()
	}
	show()

	jar, _ := cookiejar.New(nil)
	phone := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	body, err := post(phone, base+"/join", url.Values{"code": {room.Code}})
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
		if body, err = post(phone, base+"/answer", url.Values{"step": {strconv.FormatInt(step.ID, 10)}, "token": {m[1]}, "text": {text}}); err != nil {
			return err
		}
		for {
			select {
			case <-feed.C:
			case <-time.After(5 * time.Second):
				return fmt.Errorf("answer %d not on the projector after 5 s", i+1)
			}
			if strings.Contains(show(), text) {
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
