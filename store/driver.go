package store

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"modernc.org/sqlite"
)

// Every statement the store runs goes through these wrappers around the
// driver's connections, so that an error SQLite gives anywhere, on a read
// as on a write, in a query, a scan or a commit, passes one place: when it
// says the file is damaged, the store knows it at once, however the caller
// then handles the error (health.saw).

// openDB opens dsn with every error watched by h.
func openDB(dsn string, h *health) (*sql.DB, error) {
	base, err := sqlite.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(watcher{base, h}), nil
}

type watcher struct {
	driver.Connector
	h *health
}

// conn is what the driver's connections implement; database/sql uses the
// context forms when they are there.
type conn interface {
	driver.Conn
	driver.ExecerContext
	driver.QueryerContext
	driver.ConnPrepareContext
	driver.ConnBeginTx
	driver.SessionResetter
	driver.Validator
}

func (w watcher) Connect(ctx context.Context) (driver.Conn, error) {
	c, err := w.Connector.Connect(ctx)
	if err != nil {
		return nil, w.h.saw(err)
	}
	return watchedConn{c.(conn), w.h, &stmtCache{kept: map[string]*keptStmt{}}}, nil
}

// watchedConn runs each statement through its kept prepared statement
// (stmtcache.go) and passes every error through health.saw.
type watchedConn struct {
	conn
	h     *health
	cache *stmtCache
}

func (c watchedConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	if k := c.take(ctx, q); k != nil {
		r, err := k.ExecContext(ctx, args)
		k.busy = false
		return r, c.h.saw(err)
	}
	r, err := c.conn.ExecContext(ctx, q, args)
	return r, c.h.saw(err)
}

func (c watchedConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	if k := c.take(ctx, q); k != nil {
		r, err := k.QueryContext(ctx, args)
		if err != nil {
			k.busy = false
			return nil, c.h.saw(err)
		}
		return keptRows{watchedRows{r, c.h}, k}, nil
	}
	r, err := c.conn.QueryContext(ctx, q, args)
	if err != nil {
		return nil, c.h.saw(err)
	}
	return watchedRows{r, c.h}, nil
}

func (c watchedConn) Prepare(q string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), q)
}

func (c watchedConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	s, err := c.conn.PrepareContext(ctx, q)
	if err != nil {
		return nil, c.h.saw(err)
	}
	return watchedStmt{s.(stmt), c.h}, nil
}

func (c watchedConn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

func (c watchedConn) BeginTx(ctx context.Context, o driver.TxOptions) (driver.Tx, error) {
	t, err := c.conn.BeginTx(ctx, o)
	if err != nil {
		return nil, c.h.saw(err)
	}
	return watchedTx{t, c.h}, nil
}

type stmt interface {
	driver.Stmt
	driver.StmtExecContext
	driver.StmtQueryContext
}

type watchedStmt struct {
	stmt
	h *health
}

func (s watchedStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	r, err := s.stmt.ExecContext(ctx, args)
	return r, s.h.saw(err)
}

func (s watchedStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	r, err := s.stmt.QueryContext(ctx, args)
	if err != nil {
		return nil, s.h.saw(err)
	}
	return watchedRows{r, s.h}, nil
}

type watchedRows struct {
	driver.Rows
	h *health
}

func (r watchedRows) Next(dest []driver.Value) error { return r.h.saw(r.Rows.Next(dest)) }

type watchedTx struct {
	driver.Tx
	h *health
}

func (t watchedTx) Commit() error { return t.h.saw(t.Tx.Commit()) }
