package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// chartBar is one bar read back from a chart, with the number beside it.
type chartBar struct {
	side      string // "now" or "wish"
	point     int
	height    int
	count     int
	dimension int
}

// readBars parses a chart back: every bar with the count written beside
// it, and every text's font size and extent.
func readBars(t *testing.T, data []byte) (bars []chartBar, sizes []float64, texts []svgTextRun, height int) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	dim := 0
	var open []svgTextRun // text and its tspans, innermost last
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not valid XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			a := map[string]string{}
			for _, at := range tok.Attr {
				a[at.Name.Local] = at.Value
			}
			if fs, ok := a["font-size"]; ok {
				f, _ := strconv.ParseFloat(fs, 64)
				sizes = append(sizes, f)
			}
			switch {
			case tok.Name.Local == "svg":
				vb := strings.Fields(a["viewBox"])
				height, _ = strconv.Atoi(vb[3])
			case a["class"] == "dimension":
				dim, _ = strconv.Atoi(strings.TrimPrefix(a["id"], "dimension-"))
			case strings.HasPrefix(a["class"], "bar "):
				x, _ := strconv.Atoi(a["x"])
				h, _ := strconv.Atoi(a["height"])
				p := 0
				for q := 1; q <= sessions.SchemaPoints; q++ {
					if pointX(float64(q)) == x+svgBarW/2 {
						p = q
					}
				}
				bars = append(bars, chartBar{side: strings.TrimPrefix(a["class"], "bar "), point: p, height: h, dimension: dim})
			case tok.Name.Local == "text" || tok.Name.Local == "tspan":
				run := svgTextRun{size: svgText}
				if len(open) > 0 {
					run = open[len(open)-1]
					run.text = ""
				}
				if x, ok := a["x"]; ok {
					run.x, _ = strconv.Atoi(x)
				}
				if fs, ok := a["font-size"]; ok {
					run.size, _ = strconv.Atoi(fs)
				}
				if an, ok := a["text-anchor"]; ok {
					run.anchor = an
				}
				if cl, ok := a["class"]; ok {
					run.class = cl
				}
				open = append(open, run)
			}
		case xml.CharData:
			if len(open) > 0 {
				open[len(open)-1].text += string(tok)
			}
		case xml.EndElement:
			if (tok.Name.Local == "text" || tok.Name.Local == "tspan") && len(open) > 0 {
				run := open[len(open)-1]
				open = open[:len(open)-1]
				if strings.HasPrefix(run.class, "count ") && len(bars) > 0 {
					bars[len(bars)-1].count, _ = strconv.Atoi(run.text)
				}
				if strings.TrimSpace(run.text) != "" {
					texts = append(texts, run)
				}
			}
		}
	}
	return bars, sizes, texts, height
}

type svgTextRun struct {
	x, size     int
	anchor      string
	class, text string
}

