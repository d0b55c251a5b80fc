package store

import (
	"database/sql"
	"fmt"
	"time"

	"werkgroep/sessions"
)

// Decisions lists a session's decisions in order.
func (s *Store) Decisions(session sessions.ID) ([]sessions.Decision, error) {
	out, err := decisionsOn(s.q, `session_id = ?`, session)
	if err != nil {
		return nil, fmt.Errorf("decisions of %d: %w", session, err)
	}
	return out, nil
}

func decisionsOn(q dbtx, where string, arg any) ([]sessions.Decision, error) {
	rows, err := q.Query(`SELECT id, session_id, text, created_at, version FROM decision WHERE `+where+` ORDER BY id`, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sessions.Decision
	for rows.Next() {
		var d sessions.Decision
		var created string
		if err := rows.Scan(&d.ID, &d.SessionID, &d.Text, &created, &d.Version); err != nil {
			return nil, err
		}
		d.Created = parseTime(created)
		out = append(out, d)
	}
	return out, rows.Err()
}

// SaveDecision adds (ID zero) or updates a decision. An update is
// stored only while the stored decision still has d.Version, which it
// then raises; otherwise it is a *sessions.ErrChanged with the stored one,
// or sessions.ErrNotFound when it is gone (sessions/changed.go).
func (s *Store) SaveDecision(d *sessions.Decision) error {
	if d.ID != 0 {
		tx, err := s.begin()
		if err != nil {
			return err
		}
		defer tx.Rollback()
		res, err := tx.Exec(`UPDATE decision SET text = ?, version = version + 1 WHERE id = ? AND version = ?`, d.Text, d.ID, d.Version)
		if err != nil {
			return fmt.Errorf("update decision %d: %w", d.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			now, err := decisionsOn(tx, `id = ?`, d.ID)
			if err != nil {
				return fmt.Errorf("update decision %d: %w", d.ID, err)
			}
			if len(now) == 0 {
				return fmt.Errorf("update decision %d: %w", d.ID, sessions.ErrNotFound)
			}
			return &sessions.ErrChanged[sessions.Decision]{Current: now[0]}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		d.Version++
		return nil
	}
	d.Created = time.Now().UTC()
	res, err := s.q.Exec(`INSERT INTO decision (session_id, text, created_at) VALUES (?, ?, ?)`, d.SessionID, d.Text, stamp(d.Created))
	if err != nil {
		return fmt.Errorf("add decision: %w", err)
	}
	d.ID, _ = res.LastInsertId()
	d.Version = 1
	return nil
}

// DeleteDecision removes a decision.
func (s *Store) DeleteDecision(id sessions.ID) error {
	_, err := s.q.Exec(`DELETE FROM decision WHERE id = ?`, id)
	return err
}

// Actions lists every action of a werkgroep, by session and order of
// adding, each with its owners.
func (s *Store) Actions(werkgroep sessions.ID) ([]sessions.Action, error) {
	out, err := actionsOn(s.q, `s.werkgroep_id = ?`, werkgroep)
	if err != nil {
		return nil, fmt.Errorf("actions of %d: %w", werkgroep, err)
	}
	return out, nil
}

// actionsOn reads the actions that where (on action a and session s)
// picks, with their owners.
func actionsOn(q dbtx, where string, arg any) ([]sessions.Action, error) {
	rows, err := q.Query(`SELECT a.id, a.session_id, a.what, a.due, a.status, a.updated_at, a.version
		FROM action a JOIN session s ON s.id = a.session_id WHERE `+where+` ORDER BY s.number, a.id`, arg)
	if err != nil {
		return nil, err
	}
	var out []sessions.Action
	at := map[sessions.ID]int{}
	for rows.Next() {
		var a sessions.Action
		var updated string
		if err := rows.Scan(&a.ID, &a.SessionID, &a.What, &a.Due, &a.Status, &updated, &a.Version); err != nil {
			rows.Close()
			return nil, err
		}
		a.Updated = parseTime(updated)
		at[a.ID] = len(out)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	owners, err := q.Query(`SELECT o.action_id, o.participant_id, o.name FROM action_owner o
		JOIN action a ON a.id = o.action_id JOIN session s ON s.id = a.session_id
		WHERE `+where+` ORDER BY o.action_id, o.position`, arg)
	if err != nil {
		return nil, fmt.Errorf("owners: %w", err)
	}
	defer owners.Close()
	for owners.Next() {
		var id sessions.ID
		var pid sql.NullInt64
		var o sessions.Owner
		if err := owners.Scan(&id, &pid, &o.Name); err != nil {
			return nil, err
		}
		o.ParticipantID = pid.Int64
		if i, ok := at[id]; ok {
			out[i].Owners = append(out[i].Owners, o)
		}
	}
	return out, owners.Err()
}

// SaveAction adds (ID zero) or updates an action with its owners, in one
// transaction. An update is stored only while the stored action still has
// a.Version, which it then raises; otherwise it is a *sessions.ErrChanged
// with the stored one, or sessions.ErrNotFound when it is gone
// (sessions/changed.go).
func (s *Store) SaveAction(a *sessions.Action) error {
	a.Updated = time.Now().UTC()
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if a.ID != 0 {
		res, err := tx.Exec(`UPDATE action SET what = ?, due = ?, status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
			a.What, a.Due, a.Status, stamp(a.Updated), a.ID, a.Version)
		if err != nil {
			return fmt.Errorf("update action %d: %w", a.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return actionChanged(tx, a.ID)
		}
		if _, err := tx.Exec(`DELETE FROM action_owner WHERE action_id = ?`, a.ID); err != nil {
			return fmt.Errorf("update action %d: %w", a.ID, err)
		}
	} else {
		res, err := tx.Exec(`INSERT INTO action (session_id, what, due, status, updated_at) VALUES (?, ?, ?, ?, ?)`,
			a.SessionID, a.What, a.Due, a.Status, stamp(a.Updated))
		if err != nil {
			return fmt.Errorf("add action: %w", err)
		}
		a.ID, _ = res.LastInsertId()
		a.Version = 0 // raised to 1 below
	}
	for i, o := range a.Owners {
		if _, err := tx.Exec(`INSERT INTO action_owner (action_id, position, participant_id, name) VALUES (?, ?, ?, ?)`,
			a.ID, i+1, nullID(o.ParticipantID), o.Name); err != nil {
			return fmt.Errorf("owner of action %d: %w", a.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	a.Version++
	return nil
}

// actionChanged is why an update of action id stored nothing: it changed
// meanwhile (the stored one), or it is gone.
func actionChanged(tx dbtx, id sessions.ID) error {
	now, err := actionsOn(tx, `a.id = ?`, id)
	if err != nil {
		return fmt.Errorf("update action %d: %w", id, err)
	}
	if len(now) == 0 {
		return fmt.Errorf("update action %d: %w", id, sessions.ErrNotFound)
	}
	return &sessions.ErrChanged[sessions.Action]{Current: now[0]}
}

// DeleteAction removes an action.
func (s *Store) DeleteAction(id sessions.ID) error {
	_, err := s.q.Exec(`DELETE FROM action WHERE id = ?`, id)
	return err
}
