package sessions

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestValidateOutcome(t *testing.T) {
	cases := []struct {
		o    Outcome
		note string
		want error
	}{
		{OutcomeOpen, "", nil},
		{OutcomeOpen, "komt terug in bijeenkomst 4", nil},
		{Adopted, "", nil},
		{Adopted, "visietekst, alinea 2", nil},
		{PartlyAdopted, "", ErrReasonRequired},
		{PartlyAdopted, "  \t\n ", ErrReasonRequired},
		{PartlyAdopted, "de eerste helft; de rest past niet in de begroting", nil},
		{NotAdopted, "", ErrReasonRequired},
		{NotAdopted, "\x1b[31m\x07 ", ErrReasonRequired}, // control characters are no reason
		{NotAdopted, "valt buiten de opdracht van de werkgroep", nil},
		{NotAdopted, strings.Repeat("x", MaxOutcomeNote), nil},
		{NotAdopted, strings.Repeat("é", MaxOutcomeNote+1), ErrNoteTooLong},
		{Outcome(4), "ergens", ErrUnknownOutcome},
		{Outcome(-1), "", ErrUnknownOutcome},
	}
	for _, c := range cases {
		err := ValidateOutcome(c.o, c.note)
		if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
			t.Errorf("ValidateOutcome(%d, %.20q) = %v, want %v", c.o, c.note, err, c.want)
		}
	}
}

func TestNoteRequiredOnlyForPartlyAndNot(t *testing.T) {
	for _, o := range Outcomes {
		want := o == PartlyAdopted || o == NotAdopted
		if NoteRequired(o) != want {
			t.Errorf("NoteRequired(%d) = %v", o, !want)
		}
	}
}

func TestCleanOutcomeNoteIsOneLine(t *testing.T) {
	got := CleanOutcomeNote("  visietekst,\r\n\talinea 2\x1b[0m  ")
	if got != "visietekst, alinea 2" {
		t.Errorf("got %q", got)
	}
}

func TestOutcomeUnchanged(t *testing.T) {
	c := Contribution{Outcome: Adopted, OutcomeNote: "visietekst"}
	if !OutcomeUnchanged(c, Adopted, " visietekst ") {
		t.Error("same outcome and note after cleaning should be unchanged")
	}
	if OutcomeUnchanged(c, Adopted, "visietekst, alinea 2") || OutcomeUnchanged(c, PartlyAdopted, "visietekst") {
		t.Error("a new note or outcome is a change")
	}
}

func TestOutcomeCountsLeaveNothingOut(t *testing.T) {
	cs := []Contribution{{Outcome: OutcomeOpen}, {Outcome: Adopted}, {Outcome: Adopted},
		{Outcome: NotAdopted}, {Outcome: Outcome(9)}}
	got := OutcomeCounts(cs)
	if got != [4]int{2, 2, 0, 1} {
		t.Errorf("counts %v, want the unknown one counted as open", got)
	}
}

func TestAdoptedPlaces(t *testing.T) {
	at := func(m int) time.Time { return time.Date(2026, 3, 1, 10, m, 0, 0, time.UTC) }
	cs := []Contribution{
		{Outcome: Adopted, OutcomeNote: "visietekst, alinea 2", OutcomeAt: at(1)},
		{Outcome: Adopted, OutcomeNote: "Uitvoeringsagenda, actie 3", OutcomeAt: at(2)},
		{Outcome: NotAdopted, OutcomeNote: "visietekst past niet", OutcomeAt: at(3)},
		{Outcome: Adopted, OutcomeNote: "Visietekst, alinea 2 ", OutcomeAt: at(4)}, // same place, used again
		{Outcome: Adopted, OutcomeNote: "", OutcomeAt: at(5)},
		{Outcome: PartlyAdopted, OutcomeNote: "visietekst, alinea 5", OutcomeAt: at(6)},
	}
	if got, want := AdoptedPlaces(cs, ""), []string{"visietekst, alinea 2", "Uitvoeringsagenda, actie 3"}; !slices.Equal(got, want) {
		t.Errorf("all: %q, want %q (distinct, adopted only, latest use first)", got, want)
	}
	if got := AdoptedPlaces(cs, "AGENDA"); !slices.Equal(got, []string{"Uitvoeringsagenda, actie 3"}) {
		t.Errorf("filtered: %q", got)
	}
	if got := AdoptedPlaces(cs, "visietekst, alinea 2"); len(got) != 0 {
		t.Errorf("exact match offered again: %q", got)
	}
}
