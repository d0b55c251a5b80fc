package store

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"werkgroep/datafile"
	"werkgroep/sessions"
)

// TestKeepCopyHoldsWhatIsStoredAndKeepsTen: a copy made while the last
// entries are only in the WAL holds them, is private, and only the ten
// newest copies stay; a file of the user's own in the folder stays too.
func TestKeepCopyHoldsWhatIsStoredAndKeepsTen(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "Visie & Participatie — Zuidoost"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(w.ID)
	for i := range 5 {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: "bijdrage " + string(rune('a'+i))}
		if err := s.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	dir := CopiesDir(s.Path())
	at := time.Date(2026, 11, 22, 10, 0, 0, 0, time.Local)
	first, err := s.KeepCopy("Visie & Participatie — Zuidoost bijeenkomst 1", at)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "2026-11-22-100000-visie-participatie-zuidoost-bijeenkomst-1.db"); first != want {
		t.Errorf("copy at %s, want %s", first, want)
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(first); fi.Mode().Perm() != 0o600 {
		t.Errorf("copy mode %v, want 0600", fi.Mode().Perm())
	}
	cp, err := Open(first)
	if err != nil {
		t.Fatalf("the copy is not a werkgroep file: %v", err)
	}
	cs, _ := cp.Contributions(ss[0].ID)
	cp.Close()
	if len(cs) != 5 {
		t.Errorf("the copy holds %d contributions, want 5", len(cs))
	}

	// The same second again gets a name of its own.
	again, err := s.KeepCopy("Visie & Participatie — Zuidoost bijeenkomst 1", at)
	if err != nil || again == first || !strings.HasSuffix(again, "-2.db") {
		t.Errorf("a second copy in the same second: %s, %v", again, err)
	}
	// A copy that was opened (to look back) has SQLite's files beside it;
	// they go with it.
	os.WriteFile(first+"-wal", nil, 0o600)
	os.WriteFile(first+"-shm", nil, 0o600)
	mine := filepath.Join(dir, "mijn-eigen.db")
	os.WriteFile(mine, []byte("van mij"), 0o600)
	var made []string
	for i := range 12 {
		p, err := s.KeepCopy("bijeenkomst 2", at.Add(time.Duration(i+1)*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, filepath.Base(p))
	}
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := append(slices.Clone(made[2:]), "mijn-eigen.db")
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("left in the folder:\n%v\nwant the newest %d and the user's own file:\n%v", left, KeepCopies, want)
	}
}

// TestKeepCopyGoesBesideWrites: the copy reads through its own
// connection, so it is made while the store's one connection is in the
// middle of a write, and holds what was committed before it.
func TestKeepCopyGoesBesideWrites(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "Buurtwerk"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	tx, err := s.db.Begin() // the store's only connection, held
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() // also when failing: closing the store waits for it
	if _, err := tx.Exec(`UPDATE werkgroep SET name = 'half' WHERE id = ?`, w.ID); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	var path string
	go func() {
		var err error
		path, err = s.KeepCopy("x", time.Now())
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the copy failed beside the store's write: %v", err)
		}
	case <-time.After(20 * time.Second): // a guard against a hang, not a timing
		tx.Rollback()
		<-done
		t.Fatal("the copy waits for the store's own connection")
	}
	tx.Rollback()
	cp, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if got, _ := cp.Werkgroep(w.ID); got.Name != "Buurtwerk" {
		t.Errorf("the copy holds %q, want the committed name", got.Name)
	}
}

// TestKeepCopyWhereNoFolderCanBeMade: a file in the folder's place is a
// plain error, and nothing is written.
func TestKeepCopyWhereNoFolderCanBeMade(t *testing.T) {
	s := newStore(t)
	os.WriteFile(CopiesDir(s.Path()), []byte("in de weg"), 0o600)
	if _, err := s.KeepCopy("x", time.Now()); err == nil {
		t.Error("no error with a file where the folder should be")
	}
}

// TestBackupRefusesTheDataFileAndItsSideFiles: also the side files that
// are not there yet, and a link to the data file.
func TestBackupRefusesTheDataFileAndItsSideFiles(t *testing.T) {
	s := newStore(t)
	link := filepath.Join(t.TempDir(), "link.db")
	os.Symlink(s.Path(), link)
	for _, dst := range []string{s.Path(), s.Path() + "-journal", s.Path() + "-shm", link} {
		var de *datafile.Error
		if err := s.Backup(dst); !errors.As(err, &de) {
			t.Errorf("Backup(%s) = %v, want a refusal", dst, err)
		}
	}
	if _, err := os.Stat(s.Path() + "-journal"); err == nil {
		t.Error("a journal was made")
	}
}
