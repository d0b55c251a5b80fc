package store

import (
	"io/fs"
	"os"
)

// ModeChange is what Open did about a data file that others could read
// (copied from elsewhere, say): it was made readable by its owner only,
// with its -wal and -shm, or, when that was not allowed (not this user's
// file, a share), it was left as it was and opened anyway (Err).
type ModeChange struct {
	From, To fs.FileMode
	Err      error
}

// ModeChange is what Open did about the file's mode; nil when it was
// private already.
func (s *Store) ModeChange() *ModeChange { return s.mode }

// makePrivate takes the group's and others' permissions off the file and
// its -wal and -shm. The owner's own bits stay: a file the owner made
// read-only stays read-only.
func makePrivate(abs string) *ModeChange {
	var mc *ModeChange
	for _, p := range []string{abs, abs + "-wal", abs + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil || fi.Mode().Perm()&0o077 == 0 {
			continue
		}
		from := fi.Mode().Perm()
		to := from &^ 0o077
		err = os.Chmod(p, to)
		if mc == nil {
			mc = &ModeChange{From: from, To: to}
		}
		if err != nil && mc.Err == nil {
			mc.Err = err
			mc.To = from
		}
	}
	return mc
}
