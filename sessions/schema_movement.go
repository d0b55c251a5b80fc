package sessions

import (
	"fmt"
	"strings"
)

// SideShift is how one side of a dimension moved from one session to a
// later one.
type SideShift struct {
	Before, After Side
	// Delta is After.Counts − Before.Counts per point.
	Delta [SchemaPoints + 1]int
	// Comparable is true when both sessions have placements on this side;
	// MedianDelta is then After.Median − Before.Median.
	Comparable  bool
	MedianDelta float64
	// Of the people who placed this side in both sessions: how many moved
	// towards bottom-up, stayed, or moved towards top-down.
	Same                                  int
	TowardsBottomUp, Stay, TowardsTopDown int
}

// Shift is how one dimension moved between two sessions.
type Shift struct {
	Dimension int
	Now, Wish SideShift
}

// Movement compares two sessions' figures per dimension, earlier first.
func Movement(before, after SchemaFigures) [SchemaDimensions]Shift {
	var out [SchemaDimensions]Shift
	for i := range out {
		b, a := before.Dimensions[i], after.Dimensions[i]
		out[i] = Shift{
			Dimension: i + 1,
			Now:       sideShift(b.Now, a.Now, b.People, a.People, func(p Placement) int { return p.Now }),
			Wish:      sideShift(b.Wish, a.Wish, b.People, a.People, func(p Placement) int { return p.Wish }),
		}
	}
	return out
}

func sideShift(b, a Side, bp, ap []Placement, value func(Placement) int) SideShift {
	s := SideShift{Before: b, After: a}
	for p := 1; p <= SchemaPoints; p++ {
		s.Delta[p] = a.Counts[p] - b.Counts[p]
	}
	if a.N > 0 && b.N > 0 {
		s.Comparable, s.MedianDelta = true, a.Median-b.Median
	}
	earlier := map[ID]int{}
	for _, p := range bp {
		if onScale(value(p)) {
			earlier[p.ParticipantID] = value(p)
		}
	}
	for _, p := range ap {
		was, ok := earlier[p.ParticipantID]
		if !ok || !onScale(value(p)) {
			continue
		}
		s.Same++
		switch v := value(p); {
		case v > was:
			s.TowardsBottomUp++
		case v < was:
			s.TowardsTopDown++
		default:
			s.Stay++
		}
	}
	return s
}

// FormatPoint writes a point, median or quartile (a multiple of 0.5) the
// way the language writes numbers: "4", "4,5" in Dutch, "4.5" in English.
func FormatPoint(v float64, l Lang) string {
	s := fmt.Sprintf("%g", v)
	if l != English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// FormatChange writes a signed change: "+2", "0", "−1,5" (with a true minus).
func FormatChange(v float64, l Lang) string {
	switch {
	case v > 0:
		return "+" + FormatPoint(v, l)
	case v < 0:
		return "−" + FormatPoint(-v, l)
	}
	return "0"
}

// SchemaLabel is how a participant may be labelled beside their own
// placement in the group view's narrow columns: initials for those who
// allow their full name or initials, the first letter of the first name
// for those who allow only their first name (full initials would show a
// surname's letter they did not give), and "" for those not named, who
// get a neutral number instead.
func (p Participant) SchemaLabel() string {
	switch p.Naming {
	case FullName, Initials:
		return p.ShownAs(Initials)
	case FirstName:
		if r := []rune(p.ShownAs(FirstName)); len(r) > 0 {
			return string(r[0]) + "."
		}
	}
	return ""
}

// NeutralNumber is the number an unnamed participant goes by: their place
// in the werkgroep's list of participants (which is in the order they were
// added), counting from 1; zero when id is not in the list.
func NeutralNumber(ps []Participant, id ID) int {
	for i, p := range ps {
		if p.ID == id {
			return i + 1
		}
	}
	return 0
}
