package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"werkgroep/sessions"
)

// writer carries what both sizes need while they write: the store, the
// werkgroep's sessions, the seeded source of chance and the progress count.
type writer struct {
	st       sessions.Store
	w        sessions.Werkgroep
	rng      *rand.Rand
	clock    *rand.Rand // the step clocks' own stream: an agenda with more steps changes nothing else
	sessions []sessions.Session
	progress func(done, total int)
	done     int
	total    int
}

func newWriter(st sessions.Store, w sessions.Werkgroep, o Options) *writer {
	// A fixed second word keeps the stream the same for the same seed.
	return &writer{st: st, w: w, rng: rand.New(rand.NewPCG(uint64(o.Seed), 0x77657266)),
		clock: rand.New(rand.NewPCG(uint64(o.Seed), 0x636c6f6b)), progress: o.Progress}
}

// load reads the sessions the template made, with their steps.
func (wr *writer) load() error {
	ss, err := wr.st.Sessions(wr.w.ID)
	if err != nil {
		return err
	}
	if len(ss) != 4 {
		return fmt.Errorf("the template made %d sessions, the demo needs 4", len(ss))
	}
	wr.sessions = ss
	return nil
}

// tick counts one write and reports progress every so often.
func (wr *writer) tick() {
	wr.done++
	if wr.progress != nil && wr.total > 0 && (wr.done%500 == 0 || wr.done == wr.total) {
		wr.progress(wr.done, wr.total)
	}
}

// talkSteps are the steps of a session where people talk: all but breaks.
func talkSteps(se sessions.Session) []sessions.Step {
	var out []sessions.Step
	for _, st := range se.Steps {
		if st.Kind != sessions.StepBreak {
			out = append(out, st)
		}
	}
	return out
}

// evening is 19:00 in Amsterdam on a YYYY-MM-DD date, in UTC. Computed
// here, so the demo never depends on the clock or on the time zone
// database: summer time runs from the last Sunday of March to the last
// Sunday of October.
func evening(date string) time.Time {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic("demo: bad date " + date)
	}
	offset := 1
	if !d.Before(lastSunday(d.Year(), time.March)) && d.Before(lastSunday(d.Year(), time.October)) {
		offset = 2
	}
	return d.Add(time.Duration(19-offset) * time.Hour)
}

func lastSunday(year int, m time.Month) time.Time {
	d := time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
	return d.AddDate(0, 0, -int(d.Weekday()))
}

// stepStarts is when each step of a session began, following the
// timeboxes from the start of the evening.
func stepStarts(se sessions.Session, start time.Time) map[sessions.ID]time.Time {
	out := map[sessions.ID]time.Time{}
	t := start
	for _, st := range se.Steps {
		out[st.ID] = t
		t = t.Add(st.Timebox)
	}
	return out
}

// holdSession marks a session as held on date at place, with its step
// timers used about as long as planned.
func (wr *writer) holdSession(se *sessions.Session, date, place, approved string) error {
	se.Date, se.Place, se.Status, se.ApprovedOn = date, place, sessions.Done, approved
	if err := wr.st.UpdateSession(se); err != nil {
		return err
	}
	for _, st := range se.Steps {
		// between 80% and 130% of the timebox, in whole minutes
		planned := int64(st.Timebox.Minutes())
		used := planned*8/10 + wr.clock.Int64N(planned/2+1)
		if err := wr.st.SetElapsed(st.ID, used*60); err != nil {
			return err
		}
	}
	return nil
}

func clamp(v, lo, hi int) int {
	return max(lo, min(hi, v))
}
