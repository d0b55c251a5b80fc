package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"werkgroep/sessions"
)

// damage overwrites the header of a page in the middle of the file (a
// page of contributions: the file is mostly those), as a bad disk or a
// clumsy copy would, and returns the file's bytes afterwards.
func damage(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := len(b) / 4096 / 2 * 4096
	copy(b[page:page+12], []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDamageStopsWrites: a file with a damaged page opens (SQLite sees
// nothing wrong in its header and schema); SQLite's quick check finds the
// damage, and so does a read that reaches the page. From then on the
// store writes nothing more into the file (a DamageError, the file byte
// for byte as it was, also after Close), and Rescue copies every
// readable row into a new, sound werkgroep file and says how many.
func TestDamageStopsWrites(t *testing.T) {
	for _, how := range []string{"quick check", "read"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "beschadigd.db")
			s, sess := filled(t, path, 400)
			s.Close()
			bytes := damage(t, path)
			st, err := Open(path)
			if err != nil {
				t.Fatalf("a file damaged inside does not open: %v", err)
			}
			if st.Damage() != nil {
				t.Fatal("damaged before anything was read")
			}
			var found error
			if how == "quick check" {
				found = st.QuickCheck()
			} else {
				_, found = st.Contributions(sess.ID)
			}
			var de interface{ Damaged() bool }
			if !errors.As(found, &de) || st.Damage() == nil {
				t.Fatalf("the %s gave %v; Damage() = %v", how, found, st.Damage())
			}
			c := sessions.Contribution{SessionID: sess.ID, StepID: sess.Steps[0].ID, Text: "na de schade"}
			if err := st.AddContribution(&c); !errors.As(err, &de) {
				t.Errorf("a write after the damage gave %v, want a DamageError", err)
			}
			if err := st.SaveDraft(sessions.Draft{Key: "k", Text: "half"}); !errors.As(err, &de) {
				t.Errorf("a draft after the damage gave %v, want a DamageError", err)
			}
			st.Close()
			if now, _ := os.ReadFile(path); string(now) != string(bytes) {
				t.Error("the damaged file was written to")
			}

			out := filepath.Join(dir, "gered.db")
			r, err := Rescue(path, out)
			if err != nil {
				t.Fatalf("rescue: %v", err)
			}
			if r.Rows == 0 || r.PerTable["contribution"] < 300 || r.PerTable["contribution"] >= 400 || r.LostRows == 0 {
				t.Errorf("rescued %+v, want most of the 400 contributions and a few lost", r)
			}
			t.Logf("rescued %+v", r)
			g, err := Open(out)
			if err != nil {
				t.Fatalf("the rescued file does not open: %v", err)
			}
			defer g.Close()
			if err := g.QuickCheck(); err != nil {
				t.Errorf("the rescued file: %v", err)
			}
			cs, err := g.Contributions(sess.ID)
			if err != nil || len(cs) != r.PerTable["contribution"] {
				t.Errorf("the rescued file has %d contributions (%v), Rescue said %d", len(cs), err, r.PerTable["contribution"])
			}
			if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
				t.Errorf("rescued file is %v, want 0600", fi.Mode().Perm())
			}
		})
	}
}
