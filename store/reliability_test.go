package store

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// The store's share of RELIABILITY.md: the settings that make a stored
// entry durable, a full disk, damaged files, and removing a participant's
// words from the file itself.

// TestDurableSettings checks the pragmas every connection runs with.
// SIGKILL tests cannot see a missing fsync (the kernel keeps the page
// cache), so the settings themselves are checked here.
func TestDurableSettings(t *testing.T) {
	s := newStore(t)
	want := map[string]string{
		"journal_mode":  "wal",
		"synchronous":   "2", // FULL
		"secure_delete": "1",
		"foreign_keys":  "1",
		"busy_timeout":  "10000",
	}
	if runtime.GOOS == "darwin" {
		want["fullfsync"] = "1"
		want["checkpoint_fullfsync"] = "1"
	}
	for p, w := range want {
		var got string
		if err := s.db.QueryRow("PRAGMA " + p).Scan(&got); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if got != w {
			t.Errorf("PRAGMA %s = %s, want %s", p, got, w)
		}
	}
}

// TestFullDiskKeepsWhatWasStored fills the database to its page limit
// (SQLite's own "database or disk is full"): the write fails as a
// NoRoomError, earlier entries are intact, and the same write succeeds
// once there is room.
func TestFullDiskKeepsWhatWasStored(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "W"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(w.ID)
	add := func(text string) error {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: text}
		return s.AddContribution(&c)
	}
	if err := add("eerst"); err != nil {
		t.Fatal(err)
	}
	var pages int
	s.db.QueryRow(`PRAGMA page_count`).Scan(&pages)
	s.db.Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages))
	big := strings.Repeat("veel tekst ", 20000)
	err := add(big)
	var nr *NoRoomError
	if !errors.As(err, &nr) {
		t.Fatalf("a write to a full file gave %v, want a NoRoomError", err)
	}
	var full interface{ NoRoom() bool }
	if !errors.As(fmt.Errorf("wrapped: %w", err), &full) || !full.NoRoom() {
		t.Error("the screens cannot recognise the error through wrapping")
	}
	// In a transaction (SetOutcome) and in a batch the same holds.
	cs, _ := s.Contributions(ss[0].ID)
	if err := s.SetOutcome(cs[0].ID, sessions.NotAdopted, big); !errors.As(err, &nr) {
		t.Errorf("SetOutcome on a full file: %v, want a NoRoomError", err)
	}
	if err := s.Batch(func(b sessions.Store) error {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: big}
		return b.AddContribution(&c)
	}); !errors.As(err, &nr) {
		t.Errorf("a batch on a full file: %v, want a NoRoomError", err)
	}
	if cs, _ := s.Contributions(ss[0].ID); len(cs) != 1 || cs[0].Text != "eerst" || cs[0].Outcome != sessions.OutcomeOpen {
		t.Fatalf("after the failed writes: %+v", cs)
	}
	s.db.Exec(`PRAGMA max_page_count = 1073741823`)
	if err := add(big); err != nil {
		t.Fatalf("with room again: %v", err)
	}
	checkIntegrity(t, s.db)
}

func checkIntegrity(t *testing.T, db *sql.DB) {
	t.Helper()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q, %v", res, err)
	}
}

