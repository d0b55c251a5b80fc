package store

import (
	"context"
	"strings"
)

// Every query and write the store runs is one of a few dozen texts, run
// again and again: a program that follows another reads the session it
// shows at each change (issue 15), and SQLite parsing and planning each
// text anew was a quarter of that. So each connection keeps the
// statements it ran prepared, one per text, and runs them again with new
// arguments. SQLite prepares a statement again by itself when the schema
// changed meanwhile (sqlite3_prepare_v2), so a kept statement never runs
// against an old schema. A statement that is still running (its rows
// open, in a transaction that reads two things at once) is not taken a
// second time: that run goes the ordinary way, prepared for once.
//
// database/sql uses one connection from one goroutine at a time and
// closes rows under the same lock, so the cache needs no lock of its own.

// maxKept bounds the statements kept per connection: texts built with a
// varying number of arguments (program.go) must not grow it without end.
const maxKept = 256

type stmtCache struct {
	kept map[string]*keptStmt
}

type keptStmt struct {
	stmt
	busy bool
}

// take is the kept statement for q, prepared now when it is new; nil
// when q should not be kept (a script of several statements, or the
// cache is full) or its statement is running.
func (c watchedConn) take(ctx context.Context, q string) *keptStmt {
	if k, ok := c.cache.kept[q]; ok {
		if k.busy {
			return nil
		}
		k.busy = true
		return k
	}
	if len(c.cache.kept) >= maxKept || strings.Contains(q, ";") {
		return nil
	}
	s, err := c.conn.PrepareContext(ctx, q)
	if err != nil {
		return nil // the ordinary way gives the error
	}
	k := &keptStmt{stmt: s.(stmt), busy: true}
	c.cache.kept[q] = k
	return k
}

// keptRows gives the statement back when its rows are closed.
type keptRows struct {
	watchedRows
	k *keptStmt
}

func (r keptRows) Close() error {
	err := r.watchedRows.Close()
	r.k.busy = false
	return err
}

// Close finalizes the kept statements before the connection closes.
func (c watchedConn) Close() error {
	for q, k := range c.cache.kept {
		k.stmt.Close()
		delete(c.cache.kept, q)
	}
	return c.conn.Close()
}
