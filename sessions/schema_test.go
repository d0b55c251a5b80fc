package sessions

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pl is a placement of participant id on dimension dim, session 1.
func pl(id ID, dim, now, wish int) Placement {
	return Placement{SessionID: 1, ParticipantID: id, Dimension: dim, Now: now, Wish: wish}
}

// counts builds per-point counts from values, for expected Sides.
func counts(values ...int) [SchemaPoints + 1]int {
	var c [SchemaPoints + 1]int
	for _, v := range values {
		c[v]++
	}
	return c
}

func TestSideHandComputed(t *testing.T) {
	cases := []struct {
		name        string
		values      []int
		n           int
		median      float64
		low, high   int
		q1, q3, iqr float64
	}{
		{"empty", nil, 0, 0, 0, 0, 0, 0, 0},
		{"one person", []int{5}, 1, 5, 5, 5, 5, 5, 0},
		{"two: median between", []int{4, 5}, 2, 4.5, 4, 5, 4, 5, 1},
		{"three: quartiles are the outer values", []int{2, 3, 7}, 3, 3, 2, 7, 2, 7, 5},
		{"all at one point", []int{4, 4, 4, 4}, 4, 4, 4, 4, 4, 4, 0},
		{"even count gives 4.5", []int{3, 4, 5, 6}, 4, 4.5, 3, 6, 3.5, 5.5, 2},
		{"odd count, middle in neither half", []int{1, 2, 3, 4, 5}, 5, 3, 1, 5, 1.5, 4.5, 3},
		{"six values", []int{2, 3, 3, 5, 6, 6}, 6, 4, 2, 6, 3, 6, 3},
		{"seven values", []int{1, 2, 2, 3, 5, 6, 7}, 7, 3, 1, 7, 2, 6, 4},
	}
	for _, c := range cases {
		s := NewSide(counts(c.values...))
		if s.N != c.n || s.Median != c.median || s.Low != c.low || s.High != c.high ||
			s.Q1 != c.q1 || s.Q3 != c.q3 || s.IQR() != c.iqr {
			t.Errorf("%s: got N %d median %g range %d–%d Q1 %g Q3 %g IQR %g; want N %d median %g range %d–%d Q1 %g Q3 %g IQR %g",
				c.name, s.N, s.Median, s.Low, s.High, s.Q1, s.Q3, s.IQR(),
				c.n, c.median, c.low, c.high, c.q1, c.q3, c.iqr)
		}
	}
}

func TestFiguresEmpty(t *testing.T) {
	f := Figures(1, nil, nil)
	if f.Placed() {
		t.Error("nothing placed, but Placed is true")
	}
	if got := f.MostDivided(); len(got) != 0 {
		t.Errorf("most divided of nothing: %v", got)
	}
	for _, d := range f.Dimensions {
		if d.Now.N != 0 || d.Wish.N != 0 || d.Gap.N != 0 || d.HasGroup {
			t.Errorf("dimension %d not empty: %+v", d.Dimension, d)
		}
	}
}

func TestFiguresOnePerson(t *testing.T) {
	f := Figures(1, []Placement{pl(7, 2, 3, 5)}, nil)
	d := f.Dimensions[1]
	if d.Dimension != 2 || d.Now.N != 1 || d.Now.Median != 3 || d.Wish.Median != 5 || d.Now.Counts[3] != 1 {
		t.Fatalf("one person: %+v", d)
	}
	if d.Gap != (Gap{N: 1, Median: 2, TowardsBottomUp: 1}) {
		t.Errorf("gap: %+v", d.Gap)
	}
	if !f.Placed() || f.Dimensions[0].Now.N != 0 {
		t.Error("only dimension 2 has a placement")
	}
}

func TestNotPlacedAndGroupAreLeftOut(t *testing.T) {
	ps := []Placement{
		pl(0, 1, 2, 6), // the group: beside, not counted
		pl(1, 1, 0, 6), // now not placed
		pl(2, 1, 3, 0), // wish not placed
		pl(3, 1, 0, 0), // nothing placed, only an example
		pl(4, 1, 4, 4),
	}
	ps[3].Example = "Bij de intake"
	ps[0].Example = "Wij samen"
	d := Figures(1, ps, nil).Dimensions[0]
	if d.Now.N != 2 || d.Now.Counts != counts(3, 4) {
		t.Errorf("now: %+v", d.Now)
	}
	if d.Wish.N != 2 || d.Wish.Counts != counts(6, 4) || d.Wish.Median != 5 {
		t.Errorf("wish: %+v", d.Wish)
	}
	if d.Gap != (Gap{N: 1, Median: 0, Stay: 1}) {
		t.Errorf("gap counts only people with both placed: %+v", d.Gap)
	}
	if !d.HasGroup || d.Group.Now != 2 || d.Group.Wish != 6 {
		t.Errorf("group: %+v", d.Group)
	}
	if len(d.People) != 4 {
		t.Errorf("people: %d, want 4 (not the group)", len(d.People))
	}
	if len(d.Examples) != 2 || d.Examples[0].ParticipantID != 0 || d.Examples[1].ParticipantID != 3 {
		t.Errorf("examples, the group's first: %+v", d.Examples)
	}
}

