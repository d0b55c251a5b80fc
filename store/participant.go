package store

import (
	"fmt"
	"time"

	"werkgroep/sessions"
)

// Participants lists a werkgroep's participants in the order they were added.
func (s *Store) Participants(werkgroep sessions.ID) ([]sessions.Participant, error) {
	out, err := participantsOn(s.q, `werkgroep_id = ?`, werkgroep)
	if err != nil {
		return nil, fmt.Errorf("participants of %d: %w", werkgroep, err)
	}
	return out, nil
}

func participantsOn(q dbtx, where string, arg any) ([]sessions.Participant, error) {
	rows, err := q.Query(`SELECT id, werkgroep_id, name, naming, naming_on, paragraph_naming, paragraph_on, about, version
		FROM participant WHERE `+where+` ORDER BY id`, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sessions.Participant
	for rows.Next() {
		var p sessions.Participant
		var on, pon string
		if err := rows.Scan(&p.ID, &p.WerkgroepID, &p.Name, &p.Naming, &on, &p.Paragraph, &pon, &p.About, &p.Version); err != nil {
			return nil, err
		}
		p.NamingOn, p.ParagraphOn = parseTime(on), parseTime(pon)
		out = append(out, p)
	}
	return out, rows.Err()
}

// SaveParticipant adds p (ID zero) or updates it. The date of a naming
// choice is set whenever the choice changes. An update is stored only
// while the stored participant still has p.Version, which it then raises;
// otherwise it is a *sessions.ErrChanged with the stored one, or
// sessions.ErrNotFound when they were removed (sessions/changed.go).
func (s *Store) SaveParticipant(p *sessions.Participant) error {
	t := time.Now().UTC()
	if p.ID == 0 {
		p.NamingOn, p.ParagraphOn = t, t
		res, err := s.q.Exec(`INSERT INTO participant (werkgroep_id, name, naming, naming_on, paragraph_naming, paragraph_on, about) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			p.WerkgroepID, p.Name, p.Naming, stamp(t), p.Paragraph, stamp(t), p.About)
		if err != nil {
			return fmt.Errorf("add participant: %w", err)
		}
		p.ID, _ = res.LastInsertId()
		p.Version = 1
		return nil
	}
	// One statement checks and writes, so that it holds the write lock
	// from the start; a naming date changes only with its choice.
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.Exec(`UPDATE participant SET name = ?,
		naming_on = CASE WHEN naming = ? THEN naming_on ELSE ? END, naming = ?,
		paragraph_on = CASE WHEN paragraph_naming = ? THEN paragraph_on ELSE ? END, paragraph_naming = ?,
		about = ?, version = version + 1
		WHERE id = ? AND version = ?`,
		p.Name, p.Naming, stamp(t), p.Naming, p.Paragraph, stamp(t), p.Paragraph, p.About, p.ID, p.Version)
	if err != nil {
		return fmt.Errorf("update participant %d: %w", p.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	now, err := participantsOn(tx, `id = ?`, p.ID)
	switch {
	case err != nil:
		return fmt.Errorf("update participant %d: %w", p.ID, err)
	case len(now) == 0:
		return fmt.Errorf("update participant %d: %w", p.ID, sessions.ErrNotFound)
	case n == 0:
		return &sessions.ErrChanged[sessions.Participant]{Current: now[0]}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	p.NamingOn, p.ParagraphOn, p.Version = now[0].NamingOn, now[0].ParagraphOn, now[0].Version
	return nil
}

// RemoveParticipant deletes a participant and their placements. With
// keepWords their contributions and drafts stay without a name; otherwise
// they are deleted. Either way the removed text is scrubbed from the file.
func (s *Store) RemoveParticipant(id sessions.ID, keepWords bool) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if !keepWords {
		for _, q := range []string{
			`DELETE FROM contribution WHERE participant_id = ?`,
			`DELETE FROM draft WHERE author_id = ?`, // every program's half-typed text of theirs
		} {
			if _, err := tx.Exec(q, id); err != nil {
				return fmt.Errorf("remove participant %d: %w", id, err)
			}
		}
	}
	stmts := []string{
		`UPDATE contribution SET participant_id = NULL WHERE participant_id = ?`,
		`DELETE FROM draft WHERE author_id = ? AND placement`, // goes with the placement
		`UPDATE draft SET author_id = NULL WHERE author_id = ?`,
		`UPDATE action SET owner_id = NULL WHERE owner_id = ?`,
		`DELETE FROM placement WHERE participant_id = ?`,
		`DELETE FROM participant WHERE id = ?`,
	}
	for _, q := range stmts {
		if _, err := tx.Exec(q, id); err != nil {
			return fmt.Errorf("remove participant %d: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return s.scrub()
}

// Attendance returns who attended a session, by participant.
func (s *Store) Attendance(session sessions.ID) (map[sessions.ID]sessions.Attendance, error) {
	rows, err := s.q.Query(`SELECT participant_id, status FROM attendance WHERE session_id = ?`, session)
	if err != nil {
		return nil, fmt.Errorf("attendance of %d: %w", session, err)
	}
	defer rows.Close()
	out := map[sessions.ID]sessions.Attendance{}
	for rows.Next() {
		var id sessions.ID
		var a sessions.Attendance
		if err := rows.Scan(&id, &a); err != nil {
			return nil, err
		}
		out[id] = a
	}
	return out, rows.Err()
}

// SetAttendance records one participant's attendance; Unknown clears it.
func (s *Store) SetAttendance(session, participant sessions.ID, a sessions.Attendance) error {
	var err error
	if a == sessions.Unknown {
		_, err = s.q.Exec(`DELETE FROM attendance WHERE session_id = ? AND participant_id = ?`, session, participant)
	} else {
		_, err = s.q.Exec(`INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, ?)
			ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status`, session, participant, a)
	}
	if err != nil {
		return fmt.Errorf("attendance: %w", err)
	}
	return nil
}

// ChangeAttendance is SetAttendance from a screen that showed was for
// the participant: stored only while that is still so, else a
// *sessions.ErrChanged with the attendance as stored now.
func (s *Store) ChangeAttendance(session, participant sessions.ID, a, was sessions.Attendance) error {
	return s.setChecked("attendance", "attendance", "status", []string{"session_id", "participant_id"},
		[]any{session, participant}, int(a), int(was), func(now int) error {
			return &sessions.ErrChanged[sessions.Attendance]{Current: sessions.Attendance(now)}
		})
}
