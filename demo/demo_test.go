package demo

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func fillSmallStore(t *testing.T, seed int64) (*store.Store, sessions.Werkgroep) {
	t.Helper()
	st := openStore(t)
	w, err := Fill(st, Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return st, w
}

// shared is one small demo that the tests which only read it share, so
// that the package's tests stay quick.
var shared struct {
	once sync.Once
	dir  string
	st   *store.Store
	w    sessions.Werkgroep
	err  error
}

func sharedSmall(t *testing.T) (*store.Store, sessions.Werkgroep) {
	t.Helper()
	shared.once.Do(func() {
		if shared.dir, shared.err = os.MkdirTemp("", "werkgroep-demo-"); shared.err != nil {
			return
		}
		if shared.st, shared.err = store.Open(filepath.Join(shared.dir, "demo.db")); shared.err != nil {
			return
		}
		shared.w, shared.err = Fill(shared.st, Options{})
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.st, shared.w
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.st != nil {
		shared.st.Close()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// data is everything a werkgroep holds, read back through the Store.
type data struct {
	w        sessions.Werkgroep
	sessions []sessions.Session
	people   []sessions.Participant
	said     []sessions.Contribution
	actions  []sessions.Action
	decided  map[sessions.ID][]sessions.Decision
	placed   map[sessions.ID][]sessions.Placement
	attended map[sessions.ID]map[sessions.ID]sessions.Attendance
}

func read(t *testing.T, st sessions.Store, id sessions.ID) data {
	t.Helper()
	d := data{decided: map[sessions.ID][]sessions.Decision{}, placed: map[sessions.ID][]sessions.Placement{},
		attended: map[sessions.ID]map[sessions.ID]sessions.Attendance{}}
	var err error
	must := func(e error) {
		if e != nil {
			t.Fatal(e)
		}
	}
	d.w, err = st.Werkgroep(id)
	must(err)
	d.sessions, err = st.Sessions(id)
	must(err)
	d.people, err = st.Participants(id)
	must(err)
	d.said, err = st.WerkgroepContributions(id)
	must(err)
	d.actions, err = st.Actions(id)
	must(err)
	for _, se := range d.sessions {
		d.decided[se.ID], err = st.Decisions(se.ID)
		must(err)
		d.placed[se.ID], err = st.Placements(se.ID)
		must(err)
		d.attended[se.ID], err = st.Attendance(se.ID)
		must(err)
	}
	return d
}

func TestSmallIsDeterministic(t *testing.T) {
	a, wa := fillSmallStore(t, 7)
	b, wb := fillSmallStore(t, 7)
	da, db := read(t, a, wa.ID), read(t, b, wb.ID)
	if len(da.said) != len(db.said) {
		t.Fatalf("%d and %d contributions", len(da.said), len(db.said))
	}
	for i := range da.said {
		x, y := da.said[i], db.said[i]
		if x.Text != y.Text || x.Kind != y.Kind || !x.Created.Equal(y.Created) || x.Outcome != y.Outcome || x.OutcomeNote != y.OutcomeNote {
			t.Fatalf("contribution %d differs:\n%+v\n%+v", i, x, y)
		}
	}
	if got, want := placements(da), placements(db); got != want {
		t.Errorf("placements differ with the same seed:\n%s\n%s", got, want)
	}
	c, wc := fillSmallStore(t, 8)
	if placements(read(t, c, wc.ID)) == placements(da) {
		t.Error("another seed gives the same placements; the seed does nothing")
	}
}

func placements(d data) string {
	var b strings.Builder
	for _, se := range d.sessions {
		for _, p := range d.placed[se.ID] {
			// participants by position, so that two files compare
			fmt.Fprintf(&b, "%d,%d,%d,%d,%d,%s\n", se.Number, p.ParticipantID-d.people[0].ID, p.Dimension, p.Now, p.Wish, p.Example)
		}
	}
	return b.String()
}

// realNames are the members of the real werkgroep in the sources; the demo
// is fictional and must never show them.
var realNames = []string{"Martin Stam", "Linda Carolus", "Elsje van Dijk", "Reinier Schippers", "Wim de Jong",
	"André van Vught", "Berend de Grootte", "Shirley Rap", "Desirée Winkler", "Ton Schouten", "Martin Brandwagt"}

func TestNoRealNames(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	texts := []string{d.w.Name, d.w.Theme, d.w.Trekkers}
	for _, p := range d.people {
		texts = append(texts, p.Name, p.About)
	}
	for _, c := range d.said {
		texts = append(texts, c.Text, c.OutcomeNote)
	}
	for _, a := range d.actions {
		texts = append(texts, a.What)
		for _, o := range a.Owners {
			texts = append(texts, o.Name)
		}
	}
	for _, se := range d.sessions {
		texts = append(texts, se.Place)
		for _, x := range d.decided[se.ID] {
			texts = append(texts, x.Text)
		}
		for _, p := range d.placed[se.ID] {
			texts = append(texts, p.Example)
		}
	}
	all := strings.Join(texts, "\n")
	for _, n := range realNames {
		surname := n[strings.Index(n, " ")+1:] // with its tussenvoegsel
		for _, part := range []string{n, surname} {
			if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(part) + `\b`).MatchString(all) {
				t.Errorf("the demo contains %q, from a real name", part)
			}
		}
	}
	// The large demo's names too, without writing it.
	for _, f := range firstNames {
		for _, l := range lastNames {
			for _, n := range realNames {
				if strings.EqualFold(f+" "+l, n) {
					t.Errorf("large demo can make the real name %q", n)
				}
			}
		}
	}
}

func TestFillRefusesASecondTime(t *testing.T) {
	st, w := sharedSmall(t)
	before := read(t, st, w.ID)
	again, err := Fill(st, Options{})
	if !errors.Is(err, ErrExists) || again.ID != w.ID {
		t.Fatalf("second fill: %v, werkgroep %d (first %d)", err, again.ID, w.ID)
	}
	list, _ := st.Werkgroepen()
	if len(list) != 1 || len(read(t, st, w.ID).said) != len(before.said) {
		t.Errorf("second fill added something: %d werkgroepen", len(list))
	}
	if _, err := Fill(st, Options{Size: "huge"}); !errors.Is(err, ErrSize) {
		t.Errorf("size huge: %v, want ErrSize", err)
	}
}

// failing fails the tenth contribution, as a full disk would.
type failing struct {
	sessions.Store
	n int
}

func (f *failing) AddContribution(c *sessions.Contribution) error {
	if f.n++; f.n == 10 {
		return errors.New("disk full")
	}
	return f.Store.AddContribution(c)
}

// Batch keeps the failing wrapper around the batch's store.
func (f *failing) Batch(fn func(sessions.Store) error) error {
	return f.Store.Batch(func(b sessions.Store) error { return fn(&failing{Store: b}) })
}

func TestFailureLeavesNoHalfDemo(t *testing.T) {
	st := openStore(t)
	if _, err := Fill(&failing{Store: st}, Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err %v, want the store's error", err)
	}
	if list, _ := st.Werkgroepen(); len(list) != 0 {
		t.Errorf("%d werkgroepen left after a failed fill", len(list))
	}
}

func TestEveningFollowsAmsterdamTime(t *testing.T) {
	for date, want := range map[string]int{"2026-02-10": 18, "2026-03-28": 18, "2026-03-29": 17, "2026-04-14": 17,
		"2026-10-24": 17, "2026-10-25": 18, "2026-11-10": 18} {
		if got := evening(date).Hour(); got != want {
			t.Errorf("%s: 19:00 in Amsterdam is %d:00 UTC, want %d:00", date, got, want)
		}
	}
}
