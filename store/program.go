package store

import (
	"database/sql"
	"os"
	"strings"
	"sync"
)

// Each program that keeps a draft has a row in the program table (its
// computer and process), made with its first draft and removed when it
// closes the file. A draft whose program has no row, or whose process is
// gone, is of a program that has ended (closed, crashed or killed), and is
// offered to the next one. A row from another computer is of a program
// that has ended too: SQLite's WAL mode works only with every program on
// one computer, so that file was carried over. A process number reused
// by a later, unrelated process keeps a crashed program's draft back
// until that process ends: late, never lost.

// program is this store's row, shared with its batches.
type program struct {
	mu     sync.Mutex
	id     int64  // 0 until the first draft
	person string // whose drafts (person.go); '' for an ordinary program
}

func (p *program) current() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.id
}

// run is a program row as read beside a draft: null when there is none.
type run struct {
	host   sql.NullString
	pid    sql.NullInt64
	person sql.NullString
}

// openHere are the program rows of stores open in this process, by file:
// this process is alive, but a row with its process number is running
// only if one of its own stores holds it (two stores on one file in one
// process are two programs; an old row may carry a reused number).
var openHere = struct {
	sync.Mutex
	rows map[hereKey]bool
}{rows: map[hereKey]bool{}}

type hereKey struct {
	path string
	id   int64
}

var hostname = sync.OnceValue(func() string {
	h, _ := os.Hostname()
	return h
})

// owner is this store's program row, made by its first draft inside
// that draft's transaction tx (one write to disk, not three; if the draft
// is not stored, neither is the row). It tidies on the way: the rows of
// ended programs that keep no draft go. The caller holds s.prog.mu and,
// when fresh, takes the row as its own once tx is committed (adopt).
func (s *Store) owner(tx txn) (id int64, fresh bool, err error) {
	if s.prog.id != 0 {
		return s.prog.id, false, nil
	}
	res, err := tx.Exec(`INSERT INTO program (host, pid, started_at, person) VALUES (?, ?, ?, ?)`, hostname(), os.Getpid(), now(), s.prog.person)
	if err != nil {
		return 0, false, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, err
	}
	return id, true, s.forgetEnded(tx, id)
}

// adopt makes the committed row id this store's own.
func (s *Store) adopt(id int64) {
	s.prog.id = id
	openHere.Lock()
	openHere.rows[hereKey{s.path, id}] = true
	openHere.Unlock()
}

// forgetEnded removes the rows of ended programs that keep no draft, all
// in one statement; me is the row just made, not yet known as running.
func (s *Store) forgetEnded(tx txn, me int64) error {
	rows, err := tx.Query(`SELECT id, host, pid FROM program WHERE id != ? AND id NOT IN (SELECT owner FROM draft)`, me)
	if err != nil {
		return err
	}
	var ended []any
	for rows.Next() {
		var id int64
		var r run
		if err := rows.Scan(&id, &r.host, &r.pid); err != nil {
			rows.Close()
			return err
		}
		if !s.running(id, r) {
			ended = append(ended, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ended) == 0 {
		return err
	}
	_, err = tx.Exec(`DELETE FROM program WHERE id IN (?`+strings.Repeat(", ?", len(ended)-1)+`)`, ended...)
	return err
}

// running reports whether the program of row id (read as r) still runs.
func (s *Store) running(id int64, r run) bool {
	if !r.host.Valid || r.host.String != hostname() {
		return false
	}
	if int(r.pid.Int64) == os.Getpid() {
		openHere.Lock()
		defer openHere.Unlock()
		return openHere.rows[hereKey{s.path, id}]
	}
	return processAlive(int(r.pid.Int64))
}

// endProgram removes this store's program row when it closes the file:
// its drafts are then offered to the next program.
func (s *Store) endProgram() {
	p := s.prog
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.id == 0 {
		return
	}
	// a person's row stays while it keeps drafts: it says whose they are
	s.q.Exec(`DELETE FROM program WHERE id = ? AND (person = '' OR id NOT IN (SELECT owner FROM draft))`, p.id)
	openHere.Lock()
	delete(openHere.rows, hereKey{s.path, p.id})
	openHere.Unlock()
	p.id = 0
}
