package store

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"
	"unicode"

	"werkgroep/datafile"
)

// KeepCopies is how many copies KeepCopy keeps of a data file: the copies
// before the last ten sessions are enough to undo a mistake, and a folder
// that only grows would fill a laptop over the years.
const KeepCopies = 10

// CopiesDir is the folder where KeepCopy keeps the copies of a data file:
// beside it, named after it, so that two data files in one folder keep
// their copies apart.
func CopiesDir(data string) string { return data + ".backups" }

// copyName is how KeepCopy names a copy: the time first, so that the names
// sort by age; only such names are ever removed from the folder.
var copyName = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}-\d{6}(-[a-z0-9-]+)?(-\d+)?\.db$`)

// KeepCopy writes a copy of the whole file into CopiesDir (folder 0700,
// file 0600), named with the time and label (the werkgroep and the
// session, say), and removes the oldest copies beyond KeepCopies. It reads
// through a connection of its own, so the program can go on storing what
// is said while the copy is made (SQLite's WAL lets one write beside a
// read): the copy holds everything stored when it began. The copy is made
// under a temporary name and gets its own name only once it is whole and
// checked, so a program stopped halfway leaves no copy that looks good.
// Close waits for a copy under way. It returns the copy's path.
func (s *Store) KeepCopy(label string, at time.Time) (string, error) {
	s.copying.Add(1)
	defer s.copying.Done()
	dir := CopiesDir(s.path)
	if err := os.Mkdir(dir, 0o700); err != nil && !os.IsExist(err) {
		return "", fmt.Errorf("copy of %s: %w", s.path, err)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return "", fmt.Errorf("copy of %s: %s is not a folder", s.path, dir)
	}
	db, err := sql.Open("sqlite", readOnlyDSN(s.path))
	if err != nil {
		return "", fmt.Errorf("copy of %s: %w", s.path, err)
	}
	defer db.Close()
	base := at.Format("2006-01-02-150405")
	if l := fileLabel(label); l != "" {
		base += "-" + l
	}
	tmp := filepath.Join(dir, "."+base+fmt.Sprintf(".%d", os.Getpid())+tmpSuffix)
	os.Remove(tmp) // left by an earlier program of this id that was stopped
	if err := backupVia(db, tmp); err != nil {
		return "", err
	}
	path := filepath.Join(dir, base+".db")
	for n := 2; ; n++ {
		// A link is made only where no file is: no copy replaces another.
		err = os.Link(tmp, path)
		if err != nil && !os.IsExist(err) {
			// A file system without hard links (FAT, some shares).
			if _, statErr := os.Lstat(path); os.IsNotExist(statErr) {
				err = os.Rename(tmp, path)
			}
		}
		if !os.IsExist(err) || n > 99 {
			break
		}
		path = filepath.Join(dir, fmt.Sprintf("%s-%d.db", base, n)) // two starts within a second
	}
	os.Remove(tmp)
	if err != nil {
		return "", fmt.Errorf("copy of %s: %w", s.path, err)
	}
	syncDir(dir)
	pruneCopies(dir, at)
	return path, nil
}

// tmpSuffix ends the name of a copy being made.
const tmpSuffix = ".db.tmp"

// pruneCopies removes the oldest copies beyond KeepCopies, and copies
// that were left half made a day or more ago. Files of the user's own in
// the folder are left alone.
func pruneCopies(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	var names []string
	for _, e := range entries {
		switch {
		case !e.Type().IsRegular():
		case copyName.MatchString(e.Name()):
			names = append(names, e.Name())
		case strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), tmpSuffix):
			if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > 24*time.Hour {
				os.Remove(filepath.Join(dir, e.Name()))
			}
		}
	}
	slices.Sort(names)
	for len(names) > KeepCopies {
		old := filepath.Join(dir, names[0])
		os.Remove(old)
		for _, side := range datafile.SideSuffixes { // of a copy that was opened
			os.Remove(old + side)
		}
		names = names[1:]
	}
}

// fileLabel makes a label safe as part of a file name on every system:
// lower-case letters and digits, accents dropped, words joined by hyphens.
func fileLabel(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		r = plainRune(r)
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// another script: left out rather than risked in a name
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}

// plainRune drops the accent of the letters Dutch and its neighbours use.
func plainRune(r rune) rune {
	for _, p := range []struct {
		from string
		to   rune
	}{{"àáâãäå", 'a'}, {"èéêë", 'e'}, {"ìíîï", 'i'}, {"òóôõöø", 'o'}, {"ùúûü", 'u'}, {"ýÿ", 'y'}, {"ç", 'c'}, {"ñ", 'n'}} {
		if strings.ContainsRune(p.from, r) {
			return p.to
		}
	}
	return r
}

// readOnlyDSN opens a file for reading only, waiting for a writer as the
// store's own connection does.
func readOnlyDSN(abs string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: "mode=ro&_pragma=busy_timeout(10000)"}
	if runtime.GOOS == "windows" {
		u.Path = "/" + u.Path
	}
	return u.String()
}
