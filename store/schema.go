package store

import (
	"fmt"

	"werkgroep/sessions"
)

// Placements returns a session's placements on the tension schema.
func (s *Store) Placements(session sessions.ID) ([]sessions.Placement, error) {
	rows, err := s.q.Query(`SELECT session_id, participant_id, dimension, now, wish, example FROM placement
		WHERE session_id = ? ORDER BY dimension, participant_id`, session)
	if err != nil {
		return nil, fmt.Errorf("placements of %d: %w", session, err)
	}
	defer rows.Close()
	var out []sessions.Placement
	for rows.Next() {
		var p sessions.Placement
		if err := rows.Scan(&p.SessionID, &p.ParticipantID, &p.Dimension, &p.Now, &p.Wish, &p.Example); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SavePlacement stores one placement, replacing an earlier one.
func (s *Store) SavePlacement(p sessions.Placement) error {
	_, err := s.q.Exec(`INSERT INTO placement (session_id, participant_id, dimension, now, wish, example) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (session_id, participant_id, dimension) DO UPDATE SET now = excluded.now, wish = excluded.wish, example = excluded.example`,
		p.SessionID, p.ParticipantID, p.Dimension, p.Now, p.Wish, p.Example)
	if err != nil {
		return fmt.Errorf("store placement: %w", err)
	}
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

// SaveSticker stores one count; zero removes it.
func (s *Store) SaveSticker(c sessions.StickerCount) error {
	var err error
	if c.Count <= 0 {
		_, err = s.q.Exec(`DELETE FROM sticker WHERE session_id = ? AND dimension = ? AND wish = ? AND point = ?`, c.SessionID, c.Dimension, c.Wish, c.Point)
	} else {
		_, err = s.q.Exec(`INSERT INTO sticker (session_id, dimension, wish, point, count) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (session_id, dimension, wish, point) DO UPDATE SET count = excluded.count`, c.SessionID, c.Dimension, c.Wish, c.Point, c.Count)
	}
	if err != nil {
		return fmt.Errorf("store sticker count: %w", err)
	}
	return nil
}
