package store

import (
	"database/sql"
	"fmt"
	"time"

	"werkgroep/sessions"
)

const sessionCols = `id, werkgroep_id, number, title, purpose, date, place, status, approved_on, changed_on, version`

func scanSession(sc interface{ Scan(...any) error }) (sessions.Session, error) {
	var se sessions.Session
	err := sc.Scan(&se.ID, &se.WerkgroepID, &se.Number, &se.Title, &se.Purpose, &se.Date, &se.Place, &se.Status, &se.ApprovedOn, &se.ChangedOn, &se.Version)
	return se, err
}

// Sessions returns a werkgroep's sessions in order, each with its steps.
func (s *Store) Sessions(werkgroep sessions.ID) ([]sessions.Session, error) {
	rows, err := s.q.Query(`SELECT `+sessionCols+` FROM session WHERE werkgroep_id = ? ORDER BY number`, werkgroep)
	if err != nil {
		return nil, fmt.Errorf("sessions of %d: %w", werkgroep, err)
	}
	var out []sessions.Session
	for rows.Next() {
		se, err := scanSession(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, se)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	steps, err := s.stepsOf(`SELECT s.id, s.session_id, s.position, s.kind, s.title, s.purpose, s.prompt, s.timebox_sec, s.skipped, s.elapsed_sec, s.private, s.version
		FROM step s JOIN session se ON se.id = s.session_id WHERE se.werkgroep_id = ? ORDER BY s.session_id, s.position`, werkgroep)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Steps = steps[out[i].ID]
	}
	return out, nil
}

// Session returns one session with its steps.
func (s *Store) Session(id sessions.ID) (sessions.Session, error) {
	se, err := scanSession(s.q.QueryRow(`SELECT `+sessionCols+` FROM session WHERE id = ?`, id))
	if err != nil {
		return se, notFound("session", id, err)
	}
	steps, err := s.stepsOf(`SELECT id, session_id, position, kind, title, purpose, prompt, timebox_sec, skipped, elapsed_sec, private, version
		FROM step WHERE session_id = ? ORDER BY position`, id)
	se.Steps = steps[id]
	return se, err
}

func (s *Store) stepsOf(query string, arg any) (map[sessions.ID][]sessions.Step, error) {
	return stepsOn(s.q, query, arg)
}

func stepsOn(q dbtx, query string, arg any) (map[sessions.ID][]sessions.Step, error) {
	rows, err := q.Query(query, arg)
	if err != nil {
		return nil, fmt.Errorf("steps: %w", err)
	}
	defer rows.Close()
	out := map[sessions.ID][]sessions.Step{}
	for rows.Next() {
		var st sessions.Step
		var kind string
		var timebox, elapsed int64
		if err := rows.Scan(&st.ID, &st.SessionID, &st.Position, &kind, &st.Title, &st.Purpose, &st.Prompt, &timebox, &st.Skipped, &elapsed, &st.Private, &st.Version); err != nil {
			return nil, err
		}
		st.Kind = sessions.StepKind(kind)
		st.Timebox = time.Duration(timebox) * time.Second
		st.Elapsed = time.Duration(elapsed) * time.Second
		out[st.SessionID] = append(out[st.SessionID], st)
	}
	return out, rows.Err()
}

// UpdateSession saves a session's title, purpose, date, place, status and
// approval, if the stored session still has se.Version, which it then
// raises. Otherwise it is a *sessions.ErrChanged with the stored session
// (without its steps), or sessions.ErrNotFound when it is gone
// (sessions/changed.go). Its steps are saved one by one.
func (s *Store) UpdateSession(se *sessions.Session) error {
	return s.updateChecked(fmt.Sprintf("update session %d", se.ID), &se.Version,
		func(tx dbtx) (sql.Result, error) {
			return tx.Exec(`UPDATE session SET title = ?, purpose = ?, date = ?, place = ?, status = ?, approved_on = ?, changed_on = ?,
				version = version + 1 WHERE id = ? AND version = ?`,
				se.Title, se.Purpose, se.Date, se.Place, se.Status, se.ApprovedOn, se.ChangedOn, se.ID, se.Version)
		},
		func(tx dbtx) error {
			now, err := scanSession(tx.QueryRow(`SELECT `+sessionCols+` FROM session WHERE id = ?`, se.ID))
			if err != nil {
				return notFound("session", se.ID, err)
			}
			return &sessions.ErrChanged[sessions.Session]{Current: now}
		})
}

// updateChecked runs update, one statement `… WHERE id = ? AND version =
// ?`, in a transaction; when it matched no row, changed (in the same
// transaction) says why: *sessions.ErrChanged or ErrNotFound. When it
// did, *version is raised to the stored one.
func (s *Store) updateChecked(what string, version *int64, update func(dbtx) (sql.Result, error), changed func(dbtx) error) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := update(tx)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return changed(tx)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*version++
	return nil
}

