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
	"time"

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

func TestSmallHasPeopleWithEveryNamingChoice(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	if len(d.people) < 12 {
		t.Errorf("%d participants, want at least 12", len(d.people))
	}
	minutes, paragraph := map[sessions.Naming]int{}, map[sessions.Naming]int{}
	withAbout := 0
	for _, p := range d.people {
		minutes[p.Naming]++
		paragraph[p.Paragraph]++
		if p.About != "" {
			withAbout++
		}
	}
	for _, n := range sessions.Namings {
		if minutes[n] == 0 || paragraph[n] == 0 {
			t.Errorf("naming %d: %d in minutes, %d in the paragraph; want both", n, minutes[n], paragraph[n])
		}
	}
	if withAbout < 6 || withAbout == len(d.people) {
		t.Errorf("%d of %d say something about themselves; want some, not all", withAbout, len(d.people))
	}
	if d.w.Name != "Visie & Participatie (voorbeeld)" || d.w.Theme == "" || d.w.Trekkers == "" || d.w.Lang != sessions.Dutch {
		t.Errorf("werkgroep %+v", d.w)
	}
}

func TestSmallSessionsWereHeld(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	if len(d.sessions) != 4 {
		t.Fatalf("%d sessions", len(d.sessions))
	}
	seen := map[sessions.Attendance]int{}
	for i, se := range d.sessions {
		if se.Status != sessions.Done || !strings.HasPrefix(se.Date, "2026-") || !strings.Contains(se.Place, "Amsterdam") {
			t.Errorf("session %d: status %d, date %q, place %q", se.Number, se.Status, se.Date, se.Place)
		}
		if approved := se.ApprovedOn != ""; approved != (i < 3) {
			t.Errorf("session %d approved on %q", se.Number, se.ApprovedOn)
		}
		if i > 0 && se.Date <= d.sessions[i-1].Date {
			t.Errorf("session %d on %s is not after the one before", se.Number, se.Date)
		}
		if len(d.decided[se.ID]) == 0 {
			t.Errorf("session %d has no decisions", se.Number)
		}
		for _, p := range d.people {
			seen[d.attended[se.ID][p.ID]]++ // missing is Unknown
		}
	}
	for _, a := range []sessions.Attendance{sessions.Present, sessions.WithNotice, sessions.Absent, sessions.Unknown} {
		if seen[a] == 0 {
			t.Errorf("no attendance %d anywhere", a)
		}
	}
}

func TestSmallContributions(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	if len(d.said) < 80 {
		t.Errorf("%d contributions, want at least 80", len(d.said))
	}
	kinds := map[sessions.Kind]int{}
	perStep := map[sessions.ID]int{}
	byGroup, nobody, special := 0, 0, map[string]bool{}
	for _, c := range d.said {
		kinds[c.Kind]++
		perStep[c.StepID]++
		switch {
		case c.ByGroup:
			byGroup++
		case c.ParticipantID == 0:
			nobody++
		default:
			if a := d.attended[c.SessionID][c.ParticipantID]; a != sessions.Present {
				t.Errorf("%q is said by someone who was not there (attendance %d)", c.Text, a)
			}
		}
		for _, s := range []string{"|", "*", "\n", "<"} {
			if strings.Contains(c.Text, s) {
				special[s] = true
			}
		}
		if c.Text != sessions.Clean(c.Text) {
			t.Errorf("%q is not clean text", c.Text)
		}
	}
	for _, k := range sessions.Kinds {
		if kinds[k] == 0 {
			t.Errorf("no contribution of kind %d", k)
		}
	}
	if byGroup == 0 || nobody == 0 {
		t.Errorf("%d by the group, %d by nobody in particular; want both", byGroup, nobody)
	}
	if len(special) != 4 {
		t.Errorf("characters that need escaping in Markdown: %v; want | * < and a line break", special)
	}
	for _, se := range d.sessions {
		for _, st := range se.Steps {
			if st.Kind != sessions.StepBreak && perStep[st.ID] == 0 {
				t.Errorf("session %d step %q has no contributions", se.Number, st.Title)
			}
			if st.Elapsed == 0 {
				t.Errorf("session %d step %q was never timed", se.Number, st.Title)
			}
		}
	}
}

