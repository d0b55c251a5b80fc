package sessions

import "time"

// ID identifies a stored record. Zero means "not stored yet" or "none".
type ID = int64

// Lang is the language of a werkgroep's content and minutes.
type Lang string

const (
	Dutch   Lang = "nl"
	English Lang = "en"
)

// Werkgroep is one working group and its process.
type Werkgroep struct {
	ID       ID
	Name     string
	Theme    string
	Trekkers string // the facilitators, as free text
	Lang     Lang
	Template string // the template its agenda was built from
	Created  time.Time
	Leidraad Leidraad // what it did for each step of the Participatieleidraad Sociaal
	// Order is how its minutes list what was said within a step; the
	// zero value is SpokenOrder.
	Order   MinutesOrder
	Version int64 // changed.go
}

// Leidraad is the werkgroep's own account, in its own words, of the three
// steps of the Participatieleidraad Sociaal and of how people are invited
// and hear back. An empty text means nothing was recorded yet; the
// participatieparagraaf says so rather than leaving the step out.
type Leidraad struct {
	Listen   string // step 1: listening first
	Together string // step 2: seeking solutions together
	Role     string // step 3: a role in monitoring and testing the policy
	Feedback string // how people are invited and how they hear back
}

// Session is one meeting of the werkgroep.
type Session struct {
	ID          ID
	WerkgroepID ID
	Number      int // 1-based, in order
	Title       string
	Purpose     string
	Date        string // YYYY-MM-DD, empty when not planned yet
	Place       string
	Status      SessionStatus
	ApprovedOn  string // date the minutes were approved (vastgesteld); empty if not
	ChangedOn   string // last date the minutes were changed after approval; empty if not
	Steps       []Step
	Version     int64 // changed.go; its own fields, not its steps
}

// Step is one item on a session's agenda.
type Step struct {
	ID        ID
	SessionID ID
	Position  int
	Kind      StepKind
	Title     string
	Purpose   string
	Prompt    string
	Timebox   time.Duration // suggested; zero means none
	Skipped   bool
	Elapsed   time.Duration // timer time used so far
	Private   bool          // what is said here is for the group only, unless opened up (check-in, check-out)
	Version   int64         // changed.go; also raised by the clock and by a move
}

// Participant is a member of the werkgroep. There is no role, label or
// diagnosis field on purpose: people describe themselves in About, if at all.
type Participant struct {
	ID          ID
	WerkgroepID ID
	Name        string
	Naming      Naming    // how they appear in the group's own minutes
	NamingOn    time.Time // when they chose it
	Paragraph   Naming    // how they appear in the participatieparagraaf
	ParagraphOn time.Time
	About       string // a few words in their own words, optional
	Version     int64  // changed.go
}

// Contribution is something said during a step, as the note-taker typed it.
type Contribution struct {
	ID            ID
	SessionID     ID
	StepID        ID
	ParticipantID ID   // zero when not attributed to one person
	ByGroup       bool // attributed to "de groep"
	Kind          Kind
	Text          string
	Sharing       Sharing // whether it may leave the group's own minutes
	Phone         ID      // the phone it was sent from (issue 17); zero: typed here
	Created       time.Time
	Outcome       Outcome
	OutcomeNote   string // where (adopted), what and why (partly), why (not adopted)
	OutcomeAt     time.Time
	Version       int64 // the stored row's version (changed.go); zero before it is stored
}

// OutcomeChange is one entry in a contribution's outcome history.
type OutcomeChange struct {
	Outcome Outcome
	Note    string
	At      time.Time
}

// Decision is something the group decided in a session.
type Decision struct {
	ID        ID
	SessionID ID
	Text      string
	Created   time.Time
	Version   int64 // changed.go
}

// Action is something someone will do.
type Action struct {
	ID        ID
	SessionID ID // the session it was agreed in
	What      string
	Owners    []Owner // who does it, in order; none is allowed
	Due       string  // YYYY-MM-DD or empty
	Status    ActionStatus
	Updated   time.Time
	Version   int64 // changed.go
}

// Owner is one of the people who do an action: a participant (whose
// naming choice applies wherever it is shown), or a name typed for
// someone outside the group ("gemeente", "ANE-bureau").
type Owner struct {
	ParticipantID ID     // zero for a typed name
	Name          string // the typed name, when ParticipantID is zero
}

// OwnedBy is an action's owners when one participant does it.
func OwnedBy(id ID) []Owner { return []Owner{{ParticipantID: id}} }

// Placement is where one person (or the group, ParticipantID zero) places a
// dimension of the tension schema now and as wished, 1..7; zero is "not placed".
type Placement struct {
	SessionID     ID
	ParticipantID ID
	Dimension     int
	Now           int
	Wish          int
	Example       string
	Version       int64 // changed.go; zero while not stored
}

// Draft is a half-typed entry, kept so that a crash loses nothing. It
// belongs to the program it was typed in; the store offers it to others
// only once that program has ended.
type Draft struct {
	Key     string
	Text    string
	Updated time.Time
	// Author is whose words the text is (zero: nobody in particular), so
	// that removing that person removes it too, or keeps it without them.
	Author ID
	// Placement marks the example of the author's placement on the
	// tension schema, which goes with the placement when they are removed.
	Placement bool
}
