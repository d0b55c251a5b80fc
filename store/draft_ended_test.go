package store

import (
	"path/filepath"
	"slices"
	"testing"

	"werkgroep/sessions"
)

// TestDraftOfAProgramThatEndsWhileAnotherTypes: two programs type in the
// same step; one ends (its terminal closed) after keeping its half-typed
// text. The other goes on typing and keeps its own text under the same
// key: that must not take over and remove the ended program's text, which
// it never had in its input. The next program is offered both.
func TestDraftOfAProgramThatEndsWhileAnotherTypes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	open := func() *Store {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a, b := open(), open()
	defer b.Close()
	const key = "capture/1/1/1/-/0"
	if err := b.SaveDraft(sessions.Draft{Key: key, Text: "bravo begint"}); err != nil {
		t.Fatal(err)
	}
	if err := a.SaveDraft(sessions.Draft{Key: key, Text: "alfa typt, en sluit dan"}); err != nil {
		t.Fatal(err)
	}
	a.Close()
	if err := b.SaveDraft(sessions.Draft{Key: key, Text: "bravo typt verder"}); err != nil {
		t.Fatal(err)
	}
	b.Close()
	c := open()
	defer c.Close()
	// Both ended under one key: the next program puts back one draft per
	// key, and storing it takes the others over, so it gets both texts
	// in one (joinSameKey), the older first.
	want := []string{"alfa typt, en sluit dan\n\nbravo typt verder"}
	got := draftTexts(t, c)
	if !slices.Equal(got, want) {
		t.Fatalf("the next program is offered %q, want %q", got, want)
	}
	if err := c.SaveDraft(sessions.Draft{Key: key, Text: got[0] + " en meer"}); err != nil {
		t.Fatal(err)
	}
	if left := draftTexts(t, c); !slices.Equal(left, []string{want[0] + " en meer"}) {
		t.Errorf("after storing what was put back: %q", left)
	}
}
