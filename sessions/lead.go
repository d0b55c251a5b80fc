package sessions

import (
	"fmt"
	"os"
	"time"
)

// Lead is where the leading program of a werkgroep is (PRODUCT.md, "The
// room"): the program in which someone last moved to a step leads, and
// the others, and the projector window, follow it. There is at most one
// per werkgroep.
type Lead struct {
	WerkgroepID ID
	SessionID   ID
	StepID      ID
	Since       time.Time // when the lead moved to this step
	Program     string    // the leading program (NewProgramID)
	// The step's clock: the time used when it last started or stopped,
	// and since when it runs (zero: it stands still).
	Elapsed      time.Duration
	RunningSince time.Time
	Projector    Projector
	Updated      time.Time // the lead's last write; set by the store
	// Ended is true when the store could tell, on reading, that the
	// leading program no longer runs (its process is gone); Alive, that
	// it still runs (a process of this computer that is there).
	Ended, Alive bool
}

// Projector is what the leading program shows on the projector.
type Projector string

const (
	ProjectNormal Projector = "normal" // the step, its prompt and what is said
	ProjectBlank  Projector = "blank"  // a black screen
	ProjectHold   Projector = "hold"   // the picture as it was when held
	ProjectSchema Projector = "schema" // the tension schema's group view
)

// Clock is the time used on the lead's step at now.
func (l Lead) Clock(now time.Time) time.Duration {
	if l.RunningSince.IsZero() {
		return l.Elapsed
	}
	return l.Elapsed + max(0, now.Sub(l.RunningSince))
}

// Running reports whether the lead's clock runs.
func (l Lead) Running() bool { return !l.RunningSince.IsZero() }

// GoneAfter is how long a lead whose clock stands still may be silent
// before a follower says it seems gone: a facilitator may well stay on
// one step that long, but then the projector says so calmly, keeping its
// picture.
const GoneAfter = 2 * time.Minute

// Silent reports whether the lead has written nothing for GoneAfter with
// its clock standing still, or has ended and not written since: a
// follower then keeps its picture and says so. A leading program known to
// run is never silent: a facilitator may talk for half an hour on one
// step without touching a key, and the projector must not tell the group
// that the program seems gone.
func (l Lead) Silent(now time.Time) bool {
	return !l.Alive && (!l.Running() || l.Ended) && now.Sub(l.Updated) > GoneAfter
}

// NewProgramID names this program among those on one file: the host, the
// process and when it started, so that a restarted program is another.
func NewProgramID() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s/%d/%d", host, os.Getpid(), time.Now().UnixNano())
}
