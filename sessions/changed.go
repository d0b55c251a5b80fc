package sessions

import (
	"errors"
	"fmt"
	"slices"
)

// Several programs may have one file open and edit the same record. An
// edit remembers the Version of the record it began from; the store saves
// it only while the stored row still has that version, and every update
// of a row raises it. When the row changed meanwhile, nothing is stored
// and the update returns an *ErrChanged holding the record as it is now,
// so that the person can see both and choose. A row deleted meanwhile is
// ErrNotFound, as before.

// ErrChanged is the error of an update whose record another program
// changed since the edit began. Current is the record as stored now.
type ErrChanged[T any] struct {
	Current T
}

func (e *ErrChanged[T]) Error() string {
	return "changed meanwhile by another program"
}

// Is makes errors.Is(err, ErrChangedMeanwhile) true for an ErrChanged of
// any record.
func (e *ErrChanged[T]) Is(target error) bool { return target == ErrChangedMeanwhile }

// ErrChangedMeanwhile matches every *ErrChanged, for code that only
// needs to say what happened.
var ErrChangedMeanwhile = errors.New("changed meanwhile by another program")

// Changed reports whether err is an ErrChanged for a T, and the record
// as stored now.
func Changed[T any](err error) (T, bool) {
	var e *ErrChanged[T]
	if errors.As(err, &e) {
		return e.Current, true
	}
	var zero T
	return zero, false
}

// Merge is how a three-way merge treats a field both sides changed
// differently: keep theirs and report it (the person chooses), or take
// mine (the person chose to save theirs over it).
type Merge bool

const (
	Ask      Merge = false
	MineWins Merge = true
)

// merge3 is one field of a three-way merge: base as the edit began, mine
// as the edit made it, theirs as stored now. It keeps a change made on
// either side; ok is false when both changed it differently.
func merge3[T comparable](base, mine, theirs T, m Merge) (T, bool) {
	switch {
	case mine == base || mine == theirs:
		return theirs, true
	case theirs == base || m == MineWins:
		return mine, true
	}
	return theirs, false
}

// MergeContribution applies the fields an edit changed (from base to
// mine) onto the contribution as stored now (theirs), keeping what the
// other program changed. When both changed the same field differently, Ask
// keeps theirs there and reports ok false (the person must choose);
// MineWins takes mine there (the person chose to save mine over it).
func MergeContribution(base, mine, theirs Contribution, m Merge) (Contribution, bool) {
	out, ok := theirs, true
	step, a := merge3(base.StepID, mine.StepID, theirs.StepID, m)
	who, b := merge3(attribution{base.ParticipantID, base.ByGroup}, attribution{mine.ParticipantID, mine.ByGroup}, attribution{theirs.ParticipantID, theirs.ByGroup}, m)
	kind, c := merge3(base.Kind, mine.Kind, theirs.Kind, m)
	text, d := merge3(base.Text, mine.Text, theirs.Text, m)
	sharing, e := merge3(base.Sharing, mine.Sharing, theirs.Sharing, m)
	ok = a && b && c && d && e
	out.StepID, out.ParticipantID, out.ByGroup, out.Kind, out.Text, out.Sharing = step, who.id, who.group, kind, text, sharing
	return out, ok
}

type attribution struct {
	id    ID
	group bool
}

// MergePlacement is MergeContribution for a placement: now, wish and
// example each.
func MergePlacement(base, mine, theirs Placement, m Merge) (Placement, bool) {
	out := theirs
	var a, b, c bool
	out.Now, a = merge3(base.Now, mine.Now, theirs.Now, m)
	out.Wish, b = merge3(base.Wish, mine.Wish, theirs.Wish, m)
	out.Example, c = merge3(base.Example, mine.Example, theirs.Example, m)
	return out, a && b && c
}

// MergeAction is MergeContribution for an action: what, owners, due date
// and status each.
func MergeAction(base, mine, theirs Action, m Merge) (Action, bool) {
	out := theirs
	var a, b, c, d bool
	out.What, a = merge3(base.What, mine.What, theirs.What, m)
	owners, b := merge3(ownersKey(base.Owners), ownersKey(mine.Owners), ownersKey(theirs.Owners), m)
	switch owners {
	case ownersKey(mine.Owners):
		out.Owners = mine.Owners
	default:
		out.Owners = theirs.Owners
	}
	out.Due, c = merge3(base.Due, mine.Due, theirs.Due, m)
	out.Status, d = merge3(base.Status, mine.Status, theirs.Status, m)
	return out, a && b && c && d
}

// ownersKey makes a list of owners comparable.
func ownersKey(os []Owner) string {
	var b []byte
	for _, o := range os {
		b = fmt.Appendf(b, "%d\x00%s\x01", o.ParticipantID, o.Name)
	}
	return string(b)
}

