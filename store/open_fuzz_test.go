package store

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"werkgroep/sessions"
)

// werkgroepBytes is a small, valid werkgroep file with one contribution.
func werkgroepBytes(f *testing.F) []byte {
	path := filepath.Join(f.TempDir(), "seed.db")
	s, err := Open(path)
	if err != nil {
		f.Fatal(err)
	}
	w := sessions.Werkgroep{Name: "W"}
	s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
	ss, _ := s.Sessions(w.ID)
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: "zaad"}
	s.AddContribution(&c)
	s.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// foreignBytes is another program's SQLite database.
func foreignBytes(f *testing.F) []byte {
	path := filepath.Join(f.TempDir(), "other.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		f.Fatal(err)
	}
	db.Exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('boodschappen')`)
	db.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// FuzzOpen opens any bytes as a data file. Opening never panics; when it
// refuses the file it says why (an *OpenError) and leaves the file and
// its neighbours exactly as they were; it accepts only an empty file or
// one marked as a werkgroep file, which can then be read and closed
// without a panic. The corpus is in
// testdata/fuzz/FuzzOpen; .ci/extra runs it.
func FuzzOpen(f *testing.F) {
	good := werkgroepBytes(f)
	f.Add(good)
	f.Add(good[:100])
	f.Add(good[:4096])
	f.Add([]byte{})
	f.Add([]byte("SQLite format 3\x00"))
	cut := bytes.Clone(good)
	cut[60] = 0xff // a schema version from the future
	f.Add(cut)
	f.Add(foreignBytes(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.db")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			var oe *OpenError
			if !errors.As(err, &oe) {
				t.Fatalf("refused without an OpenError: %v", err)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(after, data) {
				t.Fatalf("refused (%v) but changed the file", err)
			}
			for _, side := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + side); err == nil {
					t.Fatalf("refused (%v) but made %s", err, side)
				}
			}
			return
		}
		defer s.Close()
		if len(data) > 0 && (len(data) < 72 || binary.BigEndian.Uint32(data[68:]) != ApplicationID) {
			t.Fatalf("opened a file that is not a werkgroep file (%d bytes)", len(data))
		}
		if list, err := s.Werkgroepen(); err == nil {
			for _, w := range list {
				if ss, err := s.Sessions(w.ID); err == nil {
					for _, se := range ss {
						s.Contributions(se.ID)
					}
				}
			}
		}
		s.Drafts()
	})
}
