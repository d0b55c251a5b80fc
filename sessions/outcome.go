package sessions

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// What was done with a contribution, and what the note must say:
//
//   - open: nothing decided yet. A note is optional ("komt terug in
//     bijeenkomst 4").
//   - adopted (overgenomen): the note says where ("visietekst, alinea 2").
//     It is optional: taking something over needs no excuse, and a
//     facilitator marking twenty contributions at once should not be
//     stopped. The paragraph then says the place was not given.
//   - partly adopted (deels overgenomen): the note says what was taken over
//     and why the rest was not. Required: the part that was not taken over
//     is owed a reason just as much as a whole "no".
//   - not adopted (niet overgenomen): the note says why. Required: people
//     who gave their input are owed a reason (PROCESS.md).
//
// The note is one line of plain text; it is cleaned like every other
// field, and kept to MaxOutcomeNote characters.

// Outcomes lists every outcome in the order screens and the
// participatieparagraaf show them.
var Outcomes = []Outcome{OutcomeOpen, Adopted, PartlyAdopted, NotAdopted}

// MaxOutcomeNote is the longest note, in characters: room for a few
// sentences, not for a pasted document.
const MaxOutcomeNote = 1000

var (
	// ErrUnknownOutcome is an outcome outside Outcomes.
	ErrUnknownOutcome = errors.New("unknown outcome")
	// ErrReasonRequired is a partly or not adopted contribution without
	// a note that says why.
	ErrReasonRequired = errors.New("a reason is required")
	// ErrNoteTooLong is a note longer than MaxOutcomeNote characters.
	ErrNoteTooLong = errors.New("note too long")
)

// Valid reports whether o is one of Outcomes.
func (o Outcome) Valid() bool { return o >= OutcomeOpen && o <= NotAdopted }

// NoteRequired reports whether outcome o needs a note: why (not adopted),
// or what and why (partly adopted).
func NoteRequired(o Outcome) bool { return o == PartlyAdopted || o == NotAdopted }

// CleanOutcomeNote is the note as it is stored: cleaned, on one line.
func CleanOutcomeNote(note string) string { return CleanLine(note) }

// ValidateOutcome checks an outcome and its note against the rules above.
// It cleans the note first, so blank space or control characters alone do
// not count as a reason. Errors wrap the Err values of this file.
func ValidateOutcome(o Outcome, note string) error {
	if !o.Valid() {
		return fmt.Errorf("outcome %d: %w", int(o), ErrUnknownOutcome)
	}
	note = CleanOutcomeNote(note)
	if NoteRequired(o) && note == "" {
		return fmt.Errorf("outcome %d: %w", int(o), ErrReasonRequired)
	}
	if n := utf8.RuneCountInString(note); n > MaxOutcomeNote {
		return fmt.Errorf("note of %d characters: %w", n, ErrNoteTooLong)
	}
	return nil
}

// OutcomeUnchanged reports whether setting o and note on c would change
// nothing, so that no empty change is added to its history.
func OutcomeUnchanged(c Contribution, o Outcome, note string) bool {
	return c.Outcome == o && c.OutcomeNote == CleanOutcomeNote(note)
}

// OutcomeCounts counts contributions per outcome, indexed by Outcome. An
// unknown outcome counts as open: nothing is left out of the count.
func OutcomeCounts(cs []Contribution) [4]int {
	var n [4]int
	for _, c := range cs {
		n[OutcomeOf(c)]++
	}
	return n
}

// OutcomeOf is c's outcome, with anything unknown read as open.
func OutcomeOf(c Contribution) Outcome {
	if c.Outcome.Valid() {
		return c.Outcome
	}
	return OutcomeOpen
}

// AdoptedPlaces is the distinct notes of adopted contributions (where they
// were taken over) that contain typed, ignoring case, for offering earlier
// answers as the note is typed. The most recently used comes first; a
// place that equals typed exactly is left out, as it is already there.
func AdoptedPlaces(cs []Contribution, typed string) []string {
	q := strings.ToLower(CleanOutcomeNote(typed))
	type place struct {
		text string
		last int // index of the latest use, by OutcomeAt
	}
	seen := map[string]int{}
	var out []place
	recent := slices.Clone(cs)
	slices.SortStableFunc(recent, func(a, b Contribution) int { return a.OutcomeAt.Compare(b.OutcomeAt) })
	for i, c := range recent {
		if c.Outcome != Adopted {
			continue
		}
		note := CleanOutcomeNote(c.OutcomeNote)
		low := strings.ToLower(note)
		if note == "" || low == q || !strings.Contains(low, q) {
			continue
		}
		if j, ok := seen[low]; ok {
			out[j].last = i
			continue
		}
		seen[low] = len(out)
		out = append(out, place{note, i})
	}
	slices.SortStableFunc(out, func(a, b place) int { return cmp.Compare(b.last, a.last) })
	texts := make([]string, len(out))
	for i, p := range out {
		texts[i] = p.text
	}
	return texts
}
