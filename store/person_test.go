package store

import (
	"path/filepath"
	"slices"
	"testing"

	"werkgroep/sessions"
)

// TestAPersonsDraftGoesBackToThatPerson: a serve connection's draft,
// left when the connection ends (closed, or the server killed), is
// offered to the next store of the same person only: not to another
// person, not to an ordinary program; another person storing in that
// step does not take it over.
func TestAPersonsDraftGoesBackToThatPerson(t *testing.T) {
	for _, end := range []string{"closed", "crashed"} {
		t.Run(end, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "w.db")
			open := func(person string) *Store {
				s, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				s.SetPerson(person)
				t.Cleanup(func() { s.Close() })
				return s
			}
			const key = "capture/1/1/1/-/0"
			anna := open("SHA256:anna")
			if err := anna.SaveDraft(sessions.Draft{Key: key, Text: "Anna typt"}); err != nil {
				t.Fatal(err)
			}
			if end == "closed" {
				anna.Close()
			} else {
				crash(anna)
			}
			bert, local := open("SHA256:bert"), open("")
			if got := draftTexts(t, bert); len(got) != 0 {
				t.Errorf("another person is offered %q", got)
			}
			if got := draftTexts(t, local); len(got) != 0 {
				t.Errorf("an ordinary program is offered %q", got)
			}
			if err := bert.SaveDraft(sessions.Draft{Key: key, Text: "Bert typt"}); err != nil {
				t.Fatal(err)
			}
			if err := bert.SaveDraft(sessions.Draft{Key: key, Text: ""}); err != nil { // Bert stores his entry
				t.Fatal(err)
			}
			again := open("SHA256:anna")
			if got := draftTexts(t, again); !slices.Equal(got, []string{"Anna typt"}) {
				t.Errorf("Anna connecting again is offered %q, want her own text", got)
			}
			if err := again.SaveDraft(sessions.Draft{Key: key, Text: "Anna typt verder"}); err != nil {
				t.Fatal(err)
			}
			if got := draftTexts(t, again); !slices.Equal(got, []string{"Anna typt verder"}) {
				t.Errorf("after taking it over Anna has %q", got)
			}
		})
	}
}
