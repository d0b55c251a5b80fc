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
	"syscall"
	"testing"
	"time"

	"werkgroep/sessions"
)

// TestSoakTenPrograms is issue 15's fault test: ten real programs on one
// file, each in its own terminal, typing at random for a while: entries
// (some typed in two goes with a pause between, so drafts are kept),
// half-typed text that is wiped again, moves between the first two steps
// (each one taking the lead) and pauses. Every entry a program showed as
// stored must be in the file once when all have quit, nothing wiped may
// be there, no program may show an error, and SQLite's integrity check
// must say ok. TestSoakFollowing (soak_follow_test.go) is the same room
// with following on.
//
// It runs only when WERKGROEP_SOAK says for how long: `WERKGROEP_SOAK=10m
// go test ./reliability -run Soak -v -timeout 20m` (PERFORMANCE.md, "The
// room", has the figures of a run); .ci/extra runs it for a few seconds.
// WERKGROEP_SOAK_SEED repeats a run's random choices.
func TestSoakTenPrograms(t *testing.T) {
	length, seed := soakLength(t)
	t.Logf("seed %d, %v, ten programs", seed, length)

	f := newFixture(t)
	const programs = 10
	soakers := make([]*soaker, programs)
	for i := range soakers {
		soakers[i] = newSoaker(t, f, i+1, seed, f.sessions[0].Steps)
	}
	for _, s := range soakers {
		openSession(t, s.tm, 0)
		// Each program moves between the first two steps on its own: with
		// following on (issue 15) a move of one would pull the other nine
		// along, to steps of kinds with screens of their own, while they
		// type. F9 turns following off; TestSoakFollowing has it on.
		s.tm.send(keyF9)
		s.tm.waitFor(say("room.follow.off"), 10*time.Second)
	}
	begin := time.Now()
	end := begin.Add(length)
	var wg sync.WaitGroup
	for _, s := range soakers {
		wg.Go(func() { s.run(end) })
	}
	wg.Wait()
	took := time.Since(begin)
	stuck(t, soakers)
	quitAll(t, soakers)

	stored, waits := checkSoaked(t, f, soakers)
	wiped, moves := 0, 0
	for _, s := range soakers {
		wiped += len(s.wiped)
		moves += s.moves
	}
	t.Logf("%d programs for %v: %d entries stored and shown (%.1f a second), %d half-typed texts wiped, %d step moves",
		programs, took.Round(time.Second), stored, float64(stored)/took.Seconds(), wiped, moves)
	logWaits(t, waits)
}

const keyF9 = "\x1b[20~"

// soakLength is how long a soak runs (WERKGROEP_SOAK) and the seed of its
// random choices (WERKGROEP_SOAK_SEED, else new); without WERKGROEP_SOAK
// the test is skipped.
func soakLength(t *testing.T) (time.Duration, uint64) {
	t.Helper()
	spec := os.Getenv("WERKGROEP_SOAK")
	if spec == "" {
		t.Skip("set WERKGROEP_SOAK to a duration (10m, 15s) to run the soak test")
	}
	length, err := time.ParseDuration(spec)
	if err != nil {
		t.Fatalf("WERKGROEP_SOAK=%q: %v", spec, err)
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("WERKGROEP_SOAK_SEED"); s != "" {
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("WERKGROEP_SOAK_SEED=%q: %v", s, err)
		}
	}
	return length, seed
}

// stuck fails the test for every program that failed, with the stacks
// of its goroutines (SIGQUIT makes Go write them to stderr): count them
// by stack to see what piles up.
func stuck(t *testing.T, soakers []*soaker) {
	t.Helper()
	for _, s := range soakers {
		if s.failed != "" {
			t.Errorf("program %d: %s", s.n, s.failed)
			s.tm.cmd.Process.Signal(syscall.SIGQUIT)
			s.tm.wait(10 * time.Second)
			t.Logf("program %d's stderr:\n%s", s.n, s.tm.errOutput())
		}
	}
	if t.Failed() {
		t.FailNow()
	}
}

