//go:build unix

package reliability

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// crashRounds is how many times TestKillLosesNothing kills the program:
// 50 in the ordinary test run, more with WERKGROEP_CRASH_ROUNDS.
func crashRounds(t *testing.T) (rounds int, seed uint64) {
	rounds = 50
	if s := os.Getenv("WERKGROEP_CRASH_ROUNDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("WERKGROEP_CRASH_ROUNDS=%q", s)
		}
		rounds = n
	}
	seed = uint64(time.Now().UnixNano())
	if s := os.Getenv("WERKGROEP_CRASH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("WERKGROEP_CRASH_SEED=%q", s)
		}
		seed = n
	}
	if testing.Short() {
		rounds = min(rounds, 10)
	}
	return rounds, seed
}

// How a round ends.
const (
	killIdle    = iota // just after the screen showed an entry as stored
	killTyping         // in the middle of typing the next entry
	killStoring        // just after enter, before the screen could answer
	killDraft          // a second after the last keystroke of a half-typed entry
	killKinds
)

var killNames = []string{"idle", "while typing", "while storing", "with a draft"}

// TestKillLosesNothing is PRODUCT.md's first promise under fire: the real
// program, in a terminal, is killed with SIGKILL at random moments while
// entries are typed and stored. After every kill the file is reopened:
// every entry the screen had shown as stored ("Vastgelegd: N") is there,
// nothing half-written is, SQLite's integrity check passes, and a
// half-typed entry is offered back on the next start and can be stored.
func TestKillLosesNothing(t *testing.T) {
	rounds, seed := crashRounds(t)
	t.Logf("seed %d, %d rounds (repeat with WERKGROEP_CRASH_SEED=%d WERKGROEP_CRASH_ROUNDS=%d)", seed, rounds, seed, rounds)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	f := newFixture(t)
	session := f.sessions[0]
	home := t.TempDir()

	var confirmed []string     // shown on screen as stored, in order
	typed := map[string]bool{} // every whole text enter was pressed on
	draft := ""                // the draft in the file after the last kill
	ends := make([]int, killKinds)
	started := time.Now()

	for round := range rounds {
		tm := start(t, termOpts{home: home, args: []string{"--data", f.path}})
		base := len(texts(t, f.path, session.ID))
		if draft != "" {
			// The half-typed entry is offered back on the home screen
			// and put back in the input of its session.
			tm.waitFor(say("home.draft"), 5*time.Second)
			tm.send("r")
			tm.waitFor(captured(base), 5*time.Second)
			tm.waitFor(say("session.draft.back"), 5*time.Second)
			if !shows(tm.screen(), draft) {
				t.Fatalf("round %d: the draft %q is not back in the input:\n%s", round, draft, tm.screen())
			}
			tm.send(keyEnter)
			base++
			tm.waitFor(captured(base), 5*time.Second)
			typed[strings.TrimSpace(draft)] = true
			confirmed = append(confirmed, strings.TrimSpace(draft))
		} else {
			tm.waitFor("Buurtwerk", 5*time.Second)
			tm.send(keyEnter)
			tm.waitFor(say("wg.sessions"), 5*time.Second)
			tm.send(keyEnter)
			tm.waitFor(captured(base), 5*time.Second)
		}

		n := base
		for e := range rng.IntN(4) + 1 {
			text := entry(round, e, rng)
			tm.send(text)
			tm.send(keyEnter)
			typed[text] = true
			n++
			tm.waitFor(captured(n), 5*time.Second)
			confirmed = append(confirmed, text)
		}

		how := rng.IntN(killKinds)
		ends[how]++
		next := entry(round, 99, rng)
		half := next[:len(next)/2+rng.IntN(len(next)/2)]
		switch how {
		case killIdle:
			time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
		case killTyping:
			tm.send(half)
			time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
		case killStoring:
			tm.send(next)
			tm.send(keyEnter)
			typed[next] = true
			time.Sleep(time.Duration(rng.IntN(15)) * time.Millisecond)
		case killDraft:
			tm.send(half)
			tm.waitForText(half, 2*time.Second)
			// PRODUCT.md: the draft is saved within a second of the
			// last keystroke.
			typedAt := time.Now()
			for time.Since(typedAt) < time.Second && !slices.Contains(slices.Collect(maps.Values(drafts(t, f.path))), half) {
				time.Sleep(50 * time.Millisecond)
			}
		}
		tm.kill()

		// Reopen and check.
		integrity(t, f.path)
		got := texts(t, f.path, session.ID)
		for _, c := range missing(confirmed, got) {
			t.Fatalf("round %d (killed %s): %q was shown as stored but is not in the file", round, killNames[how], c)
		}
		for _, g := range got {
			if !typed[g] {
				t.Fatalf("round %d (killed %s): the file holds %q, which was never stored whole", round, killNames[how], g)
			}
		}
		ds := drafts(t, f.path)
		if len(ds) > 1 {
			t.Fatalf("round %d: %d drafts for one input: %v", round, len(ds), ds)
		}
		draft = ""
		for _, d := range ds {
			draft = d
		}
		if how == killDraft && draft != half {
			t.Fatalf("round %d: typed %q and waited a second, but the draft in the file is %q", round, half, draft)
		}
		if draft != "" {
			typed[strings.TrimSpace(draft)] = true
		}
	}
	t.Logf("%d rounds in %v; killed idle %d, while typing %d, while storing %d, with a draft %d; %d entries shown as stored, all there",
		rounds, time.Since(started).Round(time.Millisecond), ends[killIdle], ends[killTyping], ends[killStoring], ends[killDraft], len(confirmed))
}

// entry is a recognisable text for entry e of a round.
func entry(round, e int, rng *rand.Rand) string {
	words := []string{"buurt", "samen", "ruimte", "vertrouwen", "tijd", "geld", "luisteren", "plein", "school", "kantine"}
	var b strings.Builder
	fmt.Fprintf(&b, "r%d-e%d", round, e)
	for range 3 + rng.IntN(6) {
		b.WriteString(" " + words[rng.IntN(len(words))])
	}
	return b.String()
}

// missing returns what is in want more often than in got.
func missing(want, got []string) []string {
	left := slices.Clone(got)
	var out []string
	for _, w := range want {
		if i := slices.Index(left, w); i >= 0 {
			left = slices.Delete(left, i, i+1)
		} else {
			out = append(out, w)
		}
	}
	return out
}
