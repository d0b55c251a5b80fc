package store

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
)

// twoHandles opens one real file twice, as two programs would.
func twoHandles(t testing.TB) (a, b *Store, w sessions.Werkgroep) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	w = sessions.Werkgroep{Name: "Visie & Participatie"}
	if err := a.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	b, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return a, b, w
}

// waitFeed fails unless the feed gives a value; the long limit only ends
// a broken test, it is not a measure of speed (PERFORMANCE.md has those).
func waitFeed(t *testing.T, w *Watcher, what string) {
	t.Helper()
	select {
	case <-w.C:
	case <-time.After(10 * time.Second):
		t.Fatalf("no change on the feed after %s", what)
	}
}

func addSaid(t *testing.T, s *Store, w sessions.Werkgroep, text string) {
	t.Helper()
	ss, err := s.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: text}
	if err := s.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
}

func TestFeedSeesAnotherHandlesCommits(t *testing.T) {
	a, b, w := twoHandles(t)
	feed := b.Watch()
	defer feed.Close()
	for i, text := range []string{"Eerst luisteren.", "Samen oplossingen zoeken.", "Een rol bij toetsen."} {
		addSaid(t, a, w, text)
		waitFeed(t, feed, text)
		cs, _ := b.Contributions(mustSession(t, b, w))
		if len(cs) != i+1 {
			t.Fatalf("after the feed, b reads %d contributions, want %d", len(cs), i+1)
		}
	}
	// A change of another kind reaches it too.
	w.Theme = "Vertrouwen"
	if err := a.UpdateWerkgroep(&w); err != nil {
		t.Fatal(err)
	}
	waitFeed(t, feed, "UpdateWerkgroep")
}

func mustSession(t *testing.T, s *Store, w sessions.Werkgroep) sessions.ID {
	t.Helper()
	ss, err := s.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ss[0].ID
}

func TestFeedIgnoresItsOwnCommits(t *testing.T) {
	_, b, w := twoHandles(t)
	feed := b.Watch()
	defer feed.Close()
	addSaid(t, b, w, "Dit schrijft b zelf.")
	// data_version does not move for the connection's own commits, so
	// nothing can arrive; wait out the settling reads to be sure.
	time.Sleep(2 * settleLast)
	select {
	case <-feed.C:
		t.Fatal("the feed reported the handle's own commit")
	default:
	}
}

func TestFeedFoldsABurst(t *testing.T) {
	a, b, w := twoHandles(t)
	feed := b.Watch()
	defer feed.Close()
	for i := range 30 {
		addSaid(t, a, w, "Nog een punt "+string(rune('a'+i%26)))
	}
	waitFeed(t, feed, "a burst")
	time.Sleep(2 * settleLast)
	n := 0
	for more := true; more; {
		select {
		case <-feed.C:
			n++
		default:
			more = false
		}
	}
	if n > 1 {
		t.Fatalf("%d more values waiting after a burst of 30 unread commits, want at most 1", n)
	}
}

func TestClosingTheFeedEndsItsGoroutines(t *testing.T) {
	a, b, w := twoHandles(t)
	if n := feedGoroutines(); n != 0 {
		t.Fatalf("%d feed goroutines before any feed", n)
	}
	for range 5 {
		feed := b.Watch()
		addSaid(t, a, w, "Tussendoor.")
		waitFeed(t, feed, "a commit")
		if feedGoroutines() == 0 {
			t.Fatal("no feed goroutine while a feed is open: the count below would prove nothing")
		}
		feed.Close()
		feed.Close() // twice is harmless
	}
	// Close waits for its goroutines, so none may be left now. Only the
	// feed's own are counted: database/sql starts and ends goroutines of
	// its own at moments of its choosing.
	if n := feedGoroutines(); n != 0 {
		t.Fatalf("%d feed goroutines left after closing five feeds", n)
	}
}

// feedGoroutines counts the goroutines running the feed's code.
func feedGoroutines() int {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	count := 0
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "werkgroep/store.newWatcher") || strings.Contains(g, "werkgroep/store.(*Watcher)") || strings.Contains(g, "werkgroep/store.watchFile") {
			count++
		}
	}
	return count
}

func TestFeedPollsWithoutAFileWatch(t *testing.T) {
	a, b, w := twoHandles(t)
	feed := newWatcher(b.dataVersion, filepath.Join(t.TempDir(), "missing", "w.db"))
	defer feed.Close()
	addSaid(t, a, w, "Ook zonder bestandswacht.")
	waitFeed(t, feed, "a commit, polled")
}

// The feed makes no file, folder or lock of its own beside the data file
// (so it can follow a file opened read-only): the folder holds the same
// names with it as without it.
func TestFeedCreatesNothingBesideTheFile(t *testing.T) {
	a, b, w := twoHandles(t)
	addSaid(t, a, w, "Eerst.")
	names := func() []string {
		es, err := os.ReadDir(filepath.Dir(b.Path()))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range es {
			out = append(out, e.Name())
		}
		return out
	}
	before := names()
	feed := b.Watch()
	addSaid(t, a, w, "Daarna.")
	waitFeed(t, feed, "a commit")
	feed.Close()
	if after := names(); !slices.Equal(before, after) {
		t.Fatalf("the folder held %q, with the feed %q", before, after)
	}
}
