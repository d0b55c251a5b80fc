package screens

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// TestClashFitsEverySize: the question fits any window the program draws
// in, shows its choices at every height, and on a small one still shows
// where the two versions differ.
func TestClashFitsEverySize(t *testing.T) {
	ctx, _ := testContext(t)
	long := strings.Repeat("Wij willen meer ruimte voor wat bewoners zelf doen. ", 8)
	for _, gone := range []bool{false, true} {
		c := newClash(ctx, ctx.T("conflict.entry"), []string{"[inbreng] " + long + "einde A"}, []string{"[inbreng] " + long + "einde B"}, true, gone)
		for _, w := range []int{20, 21, 30, 39, 40, 41, 60, 80, 100, 160, 300} {
			for _, h := range []int{3, 5, 6, 9, 10, 12, 16, 24, 40, 100} {
				v := plain(c.View(w, h))
				lines := strings.Split(v, "\n")
				if len(lines) > h {
					t.Errorf("gone %v, %dx%d: %d lines", gone, w, h, len(lines))
				}
				for _, l := range lines {
					if lipgloss.Width(l) > w {
						t.Errorf("gone %v, %dx%d: a line of %d cells: %q", gone, w, h, lipgloss.Width(l), l)
					}
				}
				if !strings.Contains(v, strings.TrimSpace(cursorMark)) && !strings.Contains(v, "◂") {
					t.Errorf("gone %v, %dx%d: the choice is not shown:\n%s", gone, w, h, v)
				}
				if h >= 9 && w >= 40 && !gone && (!strings.Contains(v, "einde A") || !strings.Contains(v, "einde B")) {
					t.Errorf("%dx%d: where the versions differ is not shown:\n%s", w, h, v)
				}
			}
		}
	}
}
