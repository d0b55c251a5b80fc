//go:build unix

package reliability

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// TestKillOnEveryCaptureScreen is TestKillLosesNothing for the other
// places where the note-taker stores something during a session: an
// outcome for a contribution (outcome form), a decision (decisions and
// actions), a placement on the tension schema, besides contributions.
// Each round does one of them through the real program, waits until the
// screen shows it as stored, and is killed at a random moment right
// after (or right after the key that stores, before the screen could
// answer). After every kill: integrity check, and everything the screen
// had shown as stored is in the file as shown.
func TestKillOnEveryCaptureScreen(t *testing.T) {
	rounds, seed := crashRounds(t)
	rounds = max(8, rounds/3)
	t.Logf("seed %d, %d rounds (repeat with WERKGROEP_CRASH_SEED=%d WERKGROEP_CRASH_ROUNDS=%d)", seed, rounds, seed, rounds*3)
	rng := rand.New(rand.NewPCG(seed, 0xc0de))
	f := newFixture(t)
	session := f.sessions[0]
	home := t.TempDir()

	var contributions, decisions []string // shown as stored
	// Outcome notes and the placement: what the screen showed as stored,
	// and what was stored since without time to show it (either may be
	// in the file then, nothing else).
	shownNote, sentNote := map[int64]string{}, map[int64]string{}
	shownNow, sentNow := 0, 0
	done := map[string]int{}

	for round := range rounds {
		tm := start(t, termOpts{home: home, args: []string{"--data", f.path}})
		openSession(t, tm, len(contributions))
		what := []string{"contribution", "outcome", "decision", "placement"}[rng.IntN(4)]
		if len(contributions) == 0 {
			what = "contribution"
		}
		done[what]++
		waitShown := rng.IntN(4) != 0 // else: kill right after the storing key
		text := fmt.Sprintf("r%d %s %d", round, what, rng.IntN(1000))
		switch what {
		case "contribution":
			tm.send(text + keyEnter)
			if waitShown {
				tm.waitFor(captured(len(contributions)+1), 5*time.Second)
				contributions = append(contributions, text)
			}
		case "outcome":
			// The list selects the newest entry; 2 is "overgenomen",
			// and the note says where.
			tm.esc()
			tm.send("r")
			tm.waitFor(nl.T("oc.title"), 5*time.Second)
			tm.send("2")
			time.Sleep(50 * time.Millisecond)
			tm.send(keyCtrlU + text + keyEnter) // the note starts as it was: clear it

			last := lastContribution(t, f.path, session.ID)
			sentNote[last] = text
			if waitShown {
				tm.waitFor(fragments("oc.saved")[0], 5*time.Second)
				shownNote[last] = text
			}
		case "decision":
			tm.esc()
			tm.send("b")
			tm.waitFor(say("actions.decisions.title"), 5*time.Second)
			tm.send("a")
			time.Sleep(100 * time.Millisecond)
			tm.send(text + keyEnter)
			if waitShown {
				tm.waitFor(nl.T("actions.saved.decision"), 5*time.Second)
				tm.waitForText(text, time.Second)
				decisions = append(decisions, text)
			}
		case "placement":
			// The group's "now" on the first dimension: a digit stores it
			// at once, and the screen shows the point only once stored.
			tm.esc()
			tm.send("o")
			tm.waitFor(nl.T("schema.mode.place"), 5*time.Second)
			p := 1 + rng.IntN(7)
			tm.send(strconv.Itoa(p))
			sentNow = p
			if waitShown {
				shown := regexp.MustCompile(`(?m)» nu .*\s` + strconv.Itoa(p) + `$`)
				if !tm.waitUntil(func(s string) bool { return shown.MatchString(s) }, 5*time.Second) {
					t.Fatalf("round %d: placement %d never shown:\n%s", round, p, tm.screen())
				}
				shownNow = p
			}
		}
		time.Sleep(time.Duration(rng.IntN(40)) * time.Millisecond)
		tm.kill()

		integrity(t, f.path)
		got := texts(t, f.path, session.ID)
		if m := missing(contributions, got); len(m) > 0 {
			t.Fatalf("round %d (%s): shown as stored but missing: %q", round, what, m)
		}
		if len(got) > len(contributions)+1 {
			t.Fatalf("round %d: %d contributions, at most %d typed", round, len(got), len(contributions)+1)
		}
		contributions = got // an unconfirmed one that made it is there for good
		if m := missing(decisions, column(t, f.path, `SELECT text FROM decision WHERE session_id = ? ORDER BY id`, session.ID)); len(m) > 0 {
			t.Fatalf("round %d (%s): decisions shown as stored but missing: %q", round, what, m)
		}
		for id, sent := range sentNote {
			note := column(t, f.path, `SELECT outcome_note FROM contribution WHERE id = ? AND outcome = 1`, id)
			got, shown := "", shownNote[id]
			if len(note) == 1 {
				got = note[0]
			}
			if got != shown && got != sent {
				t.Fatalf("round %d (%s): contribution %d is adopted with %q; the screen showed %q, then %q was sent", round, what, id, got, shown, sent)
			}
			shownNote[id], sentNote[id] = got, got
		}
		if sentNow != 0 {
			p := column(t, f.path, `SELECT now FROM placement WHERE session_id = ? AND participant_id = 0 AND dimension = 1`, session.ID)
			got := 0
			if len(p) == 1 {
				got = atoi(p[0])
			}
			if got != shownNow && got != sentNow {
				t.Fatalf("round %d (%s): the group's placement is %d; the screen showed %d, then %d was sent", round, what, got, shownNow, sentNow)
			}
			shownNow, sentNow = got, got
		}
	}
	t.Logf("%d rounds: %v; %d contributions, %d decisions, %d outcomes and the placement all there",
		rounds, done, len(contributions), len(decisions), len(shownNote))
}

// column runs a query with one argument and returns its first column.
func column(t *testing.T, path, query string, arg any) []string {
	t.Helper()
	db := readOnly(t, path)
	defer db.Close()
	rows, err := db.Query(query, arg)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	return out
}

// lastContribution is the newest contribution of a session, which the
// session screen's list selects.
func lastContribution(t *testing.T, path string, session int64) int64 {
	t.Helper()
	ids := column(t, path, `SELECT id FROM contribution WHERE session_id = ? ORDER BY id DESC LIMIT 1`, session)
	if len(ids) == 0 {
		t.Fatal("no contribution to give an outcome")
	}
	return int64(atoi(ids[0]))
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
