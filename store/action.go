package store

import (
	"database/sql"
	"fmt"
	"time"

	"werkgroep/sessions"
)

// Decisions lists a session's decisions in order.
func (s *Store) Decisions(session sessions.ID) ([]sessions.Decision, error) {
	rows, err := s.q.Query(`SELECT id, session_id, text, created_at FROM decision WHERE session_id = ? ORDER BY id`, session)
	if err != nil {
		return nil, fmt.Errorf("decisions of %d: %w", session, err)
	}
	defer rows.Close()
	var out []sessions.Decision
	for rows.Next() {
		var d sessions.Decision
		var created string
		if err := rows.Scan(&d.ID, &d.SessionID, &d.Text, &created); err != nil {
			return nil, err
		}
		d.Created = parseTime(created)
		out = append(out, d)
	}
	return out, rows.Err()
}

// SaveDecision adds (ID zero) or updates a decision.
func (s *Store) SaveDecision(d *sessions.Decision) error {
	if d.ID != 0 {
		_, err := s.q.Exec(`UPDATE decision SET text = ? WHERE id = ?`, d.Text, d.ID)
		return err
	}
	d.Created = time.Now().UTC()
	res, err := s.q.Exec(`INSERT INTO decision (session_id, text, created_at) VALUES (?, ?, ?)`, d.SessionID, d.Text, stamp(d.Created))
	if err != nil {
		return fmt.Errorf("add decision: %w", err)
	}
	d.ID, _ = res.LastInsertId()
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
	rows, err := s.q.Query(`SELECT a.id, a.session_id, a.what, a.due, a.status, a.updated_at
		FROM action a JOIN session s ON s.id = a.session_id WHERE s.werkgroep_id = ? ORDER BY s.number, a.id`, werkgroep)
	if err != nil {
		return nil, fmt.Errorf("actions of %d: %w", werkgroep, err)
	}
	var out []sessions.Action
	at := map[sessions.ID]int{}
	for rows.Next() {
		var a sessions.Action
		var updated string
		if err := rows.Scan(&a.ID, &a.SessionID, &a.What, &a.Due, &a.Status, &updated); err != nil {
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
	owners, err := s.q.Query(`SELECT o.action_id, o.participant_id, o.name FROM action_owner o
		JOIN action a ON a.id = o.action_id JOIN session s ON s.id = a.session_id
		WHERE s.werkgroep_id = ? ORDER BY o.action_id, o.position`, werkgroep)
	if err != nil {
		return nil, fmt.Errorf("owners of actions of %d: %w", werkgroep, err)
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
// transaction.
func (s *Store) SaveAction(a *sessions.Action) error {
	a.Updated = time.Now().UTC()
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if a.ID != 0 {
		if _, err := tx.Exec(`UPDATE action SET what = ?, due = ?, status = ?, updated_at = ? WHERE id = ?`,
			a.What, a.Due, a.Status, stamp(a.Updated), a.ID); err != nil {
			return fmt.Errorf("update action %d: %w", a.ID, err)
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
	}
	for i, o := range a.Owners {
		if _, err := tx.Exec(`INSERT INTO action_owner (action_id, position, participant_id, name) VALUES (?, ?, ?, ?)`,
			a.ID, i+1, nullID(o.ParticipantID), o.Name); err != nil {
			return fmt.Errorf("owner of action %d: %w", a.ID, err)
		}
	}
	return tx.Commit()
}

// DeleteAction removes an action.
func (s *Store) DeleteAction(id sessions.ID) error {
	_, err := s.q.Exec(`DELETE FROM action WHERE id = ?`, id)
	return err
}