// quitAll types ctrl+c in every program and waits until all have ended
// with 0.
func quitAll(t *testing.T, soakers []*soaker) {
	t.Helper()
	quit := time.Now()
	for _, s := range soakers {
		s.tm.send(keyCtrlC)
	}
	for _, s := range soakers {
		if code := s.tm.wait(60 * time.Second); code != 0 {
			t.Errorf("program %d ended with %d", s.n, code)
		}
	}
	t.Logf("ctrl+c in all %d until the last had ended: %v", len(soakers), time.Since(quit).Round(time.Millisecond))
}

// checkSoaked checks the file once every program has ended: every entry
// a program showed as stored is there once, nothing wiped is, and the
// integrity check says ok. It returns how many entries were stored and
// the times from enter until each showed as stored, sorted.
func checkSoaked(t *testing.T, f fixture, soakers []*soaker) (int, []time.Duration) {
	t.Helper()
	var stored, wiped []string
	var waits []time.Duration
	for _, s := range soakers {
		stored = append(stored, s.stored...)
		wiped = append(wiped, s.wiped...)
		waits = append(waits, s.waits...)
	}
	slices.Sort(waits)
	got := texts(t, f.path, f.sessions[0].ID)
	if m := missing(stored, got); len(m) > 0 {
		t.Errorf("%d of %d entries shown as stored are not in the file: %q", len(m), len(stored), m)
	}
	slices.Sort(got)
	if d := slices.Compact(slices.Clone(got)); len(d) != len(got) {
		t.Errorf("the file holds %d entries, %d of them different: some were stored twice", len(got), len(d))
	}
	for _, w := range wiped {
		if slices.Contains(got, w) {
			t.Errorf("wiped text %q is in the file", w)
		}
	}
	if len(got) != len(stored) {
		t.Errorf("the file holds %d entries, the programs showed %d as stored", len(got), len(stored))
	}
	integrity(t, f.path)
	return len(stored), waits
}

// logWaits logs the times from enter until shown as stored, sorted.
func logWaits(t *testing.T, waits []time.Duration) {
	t.Helper()
	if len(waits) > 0 {
		t.Logf("enter until the program shows its entry as stored: median %v, p95 %v, max %v (load %s)",
			waits[len(waits)/2].Round(time.Millisecond), waits[len(waits)*95/100].Round(time.Millisecond),
			waits[len(waits)-1].Round(time.Millisecond), loadAverage())
	}
}

// soaker is one program of the soak test and what it did.
type soaker struct {
	n      int
	tm     *term
	rnd    *rand.Rand
	steps  []sessions.Step // of the session
	count  int
	stored []string // shown as stored
	wiped  []string // typed, then wiped
	moves  int
	waits  []time.Duration // from enter until shown as stored
	failed string

	// With following on (soak_follow_test.go): where the lead is, the
	// step each stored entry was typed in, and the step the program must
	// stay at while it holds text (-1: none).
	room     *soakRoom
	leads    bool // the facilitator's program, the only one that moves
	stepOf   map[string]sessions.ID
	held     int    // the step it holds text for, or -1
	holdText string // that text; empty while an edit's text is wiped
	last     string // the last entry it showed as stored, at step lastAt
	lastAt   int
	follow   followCounts
}

// newSoaker starts program n on the fixture's file.
func newSoaker(t *testing.T, f fixture, n int, seed uint64, steps []sessions.Step) *soaker {
	return &soaker{n: n, tm: start(t, termOpts{args: []string{"--data", f.path}}),
		rnd: rand.New(rand.NewPCG(seed, uint64(n-1))), steps: steps, held: -1}
}

var soakWords = strings.Fields("we willen de buurt vaker vragen wat zij nodig heeft en dan ook echt " +
	"luisteren naar wat er gezegd wordt vertrouwen vraagt tijd samen oplossingen zoeken")

