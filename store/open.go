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

	_ "modernc.org/sqlite" // registers the "sqlite" driver
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
	h       *health
	readDSN string      // a read-only connection to the same data, for QuickCheck
	tmpDir  string      // a private copy that a read-only file is shown from, removed on Close
	mode    *ModeChange // what Open did about a file that others could read
}

// Check tells, without writing anything, whether Open would refuse the
// file: not a werkgroep file or made by a newer version (its header), a
// folder, or one SQLite finds damaged when it opens it (probe; a file with
// a pending WAL is judged when it is opened). A missing or empty file
// passes: Open makes it. It takes about half a millisecond, so a program
// can say what is wrong before it takes over the terminal, and open the
// file itself while it sets up the screen.
func Check(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	hd, err := check(abs)
	if err != nil || hd.fresh || pendingWAL(abs) {
		return err
	}
	return probe(abs)
}

// Open opens the werkgroep file at path, creating it (mode 0600, and its
// folder 0700) when it does not exist or is empty. A file that others may
// read is made private first (ModeChange). A file that cannot be written
// is opened read-only (ReadOnly), without anything made beside it
// (readonly.go). A file SQLite finds damaged on opening is refused with
// Problem Damaged; damage found later is reported by Damage.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	hd, err := check(abs)
	if err != nil {
		return nil, err
	}
	if hd.fresh {
		if err := create(abs); err != nil {
			return nil, err
		}
	}
	mode := makePrivate(abs)
	if !hd.fresh && !writable(abs) {
		s, err := openReadOnly(abs, hd)
		if s != nil {
			s.mode = mode
		}
		return s, err
	}
	// SQLite judges the file as it opens it: one it finds damaged there
	// (cut short, a broken schema) fails before anything is written, and
	// SQLite removes the WAL it may have begun
	// (TestTruncatedFilesAreRefusedUntouched). Check does the same
	// without opening for writing, for the program's start.
	h := &health{path: abs}
	db, err := openDB(dsn(abs, pragmas()...), h)
	if err != nil {
		return nil, &OpenError{Path: abs, Problem: Damaged, Err: err}
	}
	// One connection: writes are serialised here instead of through
	// SQLITE_BUSY, and per-connection pragmas hold for every statement.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, q: roomy{db, h}, path: abs, prog: &program{}, h: h, readDSN: dsn(abs, "busy_timeout(10000)") + "&mode=ro", mode: mode}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, classify(abs, err)
	}
	return s, nil
}

// Path is the absolute path of the file.
func (s *Store) Path() string { return s.path }

// Close checkpoints the write-ahead log into the file and closes it. A
// file opened read-only or found damaged is not written to, not even by
// the checkpoint.
func (s *Store) Close() error {
	s.copying.Wait()
	if s.h.refuse() == nil {
		s.endProgram()
		s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	}
	err := s.db.Close()
	if s.tmpDir != "" {
		os.RemoveAll(s.tmpDir)
	}
	return err
}

// dsn is the connection string for the file at abs with the given pragmas.
func dsn(abs string, pragmas ...string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if runtime.GOOS == "windows" {
		u.Path = "/" + u.Path
	}
	q := url.Values{}
	for _, p := range pragmas {
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

// header is what check read from a file's first bytes.
type header struct {
	fresh   bool // missing or empty: Open makes it
	version int  // the schema version it holds
}

// check reads the file without opening it as a database, so that nothing
// is written to a file that turns out not to be ours. It does not judge
// whether the file is whole: its header may count pages that are still
// only in the write-ahead log (a checkpoint cut short by a full disk),
// which is not damage. SQLite judges that (probe, and QuickCheck).
func check(abs string) (header, error) {
	fi, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return header{fresh: true}, nil
	case err != nil:
		return header{}, &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	case fi.IsDir():
		return header{}, &OpenError{Path: abs, Problem: IsDirectory}
	case fi.Size() == 0:
		return header{fresh: true}, nil
	}
	f, err := os.Open(abs)
	if err != nil {
		return header{}, &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	}
	defer f.Close()
	h := make([]byte, 100)
	if _, err := io.ReadFull(f, h); err != nil {
		return header{}, &OpenError{Path: abs, Problem: NotWerkgroep}
	}
	if !bytes.Equal(h[:16], []byte("SQLite format 3\x00")) {
		return header{}, &OpenError{Path: abs, Problem: NotWerkgroep}
	}
	if binary.BigEndian.Uint32(h[68:]) != ApplicationID {
		return header{}, &OpenError{Path: abs, Problem: NotWerkgroep}
	}
	v := int(binary.BigEndian.Uint32(h[60:]))
	if v > SchemaVersion() {
		return header{}, &OpenError{Path: abs, Problem: Newer, Err: fmt.Errorf("schema version %d, this program knows %d", v, SchemaVersion())}
	}
	return header{version: v}, nil
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
	s := &Store{db: db, q: db, path: abs, h: &health{path: abs}}
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
