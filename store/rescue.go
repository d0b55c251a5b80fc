package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Rescued says what Rescue copied: rows per table, and how many rows (or
// whole tables) could not be read.
type Rescued struct {
	Rows       int            // rows copied in all
	PerTable   map[string]int // rows copied, by table
	LostRows   int            // rows that could not be read
	LostTables []string       // tables of which nothing could be read
}

// Rescue copies everything that can still be read from the damaged
// werkgroep file at src into a new, sound werkgroep file at dst: table by
// table, and row by row where a table is partly unreadable. src is only
// read (read-only, with its WAL as readonly.go describes); dst must not
// exist yet, is made 0600, and passes SQLite's integrity check when Rescue
// returns without error. Rows that point at something lost (a
// contribution of a session that could not be read) are left out, so
// that the new file is whole.
func Rescue(src, dst string) (r Rescued, err error) {
	absSrc, err := filepath.Abs(src)
	if err != nil {
		return r, fmt.Errorf("rescue %s: %w", src, err)
	}
	hd, err := check(absSrc)
	if err != nil {
		return r, err
	}
	if hd.fresh {
		return r, &OpenError{Path: absSrc, Problem: NotWerkgroep}
	}
	// From a private copy: the WAL's rows are read too, and nothing is
	// changed in place. writable_schema lets SQLite read a file that is
	// shorter than its header says (cut off) up to where it ends, instead
	// of refusing it whole; nothing is written through it.
	dir, copyPath, err := privateCopy(absSrc)
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(dir)
	from, err := sql.Open("sqlite", dsn(copyPath, "writable_schema(1)", "busy_timeout(10000)")+"&mode=ro")
	if err != nil {
		return r, err
	}
	defer from.Close()
	from.SetMaxOpenConns(1)
	abs, err := filepath.Abs(dst)
	if err != nil {
		return r, fmt.Errorf("rescue to %s: %w", dst, err)
	}
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return r, fmt.Errorf("rescue to %s: %w", abs, ErrExists)
	}
	if err != nil {
		return r, fmt.Errorf("rescue to %s: %w", abs, err)
	}
	f.Close()
	defer func() {
		if err != nil {
			os.Remove(abs)
			os.Remove(abs + "-journal")
		}
	}()
	if err := create(abs); err != nil {
		return r, fmt.Errorf("rescue to %s: %w", abs, err)
	}
	to, err := sql.Open("sqlite", dsn(abs, "journal_mode(DELETE)", "synchronous(FULL)", "foreign_keys(OFF)"))
	if err != nil {
		return r, fmt.Errorf("rescue to %s: %w", abs, err)
	}
	defer to.Close()
	to.SetMaxOpenConns(1)
	r, err = copyReadable(from, to)
	if err != nil {
		return r, fmt.Errorf("rescue to %s: %w", abs, err)
	}
	if err := to.Close(); err != nil {
		return r, fmt.Errorf("rescue to %s: %w", abs, err)
	}
	if err := syncFile(abs); err != nil {
		return r, fmt.Errorf("rescue to %s: %w", abs, err)
	}
	if err := verifyCopy(abs); err != nil {
		return r, fmt.Errorf("rescue to %s: %w", abs, err)
	}
	return r, nil
}

// copyReadable copies the rows of every table of the new file's schema
// that can be read from the old one, in one transaction.
func copyReadable(from, to *sql.DB) (Rescued, error) {
	r := Rescued{PerTable: map[string]int{}}
	tables, err := column(to, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
	if err != nil {
		return r, err
	}
	colsOf := map[string][]string{}
	for _, t := range tables {
		if colsOf[t], err = column(to, `SELECT name FROM pragma_table_info(?)`, t); err != nil {
			return r, err
		}
	}
	tx, err := to.Begin()
	if err != nil {
		return r, err
	}
	defer tx.Rollback()
	for _, t := range tables {
		cols := colsOf[t]
		if have, err := column(from, `SELECT name FROM pragma_table_info(?)`, t); err == nil && len(have) > 0 {
			cols = common(cols, have)
		}
		n, lost, err := copyTable(from, tx, t, cols)
		if err != nil {
			return r, err
		}
		r.PerTable[t] = n
		r.Rows += n
		if lost < 0 {
			r.LostTables = append(r.LostTables, t)
		} else {
			r.LostRows += lost
		}
	}
	orphans, err := dropOrphans(tx)
	if err != nil {
		return r, err
	}
	r.Rows -= orphans
	r.LostRows += orphans
	return r, tx.Commit()
}
