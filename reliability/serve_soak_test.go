//go:build unix

package reliability

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestServeSoak is issue 16's point 5 under load: twenty people connected
// to one werkgroep serve, all typing in the same step of the same session
// at a person's pace, with typos corrected, for five minutes. Every
// entry sent with enter shows as stored on its client's own screen within
// a minute; afterwards each is in the file, once, and the file passes
// SQLite's integrity check. On the way it reads
// the server's memory (VmRSS, and the peak VmHWM) with 0, 1, 5 and 20
// people connected, after the typing, and once they have gone.
//
// It runs only when asked, for as long as asked (it is slow, and loads
// the machine):
//
//	WERKGROEP_SERVE_SOAK=5m [WERKGROEP_SERVE_CLIENTS=20] \
//	  nice go test -run TestServeSoak -v -timeout 20m ./reliability/
func TestServeSoak(t *testing.T) {
	run, clients := soakSettings(t)
	f := newFixture(t)
	home := t.TempDir()
	srv := startServer(t, home, f.path)
	pid := srv.cmd.Process.Pid
	var figures []string
	memory := func(what string) {
		rss, hwm := procMemory(t, pid)
		figures = append(figures, fmt.Sprintf("%-28s VmRSS %6.1f MB  VmHWM %6.1f MB", what, mb(rss), mb(hwm)))
	}
	memory("0 connected")
	rss0, _ := procMemory(t, pid)

	var rss1 int64 // with the first one connected: what every connection shares is made
	terms := make([]*sshTerm, clients)
	for i := range terms {
		key := newKey(t, home, fmt.Sprintf("Notulist %d", i+1), true)
		terms[i] = srv.mustDial(key, nil, "")
		terms[i].openCapture(0)
		if n := i + 1; n == 1 || n == 5 || n == clients {
			memory(fmt.Sprintf("%d connected, idle", n))
		}
		if i == 0 {
			rss1, _ = procMemory(t, pid)
		}
	}
	rssIdle, _ := procMemory(t, pid)

	cpu0, load0 := procCPU(t, pid), loadAverage()
	end := time.Now().Add(run)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d; %d clients typing for %v", seed, clients, run)
	results := make([]soakResult, clients)
	var wg sync.WaitGroup
	for i, c := range terms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = soakType(c, i, end, rand.New(rand.NewPCG(seed, uint64(i))))
		}()
	}
	wg.Wait()
	cpu := procCPU(t, pid) - cpu0
	memory(fmt.Sprintf("%d connected, after typing", clients))
	rssTyped, _ := procMemory(t, pid)

	for _, c := range terms {
		c.drop()
	}
	deadline := time.Now().Add(30 * time.Second)
	for !strings.HasSuffix(strings.TrimSpace(srv.output()), nl.T("serve.people", 0)) {
		if time.Now().After(deadline) {
			t.Fatalf("the server never said nobody is connected:\n%s", srv.output())
		}
		time.Sleep(50 * time.Millisecond) // the server's output is read, nothing to wait on
	}
	memory("all gone again")

	inFile := map[string]int{}
	for _, s := range texts(t, f.path, f.sessions[0].ID) {
		inFile[s]++
	}
	var stored, unseen int
	var waits []time.Duration
	for i, r := range results {
		if r.err != "" {
			t.Errorf("client %d: %s", i+1, r.err)
		}
		if len(r.unseen) > 0 {
			t.Errorf("client %d: %d entries sent with enter never showed as stored within a minute: %q", i+1, len(r.unseen), r.unseen)
		}
		for _, s := range r.stored {
			if inFile[s] != 1 {
				t.Errorf("client %d saw %q stored; the file has it %d times", i+1, s, inFile[s])
			}
		}
		stored += len(r.stored)
		unseen += len(r.unseen)
		waits = append(waits, r.waits...)
	}
	integrity(t, f.path)
	for _, l := range figures {
		t.Log(l)
	}
	t.Logf("per connection (VmRSS above the server's with nobody connected, divided by %d): %.1f MB idle, %.1f MB after typing",
		clients, mb(rssIdle-rss0)/float64(clients), mb(rssTyped-rss0)/float64(clients))
	if clients > 1 {
		t.Logf("each connection after the first, idle: %.1f MB", mb(rssIdle-rss1)/float64(clients-1))
	}
	t.Logf("the server's CPU while they typed: %v (%.0f%% of one core; %v an entry); load average %s, then %s",
		cpu.Round(time.Millisecond), 100*cpu.Seconds()/run.Seconds(), (cpu / time.Duration(max(stored, 1))).Round(time.Millisecond),
		load0, loadAverage())
	slices.Sort(waits)
	if len(waits) > 0 {
		t.Logf("%d entries stored and seen stored, %d sent but never shown; enter → own list: median %v, p95 %v, max %v",
			stored, unseen, waits[len(waits)/2].Round(time.Millisecond),
			waits[len(waits)*95/100].Round(time.Millisecond), waits[len(waits)-1].Round(time.Millisecond))
	}
	if stored == 0 {
		t.Fatal("no client saw anything stored")
	}
}

