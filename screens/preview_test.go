package screens

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
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