func TestGapHandComputed(t *testing.T) {
	// gaps: 2−3 = −1, 4−4 = 0, 5−3 = 2, 7−4 = 3 → sorted −1 0 2 3, median 1
	ps := []Placement{pl(1, 3, 3, 2), pl(2, 3, 4, 4), pl(3, 3, 3, 5), pl(4, 3, 4, 7)}
	g := Figures(1, ps, nil).Dimensions[2].Gap
	if g != (Gap{N: 4, Median: 1, TowardsBottomUp: 2, Stay: 1, TowardsTopDown: 1}) {
		t.Errorf("gap: %+v", g)
	}
	// an odd count of negative gaps: −3 −2 −2 → median −2
	g = NewGap([]Placement{pl(1, 1, 6, 3), pl(2, 1, 5, 3), pl(3, 1, 7, 5)})
	if g.Median != -2 || g.TowardsTopDown != 3 {
		t.Errorf("negative gap: %+v", g)
	}
}

func TestStickersCountButHaveNoGap(t *testing.T) {
	st := []StickerCount{
		{SessionID: 1, Dimension: 4, Point: 2, Count: 3},
		{SessionID: 1, Dimension: 4, Point: 5, Count: 1},
		{SessionID: 1, Dimension: 4, Wish: true, Point: 6, Count: 4},
		{SessionID: 1, Dimension: 9, Point: 2, Count: 3}, // no such dimension
		{SessionID: 1, Dimension: 4, Point: 0, Count: 3}, // no such point
	}
	d := Figures(1, []Placement{pl(1, 4, 5, 5)}, st).Dimensions[3]
	// now: 2 2 2 5 5 → median 2, Q1 = median(2 2) = 2, Q3 = median(5 5) = 5
	if d.Now.N != 5 || d.Now.Median != 2 || d.Now.Q1 != 2 || d.Now.Q3 != 5 {
		t.Errorf("now: %+v", d.Now)
	}
	if d.Wish.N != 5 || d.Wish.Median != 6 || d.Stickers != 8 {
		t.Errorf("wish: %+v, stickers %d", d.Wish, d.Stickers)
	}
	if d.Gap.N != 1 {
		t.Errorf("gap should count the one person only: %+v", d.Gap)
	}
}

