package store

import "time"

// settling decides when the change feed reads data_version again after
// a file event, and when it can stop.
//
// It can stop as soon as a read finds data_version moved while no event
// came between the read before it and now. Writers take turns (SQLite
// lets one write at a time, from its first page to the publication of its
// commit), so a commit still unpublished at that read began writing after
// the one that was seen had been published, which was after the read
// before: its events come after that read, and none did. Every event
// received before then belongs to a commit that is visible now. An event
// that comes later starts the reads again.
//
// Most commits are seen at the second or third read after their event,
// so a following program reads a few times per change, not thirty times
// (issue 15: with ten programs on one file these reads woke every one of
// them every settleFirst). A move seen at the very read that came with
// an event proves nothing (it may be an earlier commit's); when no read
// can show that, the reads go on as before: every settleFirst until
// settleClose, then doubling to settleLast, until settleTail.
type settling struct {
	last  time.Time // when the last event came
	delay time.Duration
	fresh bool // an event came since the last read
}

// event notes a file event at now.
func (s *settling) event(now time.Time) {
	s.last, s.delay, s.fresh = now, settleFirst, true
}

// read takes in what a read at now found (moved: data_version had moved)
// and gives the wait until the next read, or false when no more reads are
// needed until the next event.
func (s *settling) read(now time.Time, moved bool) (time.Duration, bool) {
	fresh := s.fresh
	s.fresh = false
	if moved && !fresh {
		return 0, false
	}
	since := now.Sub(s.last)
	if since >= settleTail {
		return 0, false
	}
	if since >= settleClose {
		s.delay = min(2*s.delay, settleLast)
	}
	return s.delay, true
}
