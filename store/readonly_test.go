package store

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// lockFile makes path impossible to write for this test's user: 0400 for
// an ordinary user; for root, whom permissions do not stop, the
// immutable attribute (chattr +i), taken off again at the end.
func lockFile(t *testing.T, path string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0o400); err != nil {
			t.Fatal(err)
		}
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("chattr +i is not possible here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

// filled is a werkgroep file with n contributions in its first session.
func filled(t *testing.T, path string, n int) (*Store, sessions.Session) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w := sessions.Werkgroep{Name: "W"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(w.ID)
	for i := range n {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: strings.Repeat("woord ", i%300) + "einde"}
		if err := s.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	return s, ss[0]
}

// besides lists what lies next to path that SQLite could have made.
func besides(path string) []string {
	var out []string
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + side); err == nil {
			out = append(out, side)
		}
	}
	return out
}

// TestReadOnlyFile opens a werkgroep file that cannot be written, in a
// folder that can: it opens read-only, reads everything, refuses every
// write with a ReadOnlyError before SQLite is asked, can still be backed
// up, and nothing is made beside it or changed in it. With a pending WAL
// (a program that ended without closing), the WAL's entries are read too,
// from a private copy, and the WAL is left as it was.
func TestReadOnlyFile(t *testing.T) {
	for _, pending := range []bool{false, true} {
		name := map[bool]string{false: "closed", true: "pending WAL"}[pending]
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "alleen-lezen.db")
			s, sess := filled(t, path, 30)
			if pending {
				// The file and its WAL as a program killed now leaves them.
				copyFile(path, path+".kopie")
				copyFile(path+"-wal", path+".kopie-wal")
				s.Close()
				path += ".kopie"
			} else {
				s.Close()
			}
			lockFile(t, path)
			before := sum(t, path)
			had := besides(path)
			st, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if !st.ReadOnly() {
				t.Fatal("opened as writable")
			}
			cs, err := st.Contributions(sess.ID)
			if err != nil || len(cs) != 30 {
				t.Fatalf("read %d of 30 contributions (%v)", len(cs), err)
			}
			var ro interface{ ReadOnly() bool }
			c := sessions.Contribution{SessionID: sess.ID, StepID: sess.Steps[0].ID, Text: "nieuw"}
			if err := st.AddContribution(&c); !errors.As(err, &ro) {
				t.Errorf("a write gave %v, want a ReadOnlyError", err)
			}
			if err := st.SaveDraft(sessions.Draft{Key: "k", Text: "half"}); !errors.As(err, &ro) {
				t.Errorf("a draft gave %v, want a ReadOnlyError", err)
			}
			copyPath := filepath.Join(t.TempDir(), "kopie.db")
			if err := st.Backup(copyPath); err != nil {
				t.Errorf("backup of a read-only file: %v", err)
			}
			if err := st.QuickCheck(); err != nil {
				t.Errorf("quick check: %v", err)
			}
			st.Close()
			if sum(t, path) != before {
				t.Error("the file was changed")
			}
			if got := besides(path); strings.Join(got, ",") != strings.Join(had, ",") {
				t.Errorf("beside the file: %v, before %v", got, had)
			}
			b, err := Open(copyPath)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			if cs, _ := b.Contributions(sess.ID); len(cs) != 30 {
				t.Errorf("the backup holds %d of 30", len(cs))
			}
		})
	}
}
