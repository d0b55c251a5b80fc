//go:build !unix

package store

// canWriteDir: elsewhere a folder that cannot be written shows when the
// file itself is opened for writing, or when SQLite makes its WAL.
func canWriteDir(dir string) bool { return true }
