package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"werkgroep/datafile"
)

// ErrExists is returned by Backup when the destination is already there:
// a backup never overwrites a file.
var ErrExists = errors.New("file already exists")

// Backup writes a consistent copy of the whole file to dst with SQLite's
// VACUUM INTO: one read transaction, so writes by this or another program
// during the copy are either all in it or not at all. The copy is made
// readable by its owner only, flushed to disk, and checked before Backup
// returns; a failed copy is removed. It refuses to write over the data
// file, the files beside it, or any other database (a *datafile.Error),
// also where no file is there yet.
func (s *Store) Backup(dst string) error {
	abs, err := filepath.Abs(dst)
	if err != nil {
		return fmt.Errorf("backup to %s: %w", dst, err)
	}
	if err := datafile.Check(dst, s.path); err != nil {
		return err
	}
	return backupVia(s.db, abs)
}

// backupVia writes the copy through db: the store's own connection, or
// one of its own so that the program's writes need not wait (KeepCopy).
func backupVia(db *sql.DB, abs string) (err error) {
	// VACUUM INTO accepts an empty file; making it ourselves gives it mode
	// 0600 from the start, and O_EXCL refuses to overwrite anything.
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("backup to %s: %w", abs, ErrExists)
	}
	if err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	f.Close()
	defer func() {
		if err != nil {
			os.Remove(abs)
			os.Remove(abs + "-journal")
		}
	}()
	if _, err := db.Exec(`VACUUM INTO ?`, abs); err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	if err := syncFile(abs); err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	if err := verifyCopy(abs); err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	return nil
}

// syncFile flushes a file and its folder entry to disk: VACUUM INTO does
// not promise that.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// syncDir flushes a folder's entries to disk. Not possible on every
// system; the files themselves are synced.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// verifyCopy checks the copy read-only: our header, and SQLite's own
// integrity check.
func verifyCopy(path string) error {
	if hd, err := check(path); err != nil || hd.fresh {
		if err == nil {
			err = errors.New("the copy is empty")
		}
		return err
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path), RawQuery: "mode=ro"}
	if runtime.GOOS == "windows" {
		u.Path = "/" + u.Path
	}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := pragmaList(db, "integrity_check")
	if err != nil {
		return err
	}
	if len(res) != 1 || res[0] != "ok" {
		return fmt.Errorf("the copy fails the integrity check: %s", strings.Join(res, "; "))
	}
	return nil
}

// pragmaList is the rows of a pragma that reports in rows of text, such as
// integrity_check and quick_check ("ok" when all is well).
func pragmaList(db *sql.DB, pragma string) ([]string, error) {
	rows, err := db.Query(`PRAGMA ` + pragma)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var res []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		res = append(res, s)
	}
	return res, rows.Err()
}