// The chart tells the truth: every point with people on it has a bar
// whose length is its count on one scale, with that count written beside
// it, and the counts are the table's. Up to 25 people and more, no two
// counts look alike.
func TestChartCountsMatchTheTable(t *testing.T) {
	first, fourth := schemaFigures()
	// a werkgroep of 40: 25, 12, 7, 5 and 1 at points 1–5 of line 1
	var big []sessions.Placement
	id := sessions.ID(1)
	for p, n := range map[int]int{1: 25, 2: 12, 3: 7, 4: 5, 5: 1} {
		for range n {
			big = append(big, sessions.Placement{SessionID: 9, ParticipantID: id, Dimension: 1, Now: p})
			id++
		}
	}
	many := sessions.Figures(9, big, nil)
	for _, f := range []sessions.SchemaFigures{first, fourth, many} {
		bars, _, _, _ := readBars(t, SchemaSVG(SchemaChart{Lang: sessions.Dutch, Figures: f}))
		got := map[[3]int]chartBar{}
		most := 0
		for _, b := range bars {
			side := 0
			if b.side == "wish" {
				side = 1
			}
			got[[3]int{b.dimension, side, b.point}] = b
			most = max(most, b.count)
		}
		for _, d := range f.Dimensions {
			for side, s := range []sessions.Side{d.Now, d.Wish} {
				for p := 1; p <= sessions.SchemaPoints; p++ {
					b, drawn := got[[3]int{d.Dimension, side, p}]
					n := s.Counts[p]
					switch {
					case n == 0 && drawn:
						t.Errorf("line %d side %d point %d: a bar for nobody", d.Dimension, side, p)
					case n > 0 && !drawn:
						t.Errorf("line %d side %d point %d: no bar for %d", d.Dimension, side, p, n)
					case n > 0 && b.count != n:
						t.Errorf("line %d side %d point %d: the number says %d, the table %d", d.Dimension, side, p, b.count, n)
					case n > 0 && b.height != max(n*svgBar/most, 3):
						t.Errorf("line %d side %d point %d: bar %d long for %d of at most %d", d.Dimension, side, p, b.height, n, most)
					}
				}
			}
		}
	}
	bars, _, _, _ := readBars(t, SchemaSVG(SchemaChart{Lang: sessions.Dutch, Figures: many}))
	heights := map[int]int{}
	for _, b := range bars {
		if b.side == "now" {
			heights[b.count] = b.height
		}
	}
	if !(heights[25] > heights[12] && heights[12] > heights[7] && heights[7] > heights[5] && heights[5] > heights[1]) {
		t.Errorf("25, 12, 7, 5 and 1 people must have bars of different lengths: %v", heights)
	}
}

// The chart fits a page: printed 160 mm wide (the text width of A4 and
// Letter) and at most 200 mm high (with its caption within a Letter
// page's 229 mm), its smallest text at least 8 points,
// and no text running off its sides. The words are the minutes' words.
func TestChartFitsThePage(t *testing.T) {
	first, fourth := schemaFigures()
	for _, c := range []SchemaChart{
		{Lang: sessions.Dutch, Title: "Bijeenkomst 1", Figures: first},
		{Lang: sessions.English, Title: "Session 4", Figures: fourth, Earlier: &first, EarlierLabel: "session 1"},
		{Lang: sessions.Dutch, Title: "Bijeenkomst 4 met een heel lange titel die over meer dan één regel moet lopen", Figures: fourth, Earlier: &first, EarlierLabel: "bijeenkomst 1"},
	} {
		data := SchemaSVG(c)
		if !bytes.Contains(data, []byte(`width="160mm"`)) {
			t.Errorf("%s: not printed 160 mm wide", c.Title)
		}
		_, sizes, texts, height := readBars(t, data)
		if height*svgPrintMM > 200*svgWidth {
			t.Errorf("%s: %d units high, %.0f mm printed: with its caption more than a Letter page holds", c.Title, height, float64(height*svgPrintMM)/svgWidth)
		}
		for _, s := range sizes {
			if pt := s * svgPrintMM / svgWidth / 25.4 * 72; pt < 7.99 {
				t.Errorf("%s: text of %.0f units prints at %.1f pt", c.Title, s, pt)
			}
		}
		for _, tx := range texts {
			w := textWidth(tx.text, tx.size)
			left, right := float64(tx.x), float64(tx.x)+w
			switch tx.anchor {
			case "end":
				left, right = float64(tx.x)-w, float64(tx.x)
			case "middle":
				left, right = float64(tx.x)-w/2, float64(tx.x)+w/2
			}
			if left < 0 || right > svgWidth {
				t.Errorf("%s: %q runs off the chart (%.0f–%.0f)", c.Title, tx.text, left, right)
			}
		}
		flat := strings.Join(strings.Fields(xmlText(t, data)), " ")
		group := "de groep: nu"
		if c.Lang == sessions.English {
			group = "the group: now"
		}
		if c.Figures.Dimensions[0].HasGroup && !strings.Contains(flat, group) {
			t.Errorf("%s: the group's placement not in the minutes' words %q", c.Title, group)
		}
	}
}
