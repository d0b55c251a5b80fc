// Package datafile keeps what the program writes beside a werkgroep file
// (minutes, their charts, the participatieparagraaf, backups) from ever
// replacing a database: the open data file, the files SQLite keeps beside
// it, or any other SQLite file. The export writer and the backup both ask
// Check before they write, so the command line and the screens refuse alike.
//
// Files are compared as files (os.SameFile), not by name, so a symbolic or
// hard link to the data file is refused too; names are compared only for
// side files that do not exist yet, as writing one would make SQLite take
// it for its own the next time the data file is opened.
package datafile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"werkgroep/i18n"
)

// Reason says what the refused file is, so that callers can say it plainly.
type Reason int

const (
	IsData     Reason = iota + 1 // the data file itself, or a link to it
	IsSideFile                   // its -wal, -shm or -journal
	IsDatabase                   // another SQLite database
)

// SideSuffixes are the files SQLite keeps beside a database.
var SideSuffixes = []string{"-wal", "-shm", "-journal"}

// Error is a write that was refused: nothing was written.
type Error struct {
	Path   string // what was to be written, as given
	Data   string // the data file it belongs to (empty for IsDatabase)
	Reason Reason
}

func (e *Error) Error() string {
	switch e.Reason {
	case IsData:
		return fmt.Sprintf("write %s: that is the data file %s", e.Path, e.Data)
	case IsSideFile:
		return fmt.Sprintf("write %s: that belongs to the data file %s", e.Path, e.Data)
	}
	return fmt.Sprintf("write %s: that is a SQLite database", e.Path)
}

// Check reports an *Error when writing target would replace data (the
// open data file; empty when there is none), one of its side files, or any
// SQLite database. Other errors (a folder that cannot be read) are left to
// the write itself, which will meet them.
func Check(target, data string) error {
	final := Resolve(target)
	if data != "" {
		dataFinal := Resolve(data)
		for i, name := range append([]string{dataFinal}, sidesOf(dataFinal)...) {
			if !samePath(final, name) && !sameFile(final, name) {
				continue
			}
			r := IsSideFile
			if i == 0 {
				r = IsData
			}
			return &Error{Path: target, Data: data, Reason: r}
		}
	}
	if isSQLite(final) {
		return &Error{Path: target, Reason: IsDatabase}
	}
	return nil
}

func sidesOf(path string) []string {
	var out []string
	for _, s := range SideSuffixes {
		out = append(out, path+s)
	}
	return out
}

// Resolve is the file a write to path ends up in: symbolic links followed
// to the end, also to a file that does not exist yet, and the folders on
// the way resolved too. Where a link cannot be read, it stops there.
func Resolve(path string) string {
	p, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	for range 40 { // the limit of links a system follows
		fi, err := os.Lstat(p)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			break
		}
		to, err := os.Readlink(p)
		if err != nil {
			break
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		p = filepath.Clean(to)
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
		p = filepath.Join(dir, filepath.Base(p))
	}
	return p
}

// samePath compares names the way the system does: without case on macOS
// and Windows, whose usual file systems ignore it.
func samePath(a, b string) bool {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return strings.EqualFold(a, b)
	}
	return a == b
}

func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// isSQLite looks at the file's header: every SQLite database starts so.
func isSQLite(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	h := make([]byte, 16)
	if _, err := io.ReadFull(f, h); err != nil {
		return false
	}
	return bytes.Equal(h, []byte("SQLite format 3\x00"))
}

// Say is the refusal in plain words, in the chrome's language: what the
// file is, and to choose another name.
func (e *Error) Say(t i18n.Catalog) string {
	switch e.Reason {
	case IsData:
		a, _ := filepath.Abs(e.Path)
		b, _ := filepath.Abs(e.Data)
		if a == b {
			return t.T("refused.data", e.Path)
		}
		return t.T("refused.link", e.Path, e.Data)
	case IsSideFile:
		return t.T("refused.side", e.Path, e.Data)
	}
	return t.T("refused.database", e.Path)
}
