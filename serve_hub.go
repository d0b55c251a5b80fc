package main

import (
	"sync"
	"sync/atomic"

	"werkgroep/screens"
	"werkgroep/store"
)

// serveHub is what the connections of one werkgroep serve share (issue 16):
// one change feed for the file instead of one for each connection (each
// had its own store handle watching the file and reading data_version
// after every commit), and the reads the screens make after a change
// (screens.SharedReads), so that twenty people in one session cost the
// server one read of it per change instead of twenty.
//
// The feed is read on a store handle of its own that writes nothing, so
// it moves for every commit: another program's, and the connections'
// own. A connection is so also told of what it stored itself, which
// costs it a reload that it takes from the others' shared read.
type serveHub struct {
	st     *store.Store
	feed   *store.Watcher
	gen    atomic.Uint64 // the feed's changes so far
	shared *screens.SharedReads

	mu   sync.Mutex
	subs map[chan struct{}]struct{}
	stop chan struct{}
	done chan struct{}
}

// newServeHub opens the hub on the file at path; nil when it cannot be
// opened, and then each connection watches the file itself.
func newServeHub(path string) *serveHub {
	st, err := store.Open(path)
	if err != nil {
		return nil
	}
	h := &serveHub{st: st, feed: st.Watch(), subs: map[chan struct{}]struct{}{}, stop: make(chan struct{}), done: make(chan struct{})}
	h.shared = screens.NewSharedReads(func() screens.ReadGen {
		return screens.ReadGen{Feed: h.gen.Load(), Writes: store.ProcessWrites()}
	})
	go h.run()
	return h
}

// run passes each change on to every connection, after the generation
// moved: a connection that reloads on it never takes a read from before.
func (h *serveHub) run() {
	defer close(h.done)
	for {
		select {
		case <-h.stop:
			return
		case <-h.feed.C:
		}
		h.gen.Add(1)
		h.mu.Lock()
		for c := range h.subs {
			select {
			case c <- struct{}{}:
			default: // a change waits already: it stands for this one too
			}
		}
		h.mu.Unlock()
	}
}

// subscribe is a connection's change feed, and how it stops.
func (h *serveHub) subscribe() (<-chan struct{}, func()) {
	c := make(chan struct{}, 1)
	h.mu.Lock()
	h.subs[c] = struct{}{}
	h.mu.Unlock()
	return c, func() {
		h.mu.Lock()
		if _, ok := h.subs[c]; ok {
			delete(h.subs, c)
			close(c) // the program's wait for the next change ends
		}
		h.mu.Unlock()
	}
}

// close stops the feed, once the connections have gone.
func (h *serveHub) close() {
	close(h.stop)
	<-h.done
	h.feed.Close()
	h.st.Close()
}
