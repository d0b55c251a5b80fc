package store

import (
	"database/sql"
	"errors"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// NoRoomError is a write that failed because the disk is full, or the
// file may not grow (a quota, a file-size limit). The transaction was
// rolled back: what was stored before is untouched, and the same write
// can be tried again once there is room.
type NoRoomError struct{ Err error }

func (e *NoRoomError) Error() string { return "no room to write: " + e.Err.Error() }
func (e *NoRoomError) Unwrap() error { return e.Err }

// NoRoom lets the screens say so in plain words without knowing SQLite.
func (e *NoRoomError) NoRoom() bool { return true }

// noRoom marks SQLite's "disk full" and failed-write errors (a write past
// a file-size limit fails with EFBIG, which SQLite reports as a write
// error) as a NoRoomError.
func noRoom(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	if se.Code()&0xff == sqlite3.SQLITE_FULL || se.Code() == sqlite3.SQLITE_IOERR_WRITE {
		return &NoRoomError{Err: err}
	}
	return err
}

// roomy is the database or a transaction with its write errors passed
// through noRoom. It refuses every write to a file opened read-only or
// found damaged (health.refuse), before SQLite is asked.
type roomy struct {
	dbtx
	h *health
}

func (r roomy) Exec(query string, args ...any) (sql.Result, error) {
	if err := r.h.refuse(); err != nil {
		return nil, err
	}
	res, err := r.dbtx.Exec(query, args...)
	if err == nil {
		r.h.wrote()
	}
	return res, noRoom(err)
}

// roomyTx is a transaction whose writes and commit go through noRoom.
type roomyTx struct {
	*sql.Tx
	h *health
}

func (t roomyTx) Exec(query string, args ...any) (sql.Result, error) {
	res, err := t.Tx.Exec(query, args...)
	return res, noRoom(err)
}

func (t roomyTx) Commit() error {
	err := t.Tx.Commit()
	if err == nil {
		t.h.wrote()
	}
	return noRoom(err)
}
