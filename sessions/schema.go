package sessions

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// The tension schema ("Schema ter ordening van de spanningen") has five
// dimensions, each placed on a scale of seven points: 1 is the top-down
// pole, 7 the bottom-up pole. Zero is "not placed".
const (
	SchemaDimensions = 5
	SchemaPoints     = 7
)

// SchemaText is the schema in one language: the two poles' headings and
// the five dimensions' pole texts.
type SchemaText struct {
	Title            string
	TopDownModel     string // "Top-down (doel-rationeel) model"
	TopDownSteering  string // "Regie van buitenaf"
	BottomUpModel    string
	BottomUpSteering string
	Dimensions       [SchemaDimensions]Dimension
}

// Dimension is one line of the schema: what each pole says.
type Dimension struct {
	Number   int // 1..5
	TopDown  string
	BottomUp string
}

// Schema returns the schema's text. The Dutch is quoted verbatim from the
// source document (its full stops kept where it has them); the English is a
// rendering, and the minutes of English werkgroepen keep the Dutch as well.
func Schema(l Lang) SchemaText {
	if l == English {
		return schemaEN
	}
	return schemaNL
}

var schemaNL = SchemaText{
	Title:            "Schema ter ordening van de spanningen",
	TopDownModel:     "Top-down (doel-rationeel) model",
	TopDownSteering:  "Regie van buitenaf",
	BottomUpModel:    "Bottom-up (relationeel) model",
	BottomUpSteering: "Regie van binnenuit",
	Dimensions: [SchemaDimensions]Dimension{
		{1, "Denk in doelgroepen, cohorten, klanten en labels (gestoord etc.)",
			"Denk vanuit mensen als sociale wezens en cultuurproducenten."},
		{2, "Focus op de zorgbehoefte van de klant (wat kan hij niet): zorg voor.",
			"Focus op hun ontwikkelbehoefte (wat kunnen ze wel): zorg dat."},
		{3, "Zeker weten: neem het zekere voor het onzekere (evidence based).",
			"Onzeker weten: wat er speelt en wat er kan, blijkt pas door echt contact met leefwereld."},
		{4, "Verantwoord productgericht via wat meetbaar is in eenheden. Wat niet in cijfers te vangen is, is niet geldig.",
			"Verantwoord procesgericht (vanuit een samenspel van krachten: schiet als 't kan aan je doelen voorbij)."},
		{5, "Werk van buitenaf, deductief, bovenaf en specialistisch (apart en exclusief)",
			"Werk co-creatief van binnenuit, inductief, onderaf en samen (integraal en inclusief)."},
	},
}

var schemaEN = SchemaText{
	Title:            "Schema ordering the tensions",
	TopDownModel:     "Top-down (goal-rational) model",
	TopDownSteering:  "Steering from outside",
	BottomUpModel:    "Bottom-up (relational) model",
	BottomUpSteering: "Steering from within",
	Dimensions: [SchemaDimensions]Dimension{
		{1, "Think in target groups, cohorts, clients and labels (disturbed etc.)",
			"Think of people as social beings and makers of culture."},
		{2, "Focus on the client's need for care (what can he not do): caring for.",
			"Focus on their need to develop (what can they do): making sure that."},
		{3, "Certain knowing: better safe than sorry (evidence based).",
			"Uncertain knowing: what is going on and what is possible only shows through real contact with the life world."},
		{4, "Accountable and product-oriented, through what is measurable in units. What cannot be captured in figures is not valid.",
			"Accountable and process-oriented (from an interplay of forces: overshoot your goals if you can)."},
		{5, "Work from outside, deductively, top-down and specialised (separate and exclusive)",
			"Work co-creatively from within, inductively, bottom-up and together (integral and inclusive)."},
	},
}

// Side is one side of one dimension (now or wish) for a group of people:
// how many at each point, and the figures PRODUCT.md defines. "Not placed"
// is left out; a Side with N zero has no median, range or quartiles.
type Side struct {
	Counts [SchemaPoints + 1]int // Counts[p] for p in 1..7; Counts[0] unused
	N      int
	Median float64
	Low    int // lowest placed point
	High   int // highest placed point
	Q1, Q3 float64
}

// IQR is the interquartile range, Q3 − Q1.
func (s Side) IQR() float64 { return s.Q3 - s.Q1 }

// Range is High − Low.
func (s Side) Range() int { return s.High - s.Low }

// NewSide computes the figures of a side from its counts per point.
//
// Quartiles: the values are sorted; Q1 is the median of the lower half and
// Q3 the median of the upper half, where for an odd count the middle value
// belongs to neither half (the method taught in Dutch schools). So for
// 1 2 3 4 5 Q1 = 1.5 and Q3 = 4.5; for 2 3 3 5 6 6, Q1 = 3 and Q3 = 6.
// With one value, Q1 = Q3 = that value.
func NewSide(counts [SchemaPoints + 1]int) Side {
	s := Side{Counts: counts}
	s.Counts[0] = 0
	var v []int
	for p := 1; p <= SchemaPoints; p++ {
		for range max(0, s.Counts[p]) {
			v = append(v, p)
		}
	}
	s.N = len(v)
	if s.N == 0 {
		return s
	}
	s.Low, s.High = v[0], v[len(v)-1]
	s.Median = median(v)
	s.Q1, s.Q3 = quartiles(v)
	return s
}

