package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// A file that cannot be written (its permissions, a read-only share or
// disk, a folder where no WAL can be made) is opened read-only, and
// nothing is made beside it, also when the folder could be written.
// SQLite's own read-only mode (mode=ro) still makes -wal and -shm beside
// a WAL file, so:
//
//   - with no pending WAL (no -wal, or an empty one: the normal state
//     after a program closed the file) and the schema this program knows,
//     the file is opened with immutable=1: SQLite reads only the main
//     file and makes nothing. What others change in it while it is open
//     is seen after reopening.
//   - with a pending WAL, or an older schema, immutable=1 would not see
//     the WAL's entries. The file and its WAL are copied into a private
//     folder of their own (0700, in the system's temporary folder), and
//     the copy is opened there: SQLite reads the WAL's entries from the
//     copy, and the copy is brought up to this program's schema. The copy
//     is removed on Close; the original and its WAL are left as they are.
//
// Either way the store refuses every write (health.refuse).

// writable reports whether this user may write the file and make its
// WAL. Other failures (a folder where the WAL belongs) are not a matter
// of permission: opening for writing then fails with its own message.
func writable(abs string) bool {
	for _, p := range []string{abs, abs + "-wal", abs + "-shm"} {
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
				return false
			}
			continue
		}
		f.Close()
	}
	return canWriteDir(filepath.Dir(abs))
}

// pendingWAL reports whether the file's WAL holds anything.
func pendingWAL(abs string) bool {
	fi, err := os.Stat(abs + "-wal")
	return err == nil && fi.Size() > 0
}

// immutableDSN reads the main file only, and makes nothing beside it.
func immutableDSN(abs string) string {
	return dsn(abs) + "mode=ro&immutable=1"
}

// probe lets SQLite judge a file with no pending WAL before it is opened
// for writing: its header against its size, and its schema. It writes
// nothing and makes nothing beside the file.
func probe(abs string) error {
	db, err := sql.Open("sqlite", immutableDSN(abs))
	if err != nil {
		return &OpenError{Path: abs, Problem: Damaged, Err: err}
	}
	defer db.Close()
	if err := probeDB(db); err != nil {
		return classify(abs, err)
	}
	return nil
}

// openReadOnly opens a file that cannot be written, as described above.
func openReadOnly(abs string, hd header) (*Store, error) {
	h := &health{path: abs, readOnly: true}
	if !pendingWAL(abs) && hd.version == SchemaVersion() {
		ro := immutableDSN(abs)
		db, err := openDB(ro, h)
		if err != nil {
			return nil, &OpenError{Path: abs, Problem: Damaged, Err: err}
		}
		s := &Store{db: db, q: roomy{db, h}, path: abs, prog: &program{}, h: h, readDSN: ro}
		if err := probeDB(db); err != nil {
			db.Close()
			return nil, classify(abs, err)
		}
		return s, nil
	}
	dir, copyPath, err := privateCopy(abs)
	if err != nil {
		return nil, err
	}
	db, err := openDB(dsn(copyPath, pragmas()...), h)
	if err != nil {
		os.RemoveAll(dir)
		return nil, &OpenError{Path: abs, Problem: Damaged, Err: err}
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, q: roomy{db, h}, path: abs, prog: &program{}, h: h, tmpDir: dir,
		readDSN: dsn(copyPath, "busy_timeout(10000)") + "&mode=ro"}
	// The copy is brought up to this program's schema; the store itself
	// refuses writes, so migrate writes through the database directly.
	if err := s.migrate(); err != nil {
		s.Close()
		return nil, classify(abs, err)
	}
	return s, nil
}

// privateCopy copies the file and its WAL into a new private folder, and
// returns the folder (for the caller to remove) and the copy's path.
func privateCopy(abs string) (dir, copyPath string, err error) {
	dir, err = os.MkdirTemp("", "werkgroep-alleen-lezen-")
	if err != nil {
		return "", "", &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	}
	copyPath = filepath.Join(dir, filepath.Base(abs))
	err = copyFile(abs, copyPath)
	if err == nil && pendingWAL(abs) {
		err = copyFile(abs+"-wal", copyPath+"-wal")
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", "", &OpenError{Path: abs, Problem: CannotWrite, Err: err}
	}
	return dir, copyPath, nil
}

// probeDB reads the schema, so that SQLite judges the file now.
func probeDB(db *sql.DB) error {
	var n int
	return db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&n)
}

// copyFile copies src to a new private file dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copy %s: %w", src, err)
	}
	return out.Close()
}
