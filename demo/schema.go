package demo

import (
	"math"
	"slices"

	"werkgroep/sessions"
)

// dimensions of the tension schema.
const dimensions = sessions.SchemaDimensions

// profile is where a group like this one tends to place a dimension on
// first meeting, and how far people differ: some rows divide a group more
// than others, and the demo should show that.
type profile struct{ now, nowSpread, wish, wishSpread float64 }

var profiles = [dimensions]profile{
	{2.5, 1.0, 6.0, 0.7}, // doelgroepen en labels – mensen als sociale wezens
	{3.0, 1.1, 6.2, 0.6}, // wat kan hij niet – wat kunnen ze wel
	{3.0, 1.8, 5.0, 1.5}, // zeker weten – onzeker weten: the group disagrees
	{2.0, 1.6, 5.6, 1.0}, // meetbaar in eenheden – procesgericht: the most divided now
	{2.6, 1.0, 6.4, 0.6}, // van buitenaf – van binnenuit
}

type spot struct {
	who sessions.ID
	dim int
}

// schemaRound places everyone in who on every dimension and adds the
// group's own placement (ParticipantID zero, the rounded medians). Without
// before it is a first round; with before, now moves a little towards
// bottom-up and the wish mostly stays where it was. still lists people
// whose now does not move. fix adjusts a placement afterwards, for what
// the script has people say.
func (wr *writer) schemaRound(session sessions.ID, who []sessions.ID, before map[spot]sessions.Placement,
	still map[sessions.ID]bool, fix func(*sessions.Placement)) (map[spot]sessions.Placement, error) {
	out := map[spot]sessions.Placement{}
	for _, id := range who {
		bias := float64(wr.rng.IntN(3) - 1)
		for d := 1; d <= dimensions; d++ {
			pr := profiles[d-1]
			p := sessions.Placement{SessionID: session, ParticipantID: id, Dimension: d}
			if b, ok := before[spot{id, d}]; ok && b.Now > 0 && b.Wish > 0 {
				p.Now, p.Wish = b.Now, b.Wish
				if !still[id] {
					p.Now = clamp(p.Now+pick(wr, []int{-1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2}), 1, sessions.SchemaPoints)
				}
				p.Wish = clamp(p.Wish+pick(wr, []int{-1, 0, 0, 0, 0, 0, 0, 0, 1}), 1, sessions.SchemaPoints)
			} else {
				shift := 0.0
				if before != nil {
					shift = 1 // a newcomer in a later round sees the same movement
				}
				p.Now = draw(wr, pr.now+bias+shift, pr.nowSpread)
				p.Wish = draw(wr, pr.wish, pr.wishSpread)
			}
			if fix != nil {
				fix(&p)
			}
			out[spot{id, d}] = p
		}
	}
	for d := 1; d <= dimensions; d++ {
		var nows, wishes []int
		for _, id := range who {
			p := out[spot{id, d}]
			if p.Now > 0 {
				nows = append(nows, p.Now)
			}
			if p.Wish > 0 {
				wishes = append(wishes, p.Wish)
			}
		}
		g := sessions.Placement{SessionID: session, Dimension: d, Now: roundedMedian(nows), Wish: roundedMedian(wishes)}
		if fix != nil {
			fix(&g)
		}
		out[spot{0, d}] = g
	}
	// Save in a fixed order: map order is random, the file should not be.
	for _, id := range append([]sessions.ID{0}, who...) {
		for d := 1; d <= dimensions; d++ {
			p := out[spot{id, d}]
			if err := wr.st.SavePlacement(&p); err != nil {
				return nil, err
			}
			out[spot{id, d}] = p
			wr.tick()
		}
	}
	return out, nil
}

func draw(wr *writer, mean, spread float64) int {
	return clamp(int(math.Round(mean+wr.rng.NormFloat64()*spread)), 1, sessions.SchemaPoints)
}

func pick(wr *writer, from []int) int { return from[wr.rng.IntN(len(from))] }

// roundedMedian is the median rounded half up, or 0 for no values: what a
// group would agree on as "where we stand" when asked for one point.
func roundedMedian(v []int) int {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2] + 1) / 2
}
