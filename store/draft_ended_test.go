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
	want := []string{"alfa typt, en sluit dan", "bravo typt verder"}
	if got := draftTexts(t, c); !slices.Equal(got, want) {
		t.Errorf("the next program is offered %q, want %q", got, want)
	}
}
