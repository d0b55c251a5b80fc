package export

import (
	"strings"
	"testing"

	"werkgroep/demo"
	"werkgroep/sessions"
)

func TestNumberHasThousandsSeparators(t *testing.T) {
	for _, c := range []struct {
		n      int
		nl, en string
	}{{0, "0", "0"}, {7, "7", "7"}, {999, "999", "999"}, {1000, "1.000", "1,000"}, {10400, "10.400", "10,400"},
		{1234567, "1.234.567", "1,234,567"}, {-10400, "-10.400", "-10,400"}} {
		if got := number(sessions.Dutch, c.n); got != c.nl {
			t.Errorf("nl %d: %q, want %q", c.n, got, c.nl)
		}
		if got := number(sessions.English, c.n); got != c.en {
			t.Errorf("en %d: %q, want %q", c.n, got, c.en)
		}
	}
}

// The large demo's paragraph counts its contributions with a separator.
func TestLargeCountsAreReadable(t *testing.T) {
	md, _ := demoHTML(t, demo.Large)
	i := strings.Index(md.Markdown, "Van de ")
	if i < 0 {
		t.Fatal("no count of the contributions in the paragraph")
	}
	count := strings.Fields(md.Markdown[i+len("Van de "):])[0]
	if len(count) < 5 || count[len(count)-4] != '.' {
		t.Errorf("the count reads %q, want a thousands separator (10.400)", count)
	}
}
