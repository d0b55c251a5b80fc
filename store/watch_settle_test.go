package store

import (
	"testing"
	"time"
)

// reads drives a settling through reads at the waits it asks for; moves
// says which reads find data_version moved. It gives the waits asked for
// and whether it wanted to read on after the last one.
func reads(s *settling, t0 time.Time, moves ...bool) ([]time.Duration, bool) {
	var waits []time.Duration
	now := t0
	for _, moved := range moves {
		wait, again := s.read(now, moved)
		if !again {
			return waits, false
		}
		waits = append(waits, wait)
		now = now.Add(wait)
	}
	return waits, true
}

// A commit seen at a read after the one that came with its event ends
// the reads: every event so far belongs to a commit that is visible.
func TestSettlingStopsOnceTheCommitIsSeen(t *testing.T) {
	var s settling
	t0 := time.Unix(0, 0)
	s.event(t0)
	waits, again := reads(&s, t0, false, false, true)
	if again || len(waits) != 2 || waits[0] != settleFirst || waits[1] != settleFirst {
		t.Fatalf("waits %v, reading on %v; want two of %v, then no more reads", waits, again, settleFirst)
	}
}

// A move found by the read that came with an event may be an earlier
// commit's: the reads go on until one finds a move with no event since
// the read before it.
func TestSettlingGoesOnAfterAMoveThatCameWithAnEvent(t *testing.T) {
	var s settling
	t0 := time.Unix(0, 0)
	s.event(t0)
	if _, again := s.read(t0, true); !again {
		t.Fatal("stopped at a move seen at the event's own read")
	}
	if _, again := s.read(t0.Add(settleFirst), false); !again {
		t.Fatal("stopped at a read that found nothing")
	}
	// another event between two reads: the move after it proves nothing
	s.event(t0.Add(4 * time.Millisecond))
	if _, again := s.read(t0.Add(2*settleFirst), true); !again {
		t.Fatal("stopped at a move with an event since the read before")
	}
	if _, again := s.read(t0.Add(3*settleFirst), true); again {
		t.Fatal("read on after a move with no event since the read before")
	}
}

// When no read shows the commit, the reads go on every settleFirst until
// settleClose, then at doubling waits up to settleLast, and end
// settleTail after the last event.
func TestSettlingWithoutProofReadsOnUntilTheTail(t *testing.T) {
	var s settling
	t0 := time.Unix(0, 0)
	s.event(t0)
	s.read(t0, true) // the event's own read: proves nothing
	moves := make([]bool, 1000)
	waits, again := reads(&s, t0, moves...)
	if again {
		t.Fatalf("still reading after %d reads", len(waits))
	}
	var at time.Duration
	for i, w := range waits {
		switch {
		case at < settleClose && w != settleFirst:
			t.Fatalf("wait %d at %v is %v, want %v before %v", i, at, w, settleFirst, settleClose)
		case at >= settleClose && i > 0 && w != min(2*waits[i-1], settleLast):
			t.Fatalf("wait %d at %v is %v after %v, want it doubled up to %v", i, at, w, waits[i-1], settleLast)
		}
		at += w
	}
	if at < settleTail || at > settleTail+settleLast {
		t.Fatalf("the reads ended %v after the event, want about %v", at, settleTail)
	}
}
