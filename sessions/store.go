package sessions

import "errors"

// Store is how the program reads and writes werkgroepen. Every write is
// durable when it returns: the screen may then show it as stored.
type Store interface {
	Path() string
	Close() error

	Werkgroepen() ([]Summary, error)
	Werkgroep(id ID) (Werkgroep, error)
	// CreateWerkgroep stores w and builds its agenda from the template.
	CreateWerkgroep(w *Werkgroep, t Template) error
	UpdateWerkgroep(w *Werkgroep) error // if w.Version is still stored (changed.go)
	DeleteWerkgroep(id ID) error

	// Sessions returns the werkgroep's sessions in order, with their steps.
	Sessions(werkgroep ID) ([]Session, error)
	Session(id ID) (Session, error)
	UpdateSession(s *Session) error // date, place, status, approval and its changes, title; if s.Version is still stored (changed.go)
	AddSession(werkgroep ID, title string) (Session, error)

	AddStep(st *Step) error    // appended to its session unless Position > 0
	UpdateStep(st *Step) error // if st.Version is still stored (changed.go)
	DeleteStep(id ID) error
	MoveStep(id ID, delta int) error // reorder within its session
	SetElapsed(step ID, elapsed int64) error

	Participants(werkgroep ID) ([]Participant, error)
	SaveParticipant(p *Participant) error
	// RemoveParticipant deletes a participant. With keepWords their
	// contributions stay, unattributed; otherwise they are deleted too.
	RemoveParticipant(id ID, keepWords bool) error
	Attendance(session ID) (map[ID]Attendance, error)
	SetAttendance(session, participant ID, a Attendance) error
	// ChangeAttendance is SetAttendance while it is still was, else
	// *ErrChanged with the attendance stored now (changed.go).
	ChangeAttendance(session, participant ID, a, was Attendance) error

	Contributions(session ID) ([]Contribution, error)
	StepContributions(step ID) ([]Contribution, error) // one step's, as Contributions orders them
	WerkgroepContributions(werkgroep ID) ([]Contribution, error)
	AddContribution(c *Contribution) error
	UpdateContribution(c *Contribution) error // text, kind, attribution, step, sharing; if c.Version is still stored (changed.go)
	DeleteContribution(id ID) error
	RestoreContribution(c Contribution) error // undo of a delete, same ID
	SetOutcome(id ID, o Outcome, note string) error
	// ChangeOutcome is SetOutcome from a form that began with c: stored
	// only while c's outcome and note are still the stored ones, else
	// *ErrChanged with the stored contribution (changed.go).
	ChangeOutcome(c Contribution, o Outcome, note string) error
	OutcomeHistory(id ID) ([]OutcomeChange, error)

	Decisions(session ID) ([]Decision, error)
	SaveDecision(d *Decision) error
	DeleteDecision(id ID) error

	Actions(werkgroep ID) ([]Action, error)
	SaveAction(a *Action) error
	DeleteAction(id ID) error

	Placements(session ID) ([]Placement, error)
	SavePlacement(p *Placement) error // if p.Version is still stored (changed.go)
	Stickers(session ID) ([]StickerCount, error)
	// SaveSticker stores c.Count (zero removes it) if the stored count is
	// still was, else *ErrChanged with the count stored now (changed.go).
	SaveSticker(c StickerCount, was int) error
	AddSticker(c *StickerCount) error // one more on top of what is stored; c.Count is then the count stored

	// Themes are a themes step's themes in order, with their members.
	Themes(step ID) ([]Theme, error)
	SaveTheme(t *Theme) error // a new theme (ID zero) goes last; else its name, whatever it was
	// RenameTheme renames t.ID to t.Name if its name is still was, else
	// *ErrChanged with the theme as stored now (changed.go).
	RenameTheme(t Theme, was string) error
	DeleteTheme(id ID) error // its contributions are then in no theme
	// PutInTheme puts contributions into a theme of step, out of any
	// other theme of that step; theme zero takes them out of every theme.
	PutInTheme(step, theme ID, contributions []ID) error
	// RestoreThemes makes a step's themes as ts says (undo), keeping the
	// IDs of the themes that stay.
	RestoreThemes(step ID, ts []Theme) error
	ThemeSources(step ID) ([]ID, error) // sessions gathered; none: its own
	SetThemeSources(step ID, sessions []ID) error

	VoteSetting(step ID) (VoteSetting, error) // DefaultDots and no names unless set
	SetVoteSetting(step ID, v VoteSetting) error
	VoteOptions(step ID) ([]VoteOption, error)
	SaveVoteOption(o *VoteOption) error // new (ID zero) goes last; else text and stickers
	DeleteVoteOption(id ID) error       // with its votes
	Votes(step ID) ([]Vote, error)
	SetVote(v Vote) error // zero dots removes the person's dots from the option
	// ChangeVote is SetVote while the person still has was dots there,
	// else *ErrChanged with the vote stored now (changed.go).
	ChangeVote(v Vote, was int) error
	// SetOptionStickers stores o.Stickers while the stored count is still
	// was, else *ErrChanged with the option stored now (changed.go);
	// AddOptionSticker counts one more on top of what is stored.
	SetOptionStickers(o VoteOption, was int) error
	AddOptionSticker(o *VoteOption) error

	// Batch runs fn with a Store whose writes are one transaction: all or
	// nothing, made durable once. For bulk work, not for capture.
	Batch(fn func(Store) error) error

	// Lead is who leads werkgroep's room; ErrNotFound when nobody does.
	Lead(werkgroep ID) (Lead, error)
	// SetLead makes l.Program the lead of its werkgroep, where it is now
	// (its session, step, clock and projector), taking over from any
	// other program.
	SetLead(l Lead) error
	// ClearLead ends program's lead of werkgroep; another's stays.
	ClearLead(werkgroep ID, program string) error

	Drafts() ([]Draft, error)
	SaveDraft(d Draft) error // an empty text removes the draft
}

// Summary is what the home screen lists for a werkgroep.
type Summary struct {
	Werkgroep
	Sessions     int
	SessionsDone int
	OpenActions  int
}

// StickerCount is how many stickers a wall had at one point of a
// dimension, for now (Wish false) or wish, when the group placed them
// without names.
type StickerCount struct {
	SessionID ID
	Dimension int
	Wish      bool
	Point     int
	Count     int
}

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")
