package store

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// health is what a Store knows about its file besides what is in it:
// whether it was opened read-only, and whether SQLite found it damaged.
// A Store and its batches share one.
type health struct {
	path     string
	readOnly bool
	damage   atomic.Pointer[DamageError]
	writes   atomic.Uint64 // statements and commits that changed the file, by this handle
}

// DamageError is SQLite saying that the file is damaged (a malformed
// page, a header that is not a database's), on any read or write, or in
// its quick check. From then on the store writes nothing more into the
// file; what can still be read can be rescued with Rescue.
type DamageError struct {
	Path string
	Err  error
}

func (e *DamageError) Error() string { return fmt.Sprintf("%s is damaged: %v", e.Path, e.Err) }
func (e *DamageError) Unwrap() error { return e.Err }

// Damaged lets the screens say so in plain words without knowing SQLite.
func (e *DamageError) Damaged() bool { return true }

// ReadOnlyError is a write refused because the file was opened read-only.
type ReadOnlyError struct{ Path string }

func (e *ReadOnlyError) Error() string { return e.Path + " is open read-only" }

// ReadOnly lets the screens say so in plain words.
func (e *ReadOnlyError) ReadOnly() bool { return true }

// isDamage reports whether err is SQLite's word for a damaged file.
func isDamage(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqlite3.SQLITE_CORRUPT || c == sqlite3.SQLITE_NOTADB
}

// saw passes err on; when it says the file is damaged, the store marks
// itself damaged and the error becomes a DamageError.
func (h *health) saw(err error) error {
	if err == nil || !isDamage(err) {
		return err
	}
	var de *DamageError
	if errors.As(err, &de) {
		return err
	}
	return h.mark(err)
}

// mark records that the file is damaged, as err says.
func (h *health) mark(err error) error {
	d := &DamageError{Path: h.path, Err: err}
	h.damage.CompareAndSwap(nil, d)
	return d
}

// refuse is why nothing may be written now, or nil.
func (h *health) refuse() error {
	if d := h.damage.Load(); d != nil {
		return d
	}
	if h.readOnly {
		return &ReadOnlyError{Path: h.path}
	}
	return nil
}

// ReadOnly reports whether the file was opened read-only: it could not
// be written (its permissions, a read-only share or disk).
func (s *Store) ReadOnly() bool { return s.h.readOnly }

// Damage is the damage SQLite found in the file so far, or nil.
func (s *Store) Damage() error {
	if d := s.h.damage.Load(); d != nil {
		return d
	}
	return nil
}

// QuickCheck runs SQLite's quick check on the file, on a connection of its
// own so that the store's own work does not wait for it. Damage it finds
// marks the store damaged, as a failing read or write does.
func (s *Store) QuickCheck() error {
	db, err := openDB(s.readDSN, s.h)
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	res, err := pragmaList(db, "quick_check")
	if err != nil {
		return s.h.saw(err)
	}
	if len(res) != 1 || res[0] != "ok" {
		return s.h.mark(fmt.Errorf("quick_check: %s", strings.Join(res, "; ")))
	}
	return nil
}

// Writes counts what this handle has written to the file (statements and
// commits), so that a screen can tell whether a snapshot it read may
// predate one of its own program's writes: the change feed never reports
// those (watch.go).
func (s *Store) Writes() uint64 { return s.h.writes.Load() }

// wrote counts a write that is committed (or a statement of a batch).
func (h *health) wrote() {
	h.writes.Add(1)
	processWrites.Add(1)
}

// processWrites counts the committed writes of every store in this
// process.
var processWrites atomic.Uint64

// ProcessWrites counts what all stores of this process have written, each
// counted once it is committed: werkgroep serve shares reads between its
// connections only while it stands still and the file's change feed is
// silent (screens.SharedReads).
func ProcessWrites() uint64 { return processWrites.Load() }
