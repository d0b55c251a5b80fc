package screens

import (
	"os"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// The export screen offers the participatieparagraaf alone, after the
// sessions: ← from the whole process reaches it.
func TestExportOffersTheParagraafAlone(t *testing.T) {
	s, dir, _ := openExport(t, 0)
	var sc Screen = s
	sc = press(t, sc, "left")
	v := render(sc, 80, 21)
	for _, want := range []string{"‹ participatieparagraaf (los, voor een beleidsstuk) ›", "  Participatieparagraaf: Visie & Participatie"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	if !strings.HasSuffix(s.path.Value(), "visie-participatie-participatieparagraaf.md") || !strings.HasPrefix(s.path.Value(), dir) {
		t.Errorf("path %q", s.path.Value())
	}
	sc = press(t, sc, "w")
	b, err := os.ReadFile(s.path.Value())
	if err != nil || string(headingLine(b)) != "# Participatieparagraaf: Visie & Participatie" {
		t.Fatalf("written %q, %v (%s)", b, err, statusTexts())
	}
	sc = press(t, sc, "right")
	if v := render(sc, 80, 21); !strings.Contains(v, "‹ alle bijeenkomsten ›") {
		t.Errorf("→ from the paragraph should come back to the whole process:\n%s", v)
	}
	for _, sz := range [][2]int{{80, 24}, {40, 12}} {
		sc = press(t, sc, "left")
		for _, l := range strings.Split(render(sc, sz[0], sz[1]), "\n") {
			if lipgloss.Width(l) > sz[0] {
				t.Errorf("%dx%d: too wide: %q", sz[0], sz[1], l)
			}
		}
		sc = press(t, sc, "right")
	}
}
