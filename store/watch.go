package store

import (
	"sync"
	"time"
)

// The change feed (STYLE.md rule 12): one Watcher per program tells it
// that another program (or another handle in this one) committed to the
// file, so that its screens can reload what they show.
//
// What changed is read from SQLite's PRAGMA data_version on the store's
// own connection: it moves when any other connection commits, and not for
// this connection's own writes, so a program is not told about what it
// stored itself. When to read it comes from the operating system: a file
// watch on the data file's folder (inotify on Linux, watch_linux.go), so
// an idle program does not wake up at all; elsewhere, or where the watch
// cannot be set up, a cheap read every pollEvery (watch_poll.go).
//
// A file event comes a moment before the commit is visible (SQLite
// writes the commit's frames to the WAL, syncs it, and only then
// publishes it in the shared index; the sync alone can take tens of
// milliseconds), so after an event data_version is read every
// settleFirst until the commit is seen (settling, watch_settle.go). When
// it is not seen within settleClose, the reads go on at doubling
// intervals up to settleLast, and then every settleLast until settleTail
// has passed since the last event (on a busy machine a sync can take
// longer than a second). A read costs some tens of microseconds, and
// only after a write.

const (
	settleFirst = 3 * time.Millisecond
	settleClose = 90 * time.Millisecond
	settleLast  = 512 * time.Millisecond
	settleTail  = 10 * time.Second
	pollEvery   = 100 * time.Millisecond
)

// Watcher is the change feed of one store. C receives a value when
// others have committed since the last value was taken; commits that come
// while a value waits are folded into it, so a burst of writes costs the
// reader one reload, never a queue of them.
type Watcher struct {
	C <-chan struct{}

	out     chan struct{}
	stop    chan struct{}
	wg      sync.WaitGroup
	version func() (int64, error)
	last    int64
	once    sync.Once
}

// Watch starts the change feed of s. Close the Watcher before the store.
// It creates nothing beside the file, so it also works on a file opened
// read-only.
func (s *Store) Watch() *Watcher {
	return newWatcher(s.dataVersion, s.path)
}

// dataVersion is SQLite's counter of other connections' commits, read on
// the store's one connection (Open allows only one).
func (s *Store) dataVersion() (int64, error) {
	var v int64
	err := s.db.QueryRow("PRAGMA data_version").Scan(&v)
	return v, err
}

func newWatcher(version func() (int64, error), path string) *Watcher {
	w := &Watcher{out: make(chan struct{}, 1), stop: make(chan struct{}), version: version}
	w.C = w.out
	w.last, _ = version()
	events, closeEvents, err := watchFile(path)
	if err != nil {
		events, closeEvents = nil, func() {}
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer closeEvents()
		w.loop(events)
	}()
	return w
}

// loop reads data_version after every file event (and then a few times
// more while the commit settles), or every pollEvery when there is no file
// watch (events nil).
func (w *Watcher) loop(events <-chan struct{}) {
	var poll <-chan time.Time
	if events == nil {
		t := time.NewTicker(pollEvery)
		defer t.Stop()
		poll = t.C
	}
	settle := time.NewTimer(time.Hour)
	settle.Stop()
	defer settle.Stop()
	var st settling
	for {
		select {
		case <-w.stop:
			return
		case _, ok := <-events:
			if !ok { // the watch broke: go on by polling
				events = nil
				t := time.NewTicker(pollEvery)
				defer t.Stop()
				poll = t.C
				continue
			}
			st.event(time.Now())
			if next, again := st.read(time.Now(), w.check()); again {
				settle.Reset(next)
			}
		case <-settle.C:
			if next, again := st.read(time.Now(), w.check()); again {
				settle.Reset(next)
			}
		case <-poll:
			w.check()
		}
	}
}

// check sends on the feed when data_version moved, and says whether it
// did. The send never waits: a value already waiting stands for this
// change too.
func (w *Watcher) check() bool {
	v, err := w.version()
	if err != nil || v == w.last {
		return false
	}
	w.last = v
	select {
	case w.out <- struct{}{}:
	default:
	}
	return true
}

// Close stops the feed and waits until its goroutines have ended.
func (w *Watcher) Close() error {
	w.once.Do(func() { close(w.stop) })
	w.wg.Wait()
	return nil
}