func TestMostDivided(t *testing.T) {
	spread := func(dim int, now, wish []int) []Placement {
		var ps []Placement
		for i := range max(len(now), len(wish)) {
			p := pl(ID(i+1), dim, 0, 0)
			if i < len(now) {
				p.Now = now[i]
			}
			if i < len(wish) {
				p.Wish = wish[i]
			}
			ps = append(ps, p)
		}
		return ps
	}
	cases := []struct {
		name string
		ps   []Placement
		want []int
	}{
		{"all at one point: nowhere divided", append(spread(1, []int{4, 4, 4}, []int{5, 5, 5}), spread(2, []int{3, 3}, []int{3, 3})...), nil},
		{"widest IQR of now", append(spread(1, []int{3, 4, 4, 5}, nil), spread(3, []int{1, 2, 6, 7}, nil)...), []int{3}},
		{"tie on now, IQR of wish decides",
			append(spread(2, []int{2, 2, 5, 5}, []int{4, 4, 4, 4}), spread(4, []int{3, 3, 6, 6}, []int{2, 3, 5, 6})...), []int{4}},
		{"tie on both IQRs, range of now decides",
			append(spread(2, []int{1, 3, 3, 4, 4, 6, 6}, nil), spread(5, []int{3, 3, 3, 4, 6, 6, 6}, nil)...), []int{2}},
		{"a tie that remains", append(spread(1, []int{2, 6}, nil), spread(5, []int{3, 7}, nil)...), []int{1, 5}},
	}
	for _, c := range cases {
		if got := Figures(1, c.ps, nil).MostDivided(); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestMovement(t *testing.T) {
	before := Figures(1, []Placement{pl(1, 1, 2, 5), pl(2, 1, 3, 5), pl(3, 1, 2, 6)}, nil)
	after := Figures(4, []Placement{pl(1, 1, 4, 5), pl(2, 1, 3, 6), pl(4, 1, 5, 7)}, nil)
	m := Movement(before, after)
	now := m[0].Now
	// now before 2 2 3 (median 2), after 3 4 5 (median 4)
	if !now.Comparable || now.MedianDelta != 2 {
		t.Errorf("now median shift: %+v", now)
	}
	if now.Delta[2] != -2 || now.Delta[3] != 0 || now.Delta[4] != 1 || now.Delta[5] != 1 {
		t.Errorf("now delta per point: %v", now.Delta)
	}
	// persons 1 and 2 placed now in both: 1 moved up (2→4), 2 stayed (3→3)
	if now.Same != 2 || now.TowardsBottomUp != 1 || now.Stay != 1 || now.TowardsTopDown != 0 {
		t.Errorf("now per person: %+v", now)
	}
	wish := m[0].Wish
	// wish before 5 5 6 (median 5), after 5 6 7 (median 6); person 2 5→6
	if wish.MedianDelta != 1 || wish.Same != 2 || wish.TowardsBottomUp != 1 || wish.Stay != 1 {
		t.Errorf("wish: %+v", wish)
	}
	if m[1].Now.Comparable || m[1].Dimension != 2 {
		t.Errorf("dimension 2 had no placements: %+v", m[1])
	}
}

func TestFormat(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{FormatPoint(4.5, Dutch), "4,5"},
		{FormatPoint(4.5, English), "4.5"},
		{FormatPoint(4, Dutch), "4"},
		{FormatChange(2, Dutch), "+2"},
		{FormatChange(-1.5, Dutch), "−1,5"},
		{FormatChange(0, English), "0"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestSchemaLabel(t *testing.T) {
	ps := []Participant{
		{ID: 3, Name: "Elsje van Dijk", Naming: FullName},
		{ID: 5, Name: "Ahmed Yilmaz", Naming: FirstName},
		{ID: 8, Name: "Joke Bos", Naming: NotNamed},
	}
	if ps[0].SchemaLabel() != "E.v.D." || ps[1].SchemaLabel() != "A." || ps[2].SchemaLabel() != "" {
		t.Errorf("labels: %q %q %q", ps[0].SchemaLabel(), ps[1].SchemaLabel(), ps[2].SchemaLabel())
	}
	if NeutralNumber(ps, 8) != 3 || NeutralNumber(ps, 99) != 0 {
		t.Error("neutral number is the place in the list")
	}
}

// The Dutch pole texts must be the seed's, character for character. The
// seed lives outside the repository; without it only the shape is checked.
func TestSchemaTextsAreVerbatim(t *testing.T) {
	for _, l := range []Lang{Dutch, English} {
		s := Schema(l)
		for i, d := range s.Dimensions {
			if d.Number != i+1 || d.TopDown == "" || d.BottomUp == "" {
				t.Errorf("%s dimension %d incomplete: %+v", l, i+1, d)
			}
		}
	}
	nl := Schema(Dutch)
	if nl.TopDownModel != "Top-down (doel-rationeel) model" || nl.BottomUpSteering != "Regie van binnenuit" {
		t.Errorf("headings: %+v", nl)
	}
	seed, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "000_048d6fbe89631401.txt"))
	if err != nil {
		t.Skip("seed document not beside the repository")
	}
	text := string(seed)
	at := strings.Index(text, "Schema ter ordening van de spanningen")
	if at < 0 {
		t.Fatal("schema not found in the seed")
	}
	text = text[at:]
	split := strings.Index(text, "**Bottom-up")
	top, bottom := text[:split], text[split:]
	for _, d := range nl.Dimensions {
		if !strings.Contains(top, "\n- "+d.TopDown+"\n") {
			t.Errorf("top-down pole %d is not verbatim: %q", d.Number, d.TopDown)
		}
		if !strings.Contains(bottom, "\n- "+d.BottomUp+"\n") {
			t.Errorf("bottom-up pole %d is not verbatim: %q", d.Number, d.BottomUp)
		}
	}
	for _, h := range []string{nl.TopDownModel, nl.TopDownSteering, nl.BottomUpModel, nl.BottomUpSteering} {
		if !strings.Contains(text, "**"+h) {
			t.Errorf("heading %q not in the seed", h)
		}
	}
}
