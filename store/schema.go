package store

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"werkgroep/sessions"
)

// Placements returns a session's placements on the tension schema.
func (s *Store) Placements(session sessions.ID) ([]sessions.Placement, error) {
	return placementsOn(s.q, `session_id = ?`, session)
}

func placementsOn(q dbtx, where string, args ...any) ([]sessions.Placement, error) {
	rows, err := q.Query(`SELECT session_id, participant_id, dimension, now, wish, example, version FROM placement
		WHERE `+where+` ORDER BY dimension, participant_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("placements: %w", err)
	}
	defer rows.Close()
	var out []sessions.Placement
	for rows.Next() {
		var p sessions.Placement
		if err := rows.Scan(&p.SessionID, &p.ParticipantID, &p.Dimension, &p.Now, &p.Wish, &p.Example, &p.Version); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SavePlacement stores one placement if the stored one still has
// p.Version (zero: there was none yet), and then raises p.Version
// (sessions/changed.go). One that another program changed or made
// meanwhile is a *sessions.ErrChanged with the stored one; one that is no
// longer there (its person was removed) is sessions.ErrNotFound.
func (s *Store) SavePlacement(p *sessions.Placement) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var res sql.Result
	if p.Version == 0 {
		res, err = tx.Exec(`INSERT INTO placement (session_id, participant_id, dimension, now, wish, example) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (session_id, participant_id, dimension) DO NOTHING`,
			p.SessionID, p.ParticipantID, p.Dimension, p.Now, p.Wish, p.Example)
	} else {
		res, err = tx.Exec(`UPDATE placement SET now = ?, wish = ?, example = ?, version = version + 1
			WHERE session_id = ? AND participant_id = ? AND dimension = ? AND version = ?`,
			p.Now, p.Wish, p.Example, p.SessionID, p.ParticipantID, p.Dimension, p.Version)
	}
	if err != nil {
		return fmt.Errorf("store placement: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		now, err := placementsOn(tx, `session_id = ? AND participant_id = ? AND dimension = ?`, p.SessionID, p.ParticipantID, p.Dimension)
		if err != nil {
			return fmt.Errorf("store placement: %w", err)
		}
		if len(now) == 0 {
			return fmt.Errorf("store placement: %w", sessions.ErrNotFound)
		}
		return &sessions.ErrChanged[sessions.Placement]{Current: now[0]}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	p.Version++
	return nil
}

// Stickers returns the sticker counts of a session.
func (s *Store) Stickers(session sessions.ID) ([]sessions.StickerCount, error) {
	rows, err := s.q.Query(`SELECT session_id, dimension, wish, point, count FROM sticker WHERE session_id = ? ORDER BY dimension, wish, point`, session)
	if err != nil {
		return nil, fmt.Errorf("stickers of %d: %w", session, err)
	}
	defer rows.Close()
	var out []sessions.StickerCount
	for rows.Next() {
		var c sessions.StickerCount
		if err := rows.Scan(&c.SessionID, &c.Dimension, &c.Wish, &c.Point, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SaveSticker stores c's count at its point (zero removes it) if the
// stored count is still was (zero: none there), the count the change
// began from. Otherwise nothing is stored and it is a
// *sessions.ErrChanged with the count as stored now (zero: removed):
// setting or taking away stickers someone else changed meanwhile is a
// clash (sessions/changed.go).
func (s *Store) SaveSticker(c sessions.StickerCount, was int) error {
	return s.setChecked("store sticker count", "sticker", "count", []string{"session_id", "dimension", "wish", "point"},
		[]any{c.SessionID, c.Dimension, c.Wish, c.Point}, max(c.Count, 0), max(was, 0), func(now int) error {
			c.Count = now
			return &sessions.ErrChanged[sessions.StickerCount]{Current: c}
		})
}

// setChecked stores the number n in column col of the row of table at
// key (columns keyCols; zero removes the row) while the row still holds
// was (zero: there is no row), the number the change began from.
// Otherwise nothing is stored and changed is given the number stored now
// (zero: none), for the *sessions.ErrChanged it returns.
func (s *Store) setChecked(what, table, col string, keyCols []string, key []any, n, was int, changed func(now int) error) error {
	where := strings.Join(keyCols, " = ? AND ") + " = ?"
	var query string
	var args []any
	switch {
	case n == was:
		return nil
	case was == 0:
		query = `INSERT INTO ` + table + ` (` + strings.Join(keyCols, ", ") + `, ` + col + `) VALUES (` +
			strings.Repeat("?, ", len(keyCols)) + `?) ON CONFLICT DO NOTHING`
		args = append(slices.Clone(key), n)
	case n == 0:
		query = `DELETE FROM ` + table + ` WHERE ` + where + ` AND ` + col + ` = ?`
		args = append(slices.Clone(key), was)
	default:
		query = `UPDATE ` + table + ` SET ` + col + ` = ? WHERE ` + where + ` AND ` + col + ` = ?`
		args = append(append([]any{n}, key...), was)
	}
	var ignored int64
	return s.updateChecked(what, &ignored,
		func(tx dbtx) (sql.Result, error) { return tx.Exec(query, args...) },
		func(tx dbtx) error {
			now := 0
			err := tx.QueryRow(`SELECT `+col+` FROM `+table+` WHERE `+where, key...).Scan(&now)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("%s: %w", what, err)
			}
			return changed(now)
		})
}

// AddSticker counts one more sticker at c's point, on top of what is
// stored: adding is never a clash, and two programs adding at once both
// count. c.Count becomes the count stored now.
func (s *Store) AddSticker(c *sessions.StickerCount) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	key := []any{c.SessionID, c.Dimension, c.Wish, c.Point}
	if _, err := tx.Exec(`INSERT INTO sticker (session_id, dimension, wish, point, count) VALUES (?, ?, ?, ?, 1)
		ON CONFLICT (session_id, dimension, wish, point) DO UPDATE SET count = count + 1`, key...); err != nil {
		return fmt.Errorf("add a sticker: %w", err)
	}
	if err := tx.QueryRow(`SELECT count FROM sticker WHERE session_id = ? AND dimension = ? AND wish = ? AND point = ?`, key...).Scan(&c.Count); err != nil {
		return fmt.Errorf("add a sticker: %w", err)
	}
	return tx.Commit()
}