// MergeParticipant is MergeContribution for a participant's details:
// name, both naming choices and the words about them.
func MergeParticipant(base, mine, theirs Participant, m Merge) (Participant, bool) {
	out := theirs
	var a, b, c, d bool
	out.Name, a = merge3(base.Name, mine.Name, theirs.Name, m)
	out.Naming, b = merge3(base.Naming, mine.Naming, theirs.Naming, m)
	out.Paragraph, c = merge3(base.Paragraph, mine.Paragraph, theirs.Paragraph, m)
	out.About, d = merge3(base.About, mine.About, theirs.About, m)
	return out, a && b && c && d
}

// MergeStep is MergeContribution for an agenda step's texts and
// settings; its place, clock and version are theirs.
func MergeStep(base, mine, theirs Step, m Merge) (Step, bool) {
	out := theirs
	ok := make([]bool, 7)
	out.Kind, ok[0] = merge3(base.Kind, mine.Kind, theirs.Kind, m)
	out.Title, ok[1] = merge3(base.Title, mine.Title, theirs.Title, m)
	out.Purpose, ok[2] = merge3(base.Purpose, mine.Purpose, theirs.Purpose, m)
	out.Prompt, ok[3] = merge3(base.Prompt, mine.Prompt, theirs.Prompt, m)
	out.Timebox, ok[4] = merge3(base.Timebox, mine.Timebox, theirs.Timebox, m)
	out.Skipped, ok[5] = merge3(base.Skipped, mine.Skipped, theirs.Skipped, m)
	out.Private, ok[6] = merge3(base.Private, mine.Private, theirs.Private, m)
	return out, !slices.Contains(ok, false)
}

// MergeDecision is MergeContribution for a decision's text.
func MergeDecision(base, mine, theirs Decision, m Merge) (Decision, bool) {
	out := theirs
	var ok bool
	out.Text, ok = merge3(base.Text, mine.Text, theirs.Text, m)
	return out, ok
}

// MergeSession is MergeContribution for a session's own fields: title,
// purpose, date, place, status and approval; its steps are theirs.
func MergeSession(base, mine, theirs Session, m Merge) (Session, bool) {
	out := theirs
	ok := make([]bool, 7)
	out.Title, ok[0] = merge3(base.Title, mine.Title, theirs.Title, m)
	out.Purpose, ok[1] = merge3(base.Purpose, mine.Purpose, theirs.Purpose, m)
	out.Date, ok[2] = merge3(base.Date, mine.Date, theirs.Date, m)
	out.Place, ok[3] = merge3(base.Place, mine.Place, theirs.Place, m)
	out.Status, ok[4] = merge3(base.Status, mine.Status, theirs.Status, m)
	out.ApprovedOn, ok[5] = merge3(base.ApprovedOn, mine.ApprovedOn, theirs.ApprovedOn, m)
	out.ChangedOn, ok[6] = merge3(base.ChangedOn, mine.ChangedOn, theirs.ChangedOn, m)
	out.Steps = theirs.Steps
	return out, !slices.Contains(ok, false)
}

// MergeWerkgroep is MergeContribution for a werkgroep: name, theme,
// trekkers, language, each leidraad text and the order of its minutes.
func MergeWerkgroep(base, mine, theirs Werkgroep, m Merge) (Werkgroep, bool) {
	out := theirs
	ok := make([]bool, 9)
	out.Name, ok[0] = merge3(base.Name, mine.Name, theirs.Name, m)
	out.Theme, ok[1] = merge3(base.Theme, mine.Theme, theirs.Theme, m)
	out.Trekkers, ok[2] = merge3(base.Trekkers, mine.Trekkers, theirs.Trekkers, m)
	out.Lang, ok[3] = merge3(base.Lang, mine.Lang, theirs.Lang, m)
	out.Leidraad.Listen, ok[4] = merge3(base.Leidraad.Listen, mine.Leidraad.Listen, theirs.Leidraad.Listen, m)
	out.Leidraad.Together, ok[5] = merge3(base.Leidraad.Together, mine.Leidraad.Together, theirs.Leidraad.Together, m)
	out.Leidraad.Role, ok[6] = merge3(base.Leidraad.Role, mine.Leidraad.Role, theirs.Leidraad.Role, m)
	out.Leidraad.Feedback, ok[7] = merge3(base.Leidraad.Feedback, mine.Leidraad.Feedback, theirs.Leidraad.Feedback, m)
	out.Order, ok[8] = merge3(base.Order, mine.Order, theirs.Order, m)
	return out, !slices.Contains(ok, false)
}

// MergeCount is MergeContribution for a count (stickers at a point or on
// an option, a person's dots on an option): the count is all there is.
func MergeCount(base, mine, theirs int, m Merge) (int, bool) {
	return merge3(base, mine, theirs, m)
}

// MergeTheme is MergeContribution for a theme's name.
func MergeTheme(base, mine, theirs Theme, m Merge) (Theme, bool) {
	out := theirs
	var ok bool
	out.Name, ok = merge3(base.Name, mine.Name, theirs.Name, m)
	return out, ok
}
