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

// Actions lists every action of a werkgroep, by session and order of adding.
func (s *Store) Actions(werkgroep sessions.ID) ([]sessions.Action, error) {
	rows, err := s.q.Query(`SELECT a.id, a.session_id, a.what, a.owner_id, a.owner_text, a.due, a.status, a.updated_at
		FROM action a JOIN session s ON s.id = a.session_id WHERE s.werkgroep_id = ? ORDER BY s.number, a.id`, werkgroep)
	if err != nil {
		return nil, fmt.Errorf("actions of %d: %w", werkgroep, err)
	}
	defer rows.Close()
	var out []sessions.Action
	for rows.Next() {
		var a sessions.Action
		var owner sql.NullInt64
		var updated string
		if err := rows.Scan(&a.ID, &a.SessionID, &a.What, &owner, &a.OwnerText, &a.Due, &a.Status, &updated); err != nil {
			return nil, err
		}
		a.OwnerID, a.Updated = owner.Int64, parseTime(updated)
		out = append(out, a)
	}
	return out, rows.Err()
}

// SaveAction adds (ID zero) or updates an action.
func (s *Store) SaveAction(a *sessions.Action) error {
	a.Updated = time.Now().UTC()
	if a.ID != 0 {
		_, err := s.q.Exec(`UPDATE action SET what = ?, owner_id = ?, owner_text = ?, due = ?, status = ?, updated_at = ? WHERE id = ?`,
			a.What, nullID(a.OwnerID), a.OwnerText, a.Due, a.Status, stamp(a.Updated), a.ID)
		if err != nil {
			return fmt.Errorf("update action %d: %w", a.ID, err)
		}
		return nil
	}
	res, err := s.q.Exec(`INSERT INTO action (session_id, what, owner_id, owner_text, due, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		a.SessionID, a.What, nullID(a.OwnerID), a.OwnerText, a.Due, a.Status, stamp(a.Updated))
	if err != nil {
		return fmt.Errorf("add action: %w", err)
	}
	a.ID, _ = res.LastInsertId()
	return nil
}

// DeleteAction removes an action.
func (s *Store) DeleteAction(id sessions.ID) error {
	_, err := s.q.Exec(`DELETE FROM action WHERE id = ?`, id)
	return err
}
