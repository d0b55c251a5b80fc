package main

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// runSchema is -phones N: N people place themselves on the tension
// schema from their own phone, each at its own moment spread over spread
// (as eleven people in a minute), while the projector redraws on every
// change. Each phone joins, then at its moment sends nu and wens for the
// five lines; a sample is the time from its POST until the projector's
// group picture counts as many people as have sent by then.
func runSchema(phones int, spread time.Duration) error {
	r, err := setup(phones, "schema")
	if err != nil {
		return err
	}
	defer r.close()
	type phone struct {
		c     *http.Client
		token string
	}
	ps := make([]phone, phones)
	token := regexp.MustCompile(`name="token" value="([^"]+)"`)
	for i := range ps {
		jar, _ := cookiejar.New(nil)
		ps[i].c = &http.Client{Jar: jar, Timeout: 10 * time.Second}
		body, err := post(ps[i].c, r.base+"/join", url.Values{"code": {r.code}})
		if err != nil {
			return err
		}
		m := token.FindStringSubmatch(body)
		if m == nil {
			return fmt.Errorf("no form on the page:\n%s", body)
		}
		ps[i].token = m[1]
	}
	var mu sync.Mutex
	var sent []time.Time // in the order the phones sent
	errs := make(chan error, phones)
	start := time.Now()
	for i := range ps {
		at := time.Duration(i)*spread/time.Duration(phones) + rand.N(spread/time.Duration(phones))
		go func() {
			time.Sleep(time.Until(start.Add(at)))
			v := url.Values{"step": {strconv.FormatInt(r.step, 10)}, "token": {ps[i].token}}
			for d := 1; d <= 5; d++ {
				now := 1 + rand.N(7)
				v.Set(fmt.Sprintf("now%d", d), strconv.Itoa(now))
				v.Set(fmt.Sprintf("wish%d", d), strconv.Itoa(min(7, now+rand.N(4))))
			}
			mu.Lock()
			sent = append(sent, time.Now())
			mu.Unlock()
			_, err := post(ps[i].c, r.base+"/answer", v)
			errs <- err
		}()
	}
	var shown []time.Time // shown[k]: when the projector first counted k+1
	deadline := time.After(spread + 30*time.Second)
	for len(shown) < phones {
		select {
		case <-r.feed:
		case err := <-errs:
			if err != nil {
				return err
			}
			continue
		case <-deadline:
			return fmt.Errorf("the projector counts %d of %d", len(shown), phones)
		}
		n := countNow(r.show())
		for len(shown) < n {
			shown = append(shown, time.Now())
		}
	}
	mu.Lock()
	defer mu.Unlock()
	var samples []time.Duration
	for k, s := range sent {
		samples = append(samples, shown[k].Sub(s))
	}
	slices.Sort(samples)
	pct := func(p float64) time.Duration { return samples[min(len(samples)-1, int(p*float64(len(samples))))] }
	fmt.Printf("sent → on the projector, %d phones on the schema over %s: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
		phones, spread, ms(pct(0.5)), ms(pct(0.95)), ms(samples[len(samples)-1]))
	return nil
}

var (
	ansiSeq = regexp.MustCompile(`\x1b\[[0-9;:?]*[ -/]*[@-~]`)
	marks   = regexp.MustCompile(`●(\d+)|●+`)
)

// countNow is how many people the projector's group picture places on
// the first line's nu: "●●●" is three, "●12" twelve.
func countNow(view string) int {
	for _, l := range strings.Split(ansiSeq.ReplaceAllString(view, ""), "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == "nu" {
			n := 0
			for _, m := range marks.FindAllStringSubmatch(l, -1) {
				if m[1] != "" {
					k, _ := strconv.Atoi(m[1])
					n += k
				} else {
					n += strings.Count(m[0], "●")
				}
			}
			return n
		}
	}
	return 0
}