func TestSmallOutcomes(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	outcomes := map[sessions.Outcome]int{}
	decidedKinds := map[sessions.Kind]bool{}
	revisedOnce := false
	for _, c := range d.said {
		outcomes[c.Outcome]++
		if c.Outcome == sessions.OutcomeOpen {
			if c.OutcomeNote != "" {
				t.Errorf("open %q has a note %q", c.Text, c.OutcomeNote)
			}
			continue
		}
		decidedKinds[c.Kind] = true
		if c.OutcomeNote == "" {
			t.Errorf("%q: outcome %d without a note", c.Text, c.Outcome)
		}
		if err := sessions.ValidateOutcome(c.Outcome, c.OutcomeNote); err != nil || c.OutcomeNote != sessions.CleanOutcomeNote(c.OutcomeNote) {
			t.Errorf("%q: note %q breaks the outcome rules: %v", c.Text, c.OutcomeNote, err)
		}
		h, err := st.OutcomeHistory(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(h) > 1 {
			revisedOnce = true
		}
	}
	for _, o := range []sessions.Outcome{sessions.OutcomeOpen, sessions.Adopted, sessions.PartlyAdopted, sessions.NotAdopted} {
		if outcomes[o] == 0 {
			t.Errorf("no contribution with outcome %d", o)
		}
	}
	if share := float64(outcomes[sessions.OutcomeOpen]) / float64(len(d.said)); share < 0.2 || share > 0.4 {
		t.Errorf("%.0f%% still open, want 20–40%%", share*100)
	}
	for _, k := range sessions.Kinds {
		if !decidedKinds[k] {
			t.Errorf("no contribution of kind %d has an outcome", k)
		}
	}
	if !revisedOnce {
		t.Error("no outcome was ever changed; the history should show one")
	}
}

func TestSmallActions(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	status := map[sessions.ActionStatus]int{}
	byPerson, byOther := 0, 0
	for _, a := range d.actions {
		status[a.Status]++
		if _, err := time.Parse("2006-01-02", a.Due); err != nil {
			t.Errorf("action %q: due %q", a.What, a.Due)
		}
		switch {
		case a.OwnerID != 0 && a.OwnerText == "":
			byPerson++
		case a.OwnerID == 0 && a.OwnerText != "":
			byOther++
		default:
			t.Errorf("action %q: owner %d %q", a.What, a.OwnerID, a.OwnerText)
		}
	}
	for _, s := range []sessions.ActionStatus{sessions.ActionOpen, sessions.ActionDone, sessions.ActionDropped} {
		if status[s] == 0 {
			t.Errorf("no action with status %d", s)
		}
	}
	if byPerson == 0 || byOther == 0 {
		t.Errorf("%d actions owned by participants, %d by others; want both", byPerson, byOther)
	}
}

func TestSmallPlacementsMoveTowardsBottomUp(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	first, last := d.sessions[0], d.sessions[3]
	for _, se := range d.sessions[1:3] {
		if len(d.placed[se.ID]) != 0 {
			t.Errorf("session %d has placements; only the schema sessions should", se.Number)
		}
	}
	for _, se := range []sessions.Session{first, last} {
		people, notPlaced, examples, group := map[sessions.ID]bool{}, 0, 0, 0
		var wishes []int
		for _, p := range d.placed[se.ID] {
			if p.ParticipantID == 0 {
				group++
				continue
			}
			people[p.ParticipantID] = true
			if p.Now == 0 || p.Wish == 0 {
				notPlaced++
			}
			if p.Example != "" {
				examples++
			}
			if p.Now < 0 || p.Now > 7 || p.Wish < 0 || p.Wish > 7 {
				t.Errorf("placement out of range: %+v", p)
			}
			if p.Wish > 0 {
				wishes = append(wishes, p.Wish)
			}
		}
		if len(people)*2 < len(d.people) {
			t.Errorf("session %d: %d of %d people placed; want most", se.Number, len(people), len(d.people))
		}
		if group != dimensions {
			t.Errorf("session %d: the group placed %d dimensions", se.Number, group)
		}
		if notPlaced == 0 || examples < 3 {
			t.Errorf("session %d: %d not placed, %d examples; want some of both", se.Number, notPlaced, examples)
		}
		if m := roundedMedian(wishes); m < 5 {
			t.Errorf("session %d: median wish %d, want bottom-up", se.Number, m)
		}
	}
	// Through the domain's own figures: now moved towards bottom-up, the
	// wish stayed there, and the dimensions differ in how divided they are.
	before := sessions.Figures(first.ID, d.placed[first.ID], nil)
	after := sessions.Figures(last.ID, d.placed[last.ID], nil)
	iqrs := map[float64]bool{}
	for i, sh := range sessions.Movement(before, after) {
		if sh.Now.TowardsBottomUp <= sh.Now.TowardsTopDown || sh.Now.MedianDelta < 0 {
			t.Errorf("dimension %d: now %d towards bottom-up, %d towards top-down, median %+.1f",
				sh.Dimension, sh.Now.TowardsBottomUp, sh.Now.TowardsTopDown, sh.Now.MedianDelta)
		}
		if sh.Wish.Before.Median < 5 || sh.Wish.After.Median < 5 || sh.Wish.MedianDelta > 1 || sh.Wish.MedianDelta < -1 {
			t.Errorf("dimension %d: wish median %.1f then %.1f; want it to stay bottom-up", sh.Dimension, sh.Wish.Before.Median, sh.Wish.After.Median)
		}
		if !before.Dimensions[i].HasGroup || !after.Dimensions[i].HasGroup {
			t.Errorf("dimension %d: no placement of the group", sh.Dimension)
		}
		iqrs[before.Dimensions[i].Now.IQR()] = true
	}
	if len(iqrs) < 2 || len(before.MostDivided()) != 1 {
		t.Errorf("spread of now per dimension %v, most divided %v; want dimensions to differ", iqrs, before.MostDivided())
	}
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
		texts = append(texts, a.What, a.OwnerText)
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
