package screens

import (
	"maps"
	"slices"
	"sync"

	"werkgroep/sessions"
)

// SharedReads lets the programs of one werkgroep serve share what their
// screens read after a change (issue 16): with twenty people in one
// session, each change made every one of them read the same session from
// the file, one after another on the server's cores. Now the first to
// reload reads it, and the others that reload the same session in the
// same state of the file take a copy of what it read.
//
// The state of the file is a generation that moves before anyone is told
// of a change: the server's one change feed moves it for every commit to
// the file (Changed), and every write through a store in this process
// moves it too (the gen function), so that a program that just wrote
// never takes a copy read before its own write. A read is kept under the
// generation that held when it began, and so has seen at least what that
// generation stands for.
//
// Only what the file holds is shared, as each program would have read it
// itself: never drafts or anything typed (the first load of a screen,
// which puts drafts back, reads on its own), and every program gets its
// own copy to change.
type SharedReads struct {
	gen func() ReadGen

	mu       sync.Mutex
	sessions map[sharedRead]*sharedSession
}

type sharedRead struct{ werkgroep, session sessions.ID }

// ReadGen is a state of the file as werkgroep serve knows it: the changes
// its feed reported, and the writes of its own stores.
type ReadGen struct{ Feed, Writes uint64 }

type sharedSession struct {
	gen  ReadGen
	done chan struct{} // closed when m is read
	m    sessionLoadedMsg
}

// NewSharedReads shares reads made while gen gives the same value; gen
// must move after every commit to the file that a reader is told of, before
// it is told.
func NewSharedReads(gen func() ReadGen) *SharedReads {
	return &SharedReads{gen: gen, sessions: map[sharedRead]*sharedSession{}}
}

// session is readSession after a change (not the first load): the copy of
// another program's read at this generation, waiting for it when it is
// still under way, or a read of its own that the others may take.
func (r *SharedReads) session(st sessions.Store, wg, se sessions.ID, read contributionsRead) sessionLoadedMsg {
	writes := storeWrites(st) // before the generation: see stale.go
	g := r.gen()
	k := sharedRead{wg, se}
	r.mu.Lock()
	if e, ok := r.sessions[k]; ok && e.gen == g {
		r.mu.Unlock()
		<-e.done
		if e.m.err == nil {
			m := e.m.clone()
			m.writes = writes
			return m
		}
		// the other's read failed: read on one's own, which says why
		return readSessionFrom(st, wg, se, false, read, writes)
	}
	e := &sharedSession{gen: g, done: make(chan struct{})}
	r.sessions[k] = e
	r.mu.Unlock()
	m := readSessionFrom(st, wg, se, false, read, writes)
	e.m = m.clone()
	close(e.done)
	return m
}

// clone is a copy of m that shares nothing another program may change:
// the screens change steps (the clock) and lists in place.
func (m sessionLoadedMsg) clone() sessionLoadedMsg {
	m.session.Steps = slices.Clone(m.session.Steps)
	m.lead.at.Steps = slices.Clone(m.lead.at.Steps)
	m.people = slices.Clone(m.people)
	m.present = maps.Clone(m.present)
	m.all = slices.Clone(m.all)
	m.read.all = m.all
	m.drafts = nil
	m.phones.pending = slices.Clone(m.phones.pending)
	return m
}
