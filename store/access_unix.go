//go:build unix

package store

import "golang.org/x/sys/unix"

// canWriteDir reports whether files can be made in dir (SQLite makes the
// WAL there). access(2) answers for this user, and says EROFS on a
// read-only disk or share, also to root.
func canWriteDir(dir string) bool { return unix.Access(dir, unix.W_OK) == nil }
