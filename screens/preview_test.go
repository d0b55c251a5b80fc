package screens

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"werkgroep/export"
)

// wrapText keeps every word in order, never makes a line wider than asked,
// and puts on each line as many words as fit; a word wider than the line
// is broken, as wrap does.
func TestWrapText(t *testing.T) {
	texts := []string{
		"[inbreng] Ik ben hier omdat ik jaren met instanties heb gepraat zonder dat er iets veranderde. — Sanne Vermeulen",
		"één twee\ndrie — vier 👩🏽‍🦱 emoji en https://example.com/a_b?c=1&d=2 en ervaringsdeskundigheid",
		"",
		"kort",
	}
	for _, text := range texts {
		for _, width := range []int{5, 12, 30, 80} {
			lines := wrapText(text, width)
			for i, l := range lines {
				if ansi.StringWidth(l) > width {
					t.Errorf("%q at %d: line %q is %d wide", text, width, l, ansi.StringWidth(l))
				}
				if i+1 < len(lines) && width >= 12 && !strings.Contains(text, "\n") {
					next := strings.Fields(lines[i+1])
					if len(next) > 0 && ansi.StringWidth(l)+1+ansi.StringWidth(next[0]) <= width {
						t.Errorf("%q at %d: %q would fit after %q", text, width, next[0], l)
					}
				}
			}
			fits := true
			for _, w := range strings.Fields(text) {
				fits = fits && ansi.StringWidth(w) <= width
			}
			if fits && strings.Join(strings.Fields(strings.Join(lines, " ")), " ") != strings.Join(strings.Fields(text), " ") {
				t.Errorf("%q at %d: words lost or changed: %q", text, width, lines)
			}
		}
	}
}

// layoutBlocks lays out the minutes' blocks at width, a blank line
// between blocks: every piece, one after the other.
func layoutBlocks(blocks []export.Block, width int) []previewLine {
	pieces, _ := cutPieces(blocks, nil)
	colsOf := columnsAt(blocks, width)
	var out []previewLine
	for i := range pieces {
		out = append(out, layoutPiece(blocks, nil, pieces, i, width, colsOf)...)
	}
	return out
}

// bigMinutes is minutes too long to lay out at once (layoutNow): headings,
// paragraphs, long lists and a long table.
func bigMinutes() []export.Block {
	var blocks []export.Block
	blocks = append(blocks, export.Block{Kind: export.BlockHeading, Level: 1, Text: "Visie & Participatie: verslag van alle bijeenkomsten"})
	for s := 1; s <= 6; s++ {
		blocks = append(blocks, export.Block{Kind: export.BlockHeading, Level: 2, Text: fmt.Sprintf("Bijeenkomst %d", s)},
			export.Block{Kind: export.BlockParagraph, Text: "Doel: de spanning tussen doel-rationeel en relationeel werken verkennen, als onderlegger voor de visie."})
		var items []string
		for i := range 120 {
			items = append(items, fmt.Sprintf("[inbreng] Bijdrage %d: ik ben hier omdat ik jaren met instanties heb gepraat zonder dat er iets veranderde. — Sanne", i))
		}
		blocks = append(blocks, export.Block{Kind: export.BlockBullets, Items: items})
		var rows [][]string
		for i := range 40 {
			rows = append(rows, []string{fmt.Sprint(i), "Een plek in het buurtteam voor ervaringsdeskundigen", "Fatma", "open"})
		}
		blocks = append(blocks, export.Block{Kind: export.BlockTable, Header: []string{"Nr", "Actie", "Wie", "Stand"}, Rows: rows},
			export.Block{Kind: export.BlockNumbered, Items: []string{"een", "twee", "drie"}})
	}
	return blocks
}

// The preview of long minutes lays out only what the window reaches, yet
// shows exactly what the whole layout has at every position, through
// every key; the position is a percentage until the whole layout is
// there, and lines after.
func TestPreviewLaysOutWhatIsShown(t *testing.T) {
	blocks := bigMinutes()
	ctx, _ := testContext(t)
	k := newListKeys(ctx)
	keys := []struct {
		name string
		move func(top, h, n int) int
	}{
		{"down", func(top, h, n int) int { return top + 1 }},
		{"pgdown", func(top, h, n int) int { return top + h }},
		{"up", func(top, h, n int) int { return top - 1 }},
		{"end", func(top, h, n int) int { return n }},
		{"pgup", func(top, h, n int) int { return top - h }},
		{"home", func(top, h, n int) int { return 0 }},
	}
	for _, width := range []int{24, 77} {
		want := layoutBlocks(blocks, width)
		var p minutesPreview
		p.setBlocks(blocks)
		const h = 17
		p.fit(width, h)
		p.stopFull() // the piece-by-piece layout alone
		if p.laid == nil || p.size[len(p.size)-1] <= layoutNow {
			t.Fatal("the test minutes should be too long to lay out at once")
		}
		top := 0
		check := func(after string) {
			t.Helper()
			got := p.visible(Styles{})
			for i := range h {
				if i >= len(got) || ansi.Strip(got[i]) != want[top+i].text {
					t.Fatalf("width %d, after %s: line %d of the window is %q, want %q", width, after, i, got[min(i, len(got)-1)], want[top+i].text)
				}
			}
			if _, _, _, lines, _ := p.position(); lines {
				t.Fatalf("width %d, after %s: lines shown before the whole layout is there", width, after)
			}
		}
		check("the start")
		for round := range 40 {
			c := keys[round*7%len(keys)]
			if round%3 == 0 {
				c = keys[0]
			}
			if !p.scroll(keyMsg(c.name), k) {
				t.Fatalf("%s is not a scroll key", c.name)
			}
			top = max(0, min(c.move(top, h, len(want)), len(want)-h))
			check(c.name)
		}
		laid := 0
		for _, l := range p.laid {
			if l != nil {
				laid++
			}
		}
		if laid > len(p.pieces)/2 {
			t.Errorf("width %d: %d of %d pieces laid out for a few windows", width, laid, len(p.pieces))
		}
		// the whole layout, made beside: then the position is in lines
		p.full = startFull(p.blocks, nil, p.pieces, p.width)
		p.waitLaidOut()
		first, last, total, lines, _ := p.position()
		if !lines || first != top+1 || last != top+h || total != len(want) {
			t.Errorf("width %d: position %d–%d of %d (%v), want %d–%d of %d", width, first, last, total, lines, top+1, top+h, len(want))
		}
	}
}