// text is a new unique entry of one to twelve words.
func (s *soaker) text() string {
	s.count++
	words := make([]string, 1+s.rnd.IntN(12))
	for i := range words {
		words[i] = soakWords[s.rnd.IntN(len(soakWords))]
	}
	return fmt.Sprintf("p%02d-%05d %s", s.n, s.count, strings.Join(words, " "))
}

// run does random things until end or the first failure.
func (s *soaker) run(end time.Time) {
	for s.failed == "" && time.Now().Before(end) {
		switch r := s.rnd.IntN(100); {
		case r < 70:
			s.store()
		case r < 80:
			s.wipe()
		case r < 90:
			s.move()
		default:
			time.Sleep(time.Duration(s.rnd.IntN(1500)) * time.Millisecond)
		}
		time.Sleep(time.Duration(s.rnd.IntN(300)) * time.Millisecond)
	}
}

// store types an entry, sometimes in two goes with a pause long enough
// for a draft to be kept, stores it and waits until it is shown in the
// list as stored (after its kind, "[inbreng] ...").
func (s *soaker) store() {
	text := s.text()
	if cut := strings.IndexByte(text, ' '); cut > 0 && s.rnd.IntN(4) == 0 {
		s.tm.pty.Write([]byte(text[:cut]))
		time.Sleep(time.Duration(400+s.rnd.IntN(800)) * time.Millisecond)
		s.tm.pty.Write([]byte(text[cut:]))
	} else {
		s.tm.pty.Write([]byte(text))
	}
	t0 := time.Now()
	s.tm.pty.Write([]byte(keyEnter))
	if !s.until(func(screen string) bool { return shows(screen, "] "+text) }) {
		return
	}
	s.waits = append(s.waits, time.Since(t0))
	s.stored = append(s.stored, text)
}

// wipe types something and takes it away again with ctrl+u.
func (s *soaker) wipe() {
	text := s.text()
	s.tm.pty.Write([]byte(text))
	if !s.until(func(screen string) bool { return shows(screen, "» "+text) }) {
		return
	}
	time.Sleep(time.Duration(s.rnd.IntN(900)) * time.Millisecond)
	s.tm.pty.Write([]byte(keyCtrlU))
	if s.until(func(screen string) bool { return !shows(screen, text) }) {
		s.wiped = append(s.wiped, text)
	}
}

// move goes to the other of the first two steps (the others are kinds
// of step with screens of their own) and waits until a step other than
// the one it was at shows: its own move, or another program's that this
// one followed.
func (s *soaker) move() {
	at, key := 0, "\x0e" // ctrl+n
	if strings.Contains(s.tm.screen(), s.header(1)) {
		at, key = 1, "\x10" // ctrl+p
	}
	s.tm.pty.Write([]byte(key))
	if s.until(func(screen string) bool { return !strings.Contains(screen, s.header(at)) }) {
		s.moves++
	}
}

// header is the session screen's heading of step i (from 0).
func (s *soaker) header(i int) string {
	return nl.T("session.step", i+1, len(s.steps), s.steps[i].Title)
}

// until waits for ok; a program that shows an error, ends, or does not
// get there within half a minute fails the soak, and so does one that
// breaks a rule of following (soak_follow_test.go) on the way.
func (s *soaker) until(ok func(screen string) bool) bool {
	oops := say("error.prefix")
	var screen, broke string
	good := s.tm.waitUntil(func(sc string) bool {
		screen = sc
		if broke = s.breaks(sc); broke != "" {
			return true
		}
		return ok(sc) || strings.Contains(sc, oops)
	}, 30*time.Second)
	switch {
	case broke != "":
		s.failed = broke + ":\n" + screen
	case strings.Contains(screen, oops):
		s.failed = "it shows an error:\n" + screen
	case !good:
		s.failed = "it did not get there in 30 s; it shows:\n" + screen
	default:
		return true
	}
	return false
}

// loadAverage is the machine's load over the last 1, 5 and 15 minutes,
// for the figures of a run.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}
