package store

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// ApplicationID marks a SQLite file as a werkgroep file ("WRKG").
const ApplicationID = 0x57524b47

// Problem says why a file could not be opened, so that the caller can
// explain it in plain words.
type Problem int

const (
	NotWerkgroep Problem = iota + 1 // not SQLite, or another program's database
	Newer                           // written by a newer werkgroep
	IsDirectory
	CannotWrite
	Damaged // truncated or unreadable
)

// OpenError is returned by Open when the file cannot be used. The file is
// left exactly as it was.
type OpenError struct {
	Path    string
	Problem Problem
	Err     error
}

func (e *OpenError) Error() string {
	names := map[Problem]string{NotWerkgroep: "not a werkgroep file", Newer: "made by a newer version",
		IsDirectory: "is a directory", CannotWrite: "cannot be written", Damaged: "damaged"}
	if e.Err != nil {
		return fmt.Sprintf("open %s: %s: %v", e.Path, names[e.Problem], e.Err)
	}
	return fmt.Sprintf("open %s: %s", e.Path, names[e.Problem])
}

func (e *OpenError) Unwrap() error { return e.Err }

// Store is a werkgroep file. It implements sessions.Store.
type Store struct {
	db      *sql.DB
	q       dbtx // db, or the transaction of a batch
	inBatch bool
	path    string
	copying sync.WaitGroup // copies under way (KeepCopy); Close waits
	prog    *program       // this program's row, for its drafts (program.go)
}

// Check tells, without opening the file as a database and without writing
// anything, whether Open would refuse it: not a werkgroep file, made by a
// newer version, a folder, unreadable, or cut short. A missing or empty
// file passes: Open makes it. It takes a fraction of a millisecond, so a
// program can say what is wrong before it takes over the terminal, and
// open the file itself while it sets up the screen.
func Check(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	_, err = check(abs)
	return err
}

// Open opens the werkgroep file at path, creating it (mode 0600, and its
// folder 0700) when it does not exist or is empty.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	fresh, err := check(abs)
	if err != nil {
		return nil, err
	}
	if fresh {
		if err := create(abs); err != nil {
			return nil, err
		}
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, &OpenError{Path: abs, Problem: Damaged, Err: err}
	}
	// One connection: writes are serialised here instead of through
	// SQLITE_BUSY, and per-connection pragmas hold for every statement.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, q: roomy{db}, path: abs, prog: &program{}}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, classify(abs, err)
	}
	return s, nil
}

// Path is the absolute path of the file.
func (s *Store) Path() string { return s.path }

// Close checkpoints the write-ahead log into the file and closes it.
func (s *Store) Close() error {
	s.copying.Wait()
	s.endProgram()
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	return s.db.Close()
}

func dsn(abs string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if runtime.GOOS == "windows" {
		u.Path = "/" + u.Path
	}
	q := url.Values{}
	for _, p := range pragmas() {
		q.Add("_pragma", p)
	}
	return u.String() + "?" + q.Encode()
}

func pragmas() []string {
	p := []string{
		"busy_timeout(10000)",
		"journal_mode(WAL)",
		"synchronous(FULL)",
		"foreign_keys(ON)",
		"secure_delete(ON)",
	}
	if runtime.GOOS == "darwin" {
		// macOS only flushes to the platter with F_FULLFSYNC.
		p = append(p, "fullfsync(ON)", "checkpoint_fullfsync(ON)")
	}
	return p
}

