package store

import (
	"database/sql"
	"fmt"

	"werkgroep/sessions"
)

// dbtx is what a Store runs statements on: the database, or the
// transaction of a batch.
type dbtx interface {
	Exec(query string, args ...any) (sql.Result, error)
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}

// txn is a transaction as the store's methods use it.
type txn interface {
	dbtx
	Commit() error
	Rollback() error
}

// begin starts a transaction, or joins the batch that is running.
func (s *Store) begin() (txn, error) {
	if err := s.h.refuse(); err != nil {
		return nil, err
	}
	if s.inBatch {
		return joined{s.q}, nil
	}
	tx, err := s.db.Begin()
	if err != nil {
		return nil, noRoom(err)
	}
	return roomyTx{tx, s.h}, nil
}

// joined is a method's transaction inside a batch: the batch commits.
type joined struct{ dbtx }

func (joined) Commit() error   { return nil }
func (joined) Rollback() error { return nil }

// Batch runs fn with a store whose writes all go into one transaction,
// made durable once at the end: all of them or none. For bulk work such
// as making a demo; capture stores each entry on its own.
func (s *Store) Batch(fn func(sessions.Store) error) error {
	if s.inBatch {
		return fn(s)
	}
	if err := s.h.refuse(); err != nil {
		return err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	b := &Store{db: s.db, q: roomy{tx, s.h}, inBatch: true, path: s.path, prog: s.prog, h: s.h}
	if err := fn(b); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return noRoom(err)
	}
	s.h.wrote() // the batch's statements counted before they were committed
	return nil
}