// TestTruncatedFilesAreRefusedUntouched cuts a werkgroep file at several
// places. SQLite judges each (Open's probe): one it finds damaged is
// refused with a problem the user can act on, unchanged, with nothing
// made beside it; one it can read whole (the last byte of the last page
// was not in use) opens with everything in it. Check only reads the
// header: a cut before the header's end is not a werkgroep file.
func TestTruncatedFilesAreRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "heel.db")
	s, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	w := sessions.Werkgroep{Name: "W"}
	s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
	ss, _ := s.Sessions(w.ID)
	for i := range 200 {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: strings.Repeat("woorden ", i)}
		s.AddContribution(&c)
	}
	s.Close()
	whole, _ := os.ReadFile(src)
	if len(whole) < 16384 {
		t.Fatalf("file of %d bytes is too small for this test", len(whole))
	}
	refused := 0
	for _, n := range []int{1, 15, 99, 100, 4096, len(whole) / 2, len(whole) - 1} {
		path := filepath.Join(dir, fmt.Sprintf("cut-%d.db", n))
		os.WriteFile(path, whole[:n], 0o600)
		before := sum(t, path)
		var oe *OpenError
		if err := Check(path); n < 100 && (!errors.As(err, &oe) || oe.Problem != NotWerkgroep) {
			t.Errorf("Check, cut at %d: %v, want not a werkgroep file", n, err)
		}
		st, err := Open(path)
		if err == nil {
			cs, err := st.Contributions(ss[0].ID)
			st.Close()
			if err != nil || len(cs) != 200 {
				t.Errorf("cut at %d: opened, but %d of 200 contributions read (%v)", n, len(cs), err)
			}
			checkIntegrity(t, readOnlyDB(t, path))
			continue
		}
		refused++
		if !errors.As(err, &oe) || (oe.Problem != Damaged && oe.Problem != NotWerkgroep) {
			t.Errorf("cut at %d: %v, want damaged or not a werkgroep file", n, err)
		}
		if sum(t, path) != before {
			t.Errorf("cut at %d: the file was changed", n)
		}
		for _, side := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(path + side); err == nil {
				t.Errorf("cut at %d: %s was made beside it", n, side)
			}
		}
	}
	if refused < 6 {
		t.Errorf("%d of 7 cut files refused, want at least 6", refused)
	}
}

// TestRemovedWordsAreGoneFromTheFile removes a participant with "delete
// what they said" while others' words share the same pages, and then
// searches the raw bytes of the file, its WAL and its shared-memory file
// (while still open, and after closing) for every word that was theirs.
// A second program has the file open at the same time.
func TestRemovedWordsAreGoneFromTheFile(t *testing.T) {
	for _, keep := range []bool{false, true} {
		t.Run(fmt.Sprintf("keepWords=%v", keep), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "w.db")
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			other, err := Open(path) // a second program on the same file
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()
			w := sessions.Werkgroep{Name: "W"}
			s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
			ss, _ := s.Sessions(w.ID)
			gone := sessions.Participant{WerkgroepID: w.ID, Name: "Xandria Quenelle", About: "werkt bij Zwavelkade", Naming: sessions.FullName}
			stays := sessions.Participant{WerkgroepID: w.ID, Name: "Bram Blijft", Naming: sessions.FullName}
			s.SaveParticipant(&gone)
			s.SaveParticipant(&stays)
			// Interleaved, so that their words and others' share pages,
			// and enough to split pages and checkpoint on the way.
			var theirs []sessions.ID
			for i := range 600 {
				c := sessions.Contribution{SessionID: ss[i%4].ID, StepID: ss[i%4].Steps[1].ID, ParticipantID: stays.ID,
					Text: fmt.Sprintf("gewone bijdrage %d %s", i, strings.Repeat("blijft ", i%40))}
				if i%3 == 0 {
					c.ParticipantID = gone.ID
					c.Text = fmt.Sprintf("Quokkageheim%04d over mijn buurman %s", i, strings.Repeat("vertrouwelijk ", i%40))
				}
				if err := s.AddContribution(&c); err != nil {
					t.Fatal(err)
				}
				if c.ParticipantID == gone.ID {
					theirs = append(theirs, c.ID)
				}
			}
			for _, id := range theirs[:20] {
				s.SetOutcome(id, sessions.NotAdopted, "Quokkanotitie past niet")
			}
			for d := 1; d <= 5; d++ {
				s.SavePlacement(&sessions.Placement{SessionID: ss[0].ID, ParticipantID: gone.ID, Dimension: d, Now: 2, Wish: 6, Example: "Zwavelvoorbeeld bij de gemeente"})
			}
			other.Werkgroepen() // the other program reads now and then
			// Half-typed text of theirs in both programs, and of someone else.
			capture := fmt.Sprintf("capture/%d/%d/%d/p%d/0", w.ID, ss[0].ID, ss[0].Steps[1].ID, gone.ID)
			example := fmt.Sprintf("schema/%d/%d/%d/1", w.ID, ss[0].ID, gone.ID)
			for _, d := range []struct {
				st *Store
				sessions.Draft
			}{
				{s, sessions.Draft{Key: capture, Text: "Quokkaklad nog niet af", Author: gone.ID}},
				{other, sessions.Draft{Key: capture, Text: "Quokkaklad van de ander", Author: gone.ID}},
				{s, sessions.Draft{Key: example, Text: "Zwavelschets van het voorbeeld", Author: gone.ID, Placement: true}},
				{s, sessions.Draft{Key: "capture/9/9/9/p9/0", Text: "Bram typt nog", Author: stays.ID}},
			} {
				if err := d.st.SaveDraft(d.Draft); err != nil {
					t.Fatal(err)
				}
			}

			if err := s.RemoveParticipant(gone.ID, keep); err != nil {
				t.Fatal(err)
			}
			secrets := []string{"Xandria", "Quenelle", "Zwavelkade", "Zwavelvoorbeeld", "Zwavelschets"}
			if !keep {
				secrets = append(secrets, "Quokkageheim", "Quokkanotitie", "Quokkaklad")
			}
			checkDraftsAfterRemoval(t, s, other, gone.ID, keep)
			searchFiles(t, path, secrets, "right after removing")
			if keep {
				cs, _ := s.WerkgroepContributions(w.ID)
				n := 0
				for _, c := range cs {
					if strings.HasPrefix(c.Text, "Quokkageheim") {
						n++
						if c.ParticipantID != 0 {
							t.Errorf("kept words still name participant %d", c.ParticipantID)
						}
					}
				}
				if n != len(theirs) {
					t.Errorf("%d of their %d contributions kept", n, len(theirs))
				}
			}
			s.Close()
			other.Close()
			searchFiles(t, path, secrets, "after closing")
		})
	}
}