// soakSettings reads how long to type and with how many clients; without
// WERKGROEP_SERVE_SOAK the test is skipped.
func soakSettings(t *testing.T) (time.Duration, int) {
	s := os.Getenv("WERKGROEP_SERVE_SOAK")
	if s == "" {
		t.Skip("a soak of several minutes: run it with WERKGROEP_SERVE_SOAK=5m")
	}
	run, err := time.ParseDuration(s)
	if err != nil || run <= 0 {
		t.Fatalf("WERKGROEP_SERVE_SOAK=%q, want a duration such as 5m", s)
	}
	clients := 20
	if s := os.Getenv("WERKGROEP_SERVE_CLIENTS"); s != "" {
		if clients, err = strconv.Atoi(s); err != nil || clients < 1 {
			t.Fatalf("WERKGROEP_SERVE_CLIENTS=%q", s)
		}
	}
	return run, clients
}

// soakResult is what one client saw.
type soakResult struct {
	stored []string        // shown in its own list after enter
	unseen []string        // sent with enter, never shown
	waits  []time.Duration // enter → shown in its own list
	err    string
}

var serveSoakWords = strings.Fields("buurt vertrouwen samen luisteren ervaring ruimte gesprek " +
	"wijkteam zeggenschap tandem kanteling verschil stem regie mensen")

// soakType is one note-taker: entries typed at a person's pace (a key
// every 60-300 ms, now and then a typo taken back with backspace, a
// pause between entries) until end. Each entry is unique (client and
// number first) and short enough to fit one line of the list.
func soakType(c *sshTerm, client int, end time.Time, rng *rand.Rand) soakResult {
	var r soakResult
	write := func(s string) bool {
		if _, err := c.in.Write([]byte(s)); err != nil {
			r.err = fmt.Sprintf("typing: %v", err)
			return false
		}
		return true
	}
	pace := func(lo, hi int) { time.Sleep(time.Duration(lo+rng.IntN(hi-lo)) * time.Millisecond) }
	for n := 1; time.Now().Before(end); n++ {
		text := fmt.Sprintf("k%02d-%04d", client+1, n)
		for range 2 + rng.IntN(3) {
			text += " " + serveSoakWords[rng.IntN(len(serveSoakWords))]
		}
		for _, ch := range text {
			if rng.IntN(25) == 0 { // a typo, seen and taken back
				if !write(string(rune('a' + rng.IntN(26)))) {
					return r
				}
				pace(100, 400)
				if !write("\x7f") {
					return r
				}
			}
			if !write(string(ch)) {
				return r
			}
			pace(60, 300)
		}
		start := time.Now()
		if !write(keyEnter) {
			return r
		}
		line := "[inbreng] " + text
		if !c.until(func(screen string) bool { return strings.Contains(screen, line) }, time.Minute) {
			r.unseen = append(r.unseen, text)
			select {
			case <-c.done:
				r.err = "the connection ended:\n" + c.screen()
				return r
			default:
			}
			if !write(keyCtrlU) { // the next entry on its own
				return r
			}
			continue
		}
		r.waits = append(r.waits, time.Since(start))
		r.stored = append(r.stored, text)
		pace(500, 3000) // listening before the next entry
	}
	return r
}

// procMemory is the resident and peak resident memory of process pid, in
// bytes (Linux: /proc/PID/status).
func procMemory(t *testing.T, pid int) (rss, hwm int64) {
	t.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if k == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
	}
	return rss, hwm
}

// procCPU is the CPU time process pid has used, user and system
// (Linux: /proc/PID/stat, in clock ticks of 1/100 s).
func procCPU(t *testing.T, pid int) time.Duration {
	t.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	_, rest, _ := strings.Cut(string(data), ") ") // the name may hold spaces
	f := strings.Fields(rest)                     // f[0] is field 3, the state
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// loadAverage is the machine's load over 1, 5 and 15 minutes.
func mb(b int64) float64 { return float64(b) / (1 << 20) }