// median of sorted values: the middle one, or the mean of the two middle
// ones for an even count. v must not be empty.
func median(v []int) float64 {
	n := len(v)
	if n%2 == 1 {
		return float64(v[n/2])
	}
	return float64(v[n/2-1]+v[n/2]) / 2
}

// quartiles of sorted values, by the method NewSide describes.
func quartiles(v []int) (q1, q3 float64) {
	n := len(v)
	if n == 1 {
		return float64(v[0]), float64(v[0])
	}
	half := n / 2
	return median(v[:half]), median(v[n-half:])
}

// Gap is wish − now per person who placed both, never the group's own
// placement: its median, and how many want to move each way.
type Gap struct {
	N               int
	Median          float64
	TowardsBottomUp int // wish > now
	Stay            int // wish == now
	TowardsTopDown  int // wish < now
}

// NewGap computes the gap of placements (people with now or wish not
// placed are left out).
func NewGap(ps []Placement) Gap {
	var d []int
	var g Gap
	for _, p := range ps {
		if p.ParticipantID == 0 || !onScale(p.Now) || !onScale(p.Wish) {
			continue
		}
		diff := p.Wish - p.Now
		d = append(d, diff)
		switch {
		case diff > 0:
			g.TowardsBottomUp++
		case diff < 0:
			g.TowardsTopDown++
		default:
			g.Stay++
		}
	}
	g.N = len(d)
	if g.N > 0 {
		slices.Sort(d)
		g.Median = median(d)
	}
	return g
}

func onScale(p int) bool { return p >= 1 && p <= SchemaPoints }

// DimensionFigures is everything the group view, the minutes and the chart
// show for one dimension in one session.
type DimensionFigures struct {
	Dimension int
	Now, Wish Side // people and sticker counts together
	Gap       Gap  // people only: stickers have no persons
	// Group is the group's own placement ("de groep"), shown beside the
	// distribution and not counted in it; HasGroup is false when there is none.
	Group    Placement
	HasGroup bool
	People   []Placement // each person's placement (not the group's), by participant
	Stickers int         // how many of Now.N+Wish.N came from sticker counts
	Examples []Placement // placements with an example, the group's first
}

// SchemaFigures are the figures of all five dimensions for one session.
type SchemaFigures struct {
	SessionID  ID
	Dimensions [SchemaDimensions]DimensionFigures
}

// Figures computes a session's figures from its placements and sticker
// counts. Placements and counts outside 1..5 or 1..7 are ignored.
func Figures(session ID, ps []Placement, stickers []StickerCount) SchemaFigures {
	f := SchemaFigures{SessionID: session}
	var now, wish [SchemaDimensions][SchemaPoints + 1]int
	var byDim [SchemaDimensions][]Placement
	for i := range f.Dimensions {
		f.Dimensions[i].Dimension = i + 1
	}
	sorted := slices.Clone(ps)
	slices.SortStableFunc(sorted, func(a, b Placement) int { return cmp.Compare(a.ParticipantID, b.ParticipantID) })
	for _, p := range sorted {
		if p.Dimension < 1 || p.Dimension > SchemaDimensions {
			continue
		}
		i := p.Dimension - 1
		d := &f.Dimensions[i]
		if strings.TrimSpace(p.Example) != "" {
			d.Examples = append(d.Examples, p)
		}
		if p.ParticipantID == 0 {
			d.Group, d.HasGroup = p, onScale(p.Now) || onScale(p.Wish)
			continue
		}
		d.People = append(d.People, p)
		byDim[i] = append(byDim[i], p)
		if onScale(p.Now) {
			now[i][p.Now]++
		}
		if onScale(p.Wish) {
			wish[i][p.Wish]++
		}
	}
	for _, c := range stickers {
		if c.Dimension < 1 || c.Dimension > SchemaDimensions || !onScale(c.Point) || c.Count <= 0 {
			continue
		}
		i := c.Dimension - 1
		if c.Wish {
			wish[i][c.Point] += c.Count
		} else {
			now[i][c.Point] += c.Count
		}
		f.Dimensions[i].Stickers += c.Count
	}
	for i := range f.Dimensions {
		d := &f.Dimensions[i]
		d.Now, d.Wish, d.Gap = NewSide(now[i]), NewSide(wish[i]), NewGap(byDim[i])
	}
	return f
}

// Placed reports whether anything was placed in the session: a person, a
// sticker or the group.
func (f SchemaFigures) Placed() bool {
	for _, d := range f.Dimensions {
		if d.Now.N+d.Wish.N > 0 || d.HasGroup {
			return true
		}
	}
	return false
}

// MostDivided returns the dimensions (1..5) where the group is most
// divided: the widest interquartile range of now; ties are broken by the
// interquartile range of wish, then the range of now, then the range of
// wish. More than one number means a tie that remains after all of these.
// None is returned when no dimension shows any difference at all.
func (f SchemaFigures) MostDivided() []int {
	key := func(d DimensionFigures) [4]float64 {
		return [4]float64{d.Now.IQR(), d.Wish.IQR(), float64(d.Now.Range()), float64(d.Wish.Range())}
	}
	var best [4]float64
	var out []int
	for _, d := range f.Dimensions {
		k := key(d)
		switch c := slices.Compare(k[:], best[:]); {
		case c > 0:
			best, out = k, []int{d.Dimension}
		case c == 0 && k != [4]float64{}:
			out = append(out, d.Dimension)
		}
	}
	return out
}

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