// searchFiles fails when any of words occurs in the raw bytes of the
// database, its WAL or its shared-memory file.
func searchFiles(t *testing.T, path string, words []string, when string) {
	t.Helper()
	for _, f := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		b, err := os.ReadFile(f)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words {
			if i := bytes.Index(b, []byte(w)); i >= 0 {
				t.Errorf("%s: %q is still in %s at byte %d", when, w, filepath.Base(f), i)
			}
		}
	}
}

// TestSideFilesArePrivate: SQLite makes the WAL and shared-memory files
// with the database's own mode, so they are the owner's only too.
func TestSideFilesArePrivate(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "W"}
	s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
	for _, f := range []string{s.Path(), s.Path() + "-wal", s.Path() + "-shm"} {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", filepath.Base(f), fi.Mode().Perm())
		}
	}
	fi, _ := os.Stat(filepath.Dir(s.Path()))
	if fi.Mode().Perm() != 0o700 {
		t.Errorf("the folder made for the file has mode %v, want 0700", fi.Mode().Perm())
	}
}

// readOnlyDB opens path the way a second reader would, making nothing
// beside a file without a WAL. The test closes it at its end.
func readOnlyDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", immutableDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestCheckpointCutShortIsNotDamage: a full disk at quit cuts the
// checkpoint short, so the main file's header counts a page more than
// the file holds while the WAL still has every entry. Check and Open
// must take that for what it is (SQLite reads the pages from the WAL),
// not for damage: everything is there.
func TestCheckpointCutShortIsNotDamage(t *testing.T) {
	dir := t.TempDir()
	s, sess := filled(t, filepath.Join(dir, "bron.db"), 60)
	path := filepath.Join(dir, "vol.db")
	copyFile(filepath.Join(dir, "bron.db"), path)
	copyFile(filepath.Join(dir, "bron.db-wal"), path+"-wal")
	s.Close()
	b, _ := os.ReadFile(path)
	binary.BigEndian.PutUint32(b[28:], uint32(len(b)/4096+1)) // a page more than the file holds
	os.WriteFile(path, b, 0o600)
	if err := Check(path); err != nil {
		t.Fatalf("Check: %v", err)
	}
	st, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer st.Close()
	if cs, err := st.Contributions(sess.ID); err != nil || len(cs) != 60 {
		t.Fatalf("%d of 60 contributions (%v)", len(cs), err)
	}
	if err := st.QuickCheck(); err != nil {
		t.Fatalf("quick check: %v", err)
	}
}