// check reads the file without opening it as a database, so that nothing
// is written to a file that turns out not to be ours. It reports whether
// the file is new (missing or empty).
func check(abs string) (fresh bool, err error) {
	fi, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return true, nil
	case err != nil:
		return false, &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	case fi.IsDir():
		return false, &OpenError{Path: abs, Problem: IsDirectory}
	case fi.Size() == 0:
		return true, nil
	}
	f, err := os.Open(abs)
	if err != nil {
		return false, &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	}
	defer f.Close()
	h := make([]byte, 100)
	if _, err := io.ReadFull(f, h); err != nil {
		return false, &OpenError{Path: abs, Problem: NotWerkgroep}
	}
	if !bytes.Equal(h[:16], []byte("SQLite format 3\x00")) {
		return false, &OpenError{Path: abs, Problem: NotWerkgroep}
	}
	if binary.BigEndian.Uint32(h[68:]) != ApplicationID {
		return false, &OpenError{Path: abs, Problem: NotWerkgroep}
	}
	if v := int(binary.BigEndian.Uint32(h[60:])); v > SchemaVersion() {
		return false, &OpenError{Path: abs, Problem: Newer, Err: fmt.Errorf("schema version %d, this program knows %d", v, SchemaVersion())}
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:]))
	valid := binary.BigEndian.Uint32(h[24:]) == binary.BigEndian.Uint32(h[92:])
	if valid && pages > 0 && fi.Size() < pages*pageSize {
		return false, &OpenError{Path: abs, Problem: Damaged, Err: fmt.Errorf("file is %d bytes, expected %d", fi.Size(), pages*pageSize)}
	}
	return false, nil
}

// create makes a new file readable by its owner only, with the schema
// written to the main file (not only the WAL) so that check recognises it
// even after a crash straight after creation.
func create(abs string) error {
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	}
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	}
	f.Close()
	os.Chmod(abs, 0o600)
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	db, err := sql.Open("sqlite", u.String()+"?_pragma=journal_mode(DELETE)&_pragma=synchronous(FULL)")
	if err != nil {
		return &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	s := &Store{db: db, q: db, path: abs}
	if err := s.migrate(); err != nil {
		return classify(abs, err)
	}
	return nil
}

// classify turns a SQLite error on open into an OpenError.
func classify(abs string, err error) error {
	var oe *OpenError
	if errors.As(err, &oe) {
		return oe
	}
	msg := err.Error()
	for _, s := range []string{"readonly", "read-only", "unable to open", "permission denied", "disk I/O"} {
		if bytes.Contains([]byte(msg), []byte(s)) {
			return &OpenError{Path: abs, Problem: CannotWrite, Err: err}
		}
	}
	return &OpenError{Path: abs, Problem: Damaged, Err: err}
}

// NoRoomError is a write that failed because the disk is full, or the
// file may not grow (a quota, a file-size limit). The transaction was
// rolled back: what was stored before is untouched, and the same write
// can be tried again once there is room.
type NoRoomError struct{ Err error }

func (e *NoRoomError) Error() string { return "no room to write: " + e.Err.Error() }
func (e *NoRoomError) Unwrap() error { return e.Err }

// NoRoom lets the screens say so in plain words without knowing SQLite.
func (e *NoRoomError) NoRoom() bool { return true }

// noRoom marks SQLite's "disk full" and failed-write errors (a write past
// a file-size limit fails with EFBIG, which SQLite reports as a write
// error) as a NoRoomError.
func noRoom(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	if se.Code()&0xff == sqlite3.SQLITE_FULL || se.Code() == sqlite3.SQLITE_IOERR_WRITE {
		return &NoRoomError{Err: err}
	}
	return err
}

// roomy is the database or a transaction with its write errors passed
// through noRoom.
type roomy struct{ dbtx }

func (r roomy) Exec(query string, args ...any) (sql.Result, error) {
	res, err := r.dbtx.Exec(query, args...)
	return res, noRoom(err)
}

// roomyTx is a transaction whose writes and commit go through noRoom.
type roomyTx struct{ *sql.Tx }

func (t roomyTx) Exec(query string, args ...any) (sql.Result, error) {
	res, err := t.Tx.Exec(query, args...)
	return res, noRoom(err)
}

func (t roomyTx) Commit() error { return noRoom(t.Tx.Commit()) }
