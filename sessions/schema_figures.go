package sessions

import (
	"cmp"
	"slices"
	"strings"
)

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
