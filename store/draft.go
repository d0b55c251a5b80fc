package store

import (
	"database/sql"
	"fmt"
	"strings"

	"werkgroep/sessions"
)

// Half-typed text belongs to the program it was typed in (program.go):
// two programs typing in the same step each keep their own draft under
// the same key. A program sees its own drafts and those of programs that
// have ended, never another running program's; saving under a key takes
// over the ended programs' drafts under that key, so that a draft put
// back and then stored or changed is not offered again.

// Drafts returns this program's drafts and those kept by programs that
// no longer run, oldest first.
func (s *Store) Drafts() ([]sessions.Draft, error) {
	me, mine := s.prog.current(), s.person()
	rows, err := s.q.Query(`SELECT d.owner, d.key, d.text, d.updated_at, d.author_id, d.placement, p.host, p.pid, p.person
		FROM draft d LEFT JOIN program p ON p.id = d.owner ORDER BY d.updated_at, d.key`)
	if err != nil {
		return nil, fmt.Errorf("drafts: %w", err)
	}
	defer rows.Close()
	var out []sessions.Draft
	for rows.Next() {
		var d sessions.Draft
		var owner int64
		var at string
		var author sql.NullInt64
		var r run
		if err := rows.Scan(&owner, &d.Key, &d.Text, &at, &author, &d.Placement, &r.host, &r.pid, &r.person); err != nil {
			return nil, fmt.Errorf("drafts: %w", err)
		}
		if !s.offered(me, owner, r, mine) {
			continue // another program's, still being typed, or another person's (person.go)
		}
		d.Updated, d.Author = parseTime(at), author.Int64
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return joinSameKey(out), nil
}

// joinSameKey makes one draft of the drafts that share a key, author and
// kind (two programs that typed in the same step and both ended): a
// screen puts back one draft per key, and storing it takes the others
// over (takeOver), so each text must be in the one that is put back. The
// texts follow each other, oldest first, a blank line between them.
// Drafts of different authors stay apart, so that removing one person
// still removes only their words.
func joinSameKey(ds []sessions.Draft) []sessions.Draft {
	type group struct {
		key       string
		author    sessions.ID
		placement bool
	}
	at := map[group]int{}
	out := ds[:0:0]
	for _, d := range ds {
		g := group{d.Key, d.Author, d.Placement}
		i, seen := at[g]
		if !seen {
			at[g] = len(out)
			out = append(out, d)
			continue
		}
		if !strings.Contains(out[i].Text, d.Text) {
			out[i].Text += "\n\n" + d.Text
		}
		if d.Updated.After(out[i].Updated) {
			out[i].Updated = d.Updated
		}
	}
	return out
}

// SaveDraft keeps a half-typed entry under its key for this program; an
// empty text removes it. Either way the drafts of ended programs under
// the same key are removed: this program has taken their text over.
func (s *Store) SaveDraft(d sessions.Draft) error {
	s.prog.mu.Lock()
	defer s.prog.mu.Unlock()
	tx, err := s.begin()
	if err != nil {
		return fmt.Errorf("save draft: %w", err)
	}
	defer tx.Rollback()
	me, fresh, err := s.owner(tx)
	if err != nil {
		return fmt.Errorf("save draft: %w", err)
	}
	if d.Text == "" {
		_, err = tx.Exec(`DELETE FROM draft WHERE owner = ? AND key = ?`, me, d.Key)
	} else {
		_, err = tx.Exec(`INSERT INTO draft (owner, key, text, updated_at, author_id, placement) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (owner, key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
				author_id = excluded.author_id, placement = excluded.placement`,
			me, d.Key, d.Text, now(), nullID(d.Author), d.Placement)
	}
	if err != nil {
		return fmt.Errorf("save draft: %w", err)
	}
	if err := s.takeOver(tx, me, d.Key); err != nil {
		return fmt.Errorf("save draft: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save draft: %w", err)
	}
	if fresh {
		s.adopt(me)
	}
	return nil
}

// takeOver removes the drafts under key of programs that have ended, but
// only those kept before this program first kept a draft: a program that
// ended while this one was already typing (its terminal closed, say) left
// text this program never had in its input, and that must not go.
func (s *Store) takeOver(tx txn, me int64, key string) error {
	var mine string
	if err := tx.QueryRow(`SELECT started_at FROM program WHERE id = ?`, me).Scan(&mine); err != nil {
		return err
	}
	started := parseTime(mine)
	rows, err := tx.Query(`SELECT d.owner, d.updated_at, p.host, p.pid, p.person FROM draft d LEFT JOIN program p ON p.id = d.owner
		WHERE d.key = ? AND d.owner != ?`, key, me)
	if err != nil {
		return err
	}
	var ended []int64
	for rows.Next() {
		var owner int64
		var at string
		var r run
		if err := rows.Scan(&owner, &at, &r.host, &r.pid, &r.person); err != nil {
			rows.Close()
			return err
		}
		if s.offered(me, owner, r, s.prog.person) && !parseTime(at).After(started) {
			ended = append(ended, owner)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, owner := range ended {
		if _, err := tx.Exec(`DELETE FROM draft WHERE owner = ? AND key = ?`, owner, key); err != nil {
			return err
		}
	}
	return nil
}
