// Package store keeps werkgroepen in one SQLite file through the pure-Go
// modernc.org/sqlite driver, so the program cross-compiles without cgo.
//
// It lives in its own package rather than inside sessions so that the
// domain stays free of SQL: sessions defines the Store interface, this
// package implements it. Opening checks a file read-only before anything
// is written to it; migrations are embedded and versioned by user_version.
package store
