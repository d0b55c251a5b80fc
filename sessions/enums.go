package sessions

// SessionStatus moves planned → running → done, and back when reopened.
type SessionStatus int

const (
	Planned SessionStatus = iota
	Running
	Done
)

// StepKind says what a step is; a kind may have a screen of its own.
type StepKind string

const (
	StepOpening  StepKind = "opening"
	StepActivity StepKind = "activity"
	StepBreak    StepKind = "break"
	StepClosing  StepKind = "closing"
	StepSchema   StepKind = "schema" // the tension schema, its own screen
	StepThemes   StepKind = "themes" // gathering what was said into themes
	StepVoting   StepKind = "voting" // dot voting on options
)

// MinutesOrder is how the minutes list what was said within a step: in
// the order it was said, each item with its kind, so that the minutes
// follow the conversation (the default), or grouped under a heading per
// kind.
type MinutesOrder string

const (
	SpokenOrder MinutesOrder = "spoken"
	ByKind      MinutesOrder = "kind"
)

// Grouped reports whether o groups what was said by kind; anything but
// ByKind, also an unknown value, is the spoken order.
func (o MinutesOrder) Grouped() bool { return o == ByKind }

// Naming is how a participant chooses to appear.
type Naming int

const (
	FullName Naming = iota
	FirstName
	Initials
	NotNamed
)

// Namings lists the choices from most to least visible.
var Namings = []Naming{FullName, FirstName, Initials, NotNamed}

// Attendance of a participant at one session.
type Attendance int

const (
	Unknown Attendance = iota
	Present
	WithNotice // absent with notice (afgemeld)
	Absent
)

// Kind of contribution.
type Kind int

const (
	Inbreng         Kind = iota // a contribution, plainly
	Overeenstemming             // agreement
	Verschil                    // difference of view
	Vraag                       // question
	Zorg                        // concern or dilemma
	Idee                        // idea
)

// Kinds lists every kind in the order the minutes group them.
var Kinds = []Kind{Inbreng, Overeenstemming, Verschil, Vraag, Zorg, Idee}

// ActionStatus of an action.
type ActionStatus int

const (
	ActionOpen ActionStatus = iota
	ActionDone
	ActionDropped
)

// Outcome is what was done with a contribution.
type Outcome int

const (
	OutcomeOpen Outcome = iota
	Adopted
	PartlyAdopted
	NotAdopted
)

// Sharing says whether a contribution may leave the group's own minutes.
type Sharing int

const (
	SharingAsStep Sharing = iota // as its step says (Step.Private)
	GroupOnly                    // "alleen voor de groep"
	Shared                       // opened up, also in a private step
)