// AddSession appends a session, with an opening and a closing step.
func (s *Store) AddSession(werkgroep sessions.ID, title string) (sessions.Session, error) {
	var n int
	if err := s.q.QueryRow(`SELECT coalesce(max(number), 0) + 1 FROM session WHERE werkgroep_id = ?`, werkgroep).Scan(&n); err != nil {
		return sessions.Session{}, err
	}
	res, err := s.q.Exec(`INSERT INTO session (werkgroep_id, number, title) VALUES (?, ?, ?)`, werkgroep, n, title)
	if err != nil {
		return sessions.Session{}, fmt.Errorf("add session: %w", err)
	}
	id, _ := res.LastInsertId()
	return s.Session(id)
}

// AddStep stores a new step. With Position zero it goes last; otherwise
// the steps from that position on move down one place.
func (s *Store) AddStep(st *sessions.Step) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if st.Position <= 0 {
		if err := tx.QueryRow(`SELECT coalesce(max(position), 0) + 1 FROM step WHERE session_id = ?`, st.SessionID).Scan(&st.Position); err != nil {
			return err
		}
	} else if _, err := tx.Exec(`UPDATE step SET position = position + 1 WHERE session_id = ? AND position >= ?`, st.SessionID, st.Position); err != nil {
		return err
	}
	if st.Kind == "" {
		st.Kind = sessions.StepActivity
	}
	res, err := tx.Exec(`INSERT INTO step (session_id, position, kind, title, purpose, prompt, timebox_sec, skipped, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		st.SessionID, st.Position, string(st.Kind), st.Title, st.Purpose, st.Prompt, int64(st.Timebox.Seconds()), st.Skipped, st.Private)
	if err != nil {
		return fmt.Errorf("add step: %w", err)
	}
	st.ID, _ = res.LastInsertId()
	st.Version = 1
	return tx.Commit()
}

// UpdateStep saves a step's kind, title, purpose, prompt, timebox,
// whether it is skipped and whether what is said there is for the group
// only, if the stored step still has st.Version, which it then raises.
// Otherwise it is a *sessions.ErrChanged with the stored step, or
// sessions.ErrNotFound when it is gone (sessions/changed.go).
func (s *Store) UpdateStep(st *sessions.Step) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.Exec(`UPDATE step SET kind = ?, title = ?, purpose = ?, prompt = ?, timebox_sec = ?, skipped = ?, private = ?, version = version + 1
		WHERE id = ? AND version = ?`,
		string(st.Kind), st.Title, st.Purpose, st.Prompt, int64(st.Timebox.Seconds()), st.Skipped, st.Private, st.ID, st.Version)
	if err != nil {
		return fmt.Errorf("update step %d: %w", st.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		now, err := stepsOn(tx, `SELECT id, session_id, position, kind, title, purpose, prompt, timebox_sec, skipped, elapsed_sec, private, version
			FROM step WHERE id = ?`, st.ID)
		if err != nil {
			return fmt.Errorf("update step %d: %w", st.ID, err)
		}
		for _, steps := range now {
			return &sessions.ErrChanged[sessions.Step]{Current: steps[0]}
		}
		return fmt.Errorf("update step %d: %w", st.ID, sessions.ErrNotFound)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	st.Version++
	return nil
}

// DeleteStep removes a step with what was captured in it.
func (s *Store) DeleteStep(id sessions.ID) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var session sessions.ID
	var pos int
	if err := tx.QueryRow(`SELECT session_id, position FROM step WHERE id = ?`, id).Scan(&session, &pos); err != nil {
		return notFound("step", id, err)
	}
	if _, err := tx.Exec(`DELETE FROM step WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete step %d: %w", id, err)
	}
	if _, err := tx.Exec(`UPDATE step SET position = position - 1 WHERE session_id = ? AND position > ?`, session, pos); err != nil {
		return err
	}
	return tx.Commit()
}

// MoveStep swaps a step with its neighbour delta places away (±1).
func (s *Store) MoveStep(id sessions.ID, delta int) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var session sessions.ID
	var pos int
	if err := tx.QueryRow(`SELECT session_id, position FROM step WHERE id = ?`, id).Scan(&session, &pos); err != nil {
		return notFound("step", id, err)
	}
	var other sessions.ID
	err = tx.QueryRow(`SELECT id FROM step WHERE session_id = ? AND position = ?`, session, pos+delta).Scan(&other)
	if err == sql.ErrNoRows {
		return nil // already first or last
	} else if err != nil {
		return err
	}
	if _, err := tx.Exec(`UPDATE step SET position = ? WHERE id = ?`, pos, other); err != nil {
		return err
	}
	if _, err := tx.Exec(`UPDATE step SET position = ? WHERE id = ?`, pos+delta, id); err != nil {
		return err
	}
	return tx.Commit()
}

// SetElapsed saves how much of a step's timer has been used, in seconds.
func (s *Store) SetElapsed(step sessions.ID, elapsed int64) error {
	_, err := s.q.Exec(`UPDATE step SET elapsed_sec = ? WHERE id = ?`, elapsed, step)
	return err
}
