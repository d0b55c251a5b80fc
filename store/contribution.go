package store

import (
	"database/sql"
	"fmt"
	"time"

	"werkgroep/sessions"
)

const contributionCols = `id, session_id, step_id, participant_id, by_group, kind, text, created_at, outcome, outcome_note, outcome_at, sharing, version, phone_id`

func (s *Store) contributions(where string, args ...any) ([]sessions.Contribution, error) {
	return contributionsOn(s.q, where, args...)
}

func contributionsOn(q dbtx, where string, args ...any) ([]sessions.Contribution, error) {
	rows, err := q.Query(`SELECT `+contributionCols+` FROM contribution WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("contributions: %w", err)
	}
	defer rows.Close()
	var out []sessions.Contribution
	for rows.Next() {
		var c sessions.Contribution
		var pid, phone sql.NullInt64
		var created, oat string
		if err := rows.Scan(&c.ID, &c.SessionID, &c.StepID, &pid, &c.ByGroup, &c.Kind, &c.Text, &created, &c.Outcome, &c.OutcomeNote, &oat, &c.Sharing, &c.Version, &phone); err != nil {
			return nil, err
		}
		c.ParticipantID, c.Phone = pid.Int64, phone.Int64
		c.Created, c.OutcomeAt = parseTime(created), parseTime(oat)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Contributions returns a session's contributions in the order they were made.
func (s *Store) Contributions(session sessions.ID) ([]sessions.Contribution, error) {
	return s.contributions(`session_id = ?`, session)
}

// StepContributions returns one step's contributions in the order they
// were made (through the index on step_id): werkgroep present shows one
// step and reads it at every change another program makes.
func (s *Store) StepContributions(step sessions.ID) ([]sessions.Contribution, error) {
	return s.contributions(`step_id = ?`, step)
}

// WerkgroepContributions returns every contribution of a werkgroep.
func (s *Store) WerkgroepContributions(werkgroep sessions.ID) ([]sessions.Contribution, error) {
	return s.contributions(`session_id IN (SELECT id FROM session WHERE werkgroep_id = ?)`, werkgroep)
}

func nullID(id sessions.ID) any {
	if id == 0 {
		return nil
	}
	return id
}

// AddContribution stores c durably and sets its ID and time.
func (s *Store) AddContribution(c *sessions.Contribution) error {
	if c.Created.IsZero() {
		c.Created = time.Now().UTC()
	}
	res, err := s.q.Exec(`INSERT INTO contribution (session_id, step_id, participant_id, by_group, kind, text, created_at, sharing, phone_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.SessionID, c.StepID, nullID(c.ParticipantID), c.ByGroup, c.Kind, c.Text, stamp(c.Created), c.Sharing, nullID(c.Phone))
	if err != nil {
		return fmt.Errorf("store contribution: %w", err)
	}
	c.ID, _ = res.LastInsertId()
	c.Version = 1
	return nil
}

// UpdateContribution saves text, kind, attribution, step and sharing,
// if the stored contribution still has c.Version, and then raises
// c.Version (sessions/changed.go). A contribution that another program
// changed meanwhile is a *sessions.ErrChanged with the stored one; one
// that is no longer there is sessions.ErrNotFound. Either way nothing was
// stored.
func (s *Store) UpdateContribution(c *sessions.Contribution) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.Exec(`UPDATE contribution SET step_id = ?, participant_id = ?, by_group = ?, kind = ?, text = ?, sharing = ?, version = version + 1
		WHERE id = ? AND version = ?`,
		c.StepID, nullID(c.ParticipantID), c.ByGroup, c.Kind, c.Text, c.Sharing, c.ID, c.Version)
	if err != nil {
		return fmt.Errorf("update contribution %d: %w", c.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		now, err := contributionsOn(tx, `id = ?`, c.ID)
		if err != nil {
			return fmt.Errorf("update contribution %d: %w", c.ID, err)
		}
		if len(now) == 0 {
			return fmt.Errorf("update contribution %d: %w", c.ID, sessions.ErrNotFound)
		}
		return &sessions.ErrChanged[sessions.Contribution]{Current: now[0]}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	c.Version++
	return nil
}

// DeleteContribution removes a contribution. The caller keeps the value
// for undo.
func (s *Store) DeleteContribution(id sessions.ID) error {
	if _, err := s.q.Exec(`DELETE FROM contribution WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete contribution %d: %w", id, err)
	}
	return nil
}

// RestoreContribution puts a deleted contribution back with its own ID.
func (s *Store) RestoreContribution(c sessions.Contribution) error {
	_, err := s.q.Exec(`INSERT INTO contribution (`+contributionCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.ID, c.SessionID, c.StepID, nullID(c.ParticipantID), c.ByGroup, c.Kind, c.Text, stamp(c.Created), c.Outcome, c.OutcomeNote, timeOrEmpty(c.OutcomeAt), c.Sharing, max(c.Version, 1), nullID(c.Phone))
	if err != nil {
		return fmt.Errorf("restore contribution %d: %w", c.ID, err)
	}
	return nil
}

func timeOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return stamp(t)
}

// SetOutcome records what was done with a contribution and keeps the
// change in its history.
func (s *Store) SetOutcome(id sessions.ID, o sessions.Outcome, note string) error {
	return s.setOutcome(id, o, note, nil)
}

// ChangeOutcome records an outcome chosen on a form that began with c, if
// c's outcome and note are still the stored ones: the outcome is the
// record here, so a change elsewhere to the text does not count. Another
// outcome stored meanwhile is a *sessions.ErrChanged with the stored
// contribution; a deleted one is sessions.ErrNotFound.
func (s *Store) ChangeOutcome(c sessions.Contribution, o sessions.Outcome, note string) error {
	return s.setOutcome(c.ID, o, note, &c)
}

func (s *Store) setOutcome(id sessions.ID, o sessions.Outcome, note string, was *sessions.Contribution) error {
	t := now()
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	q, args := `UPDATE contribution SET outcome = ?, outcome_note = ?, outcome_at = ? WHERE id = ?`, []any{o, note, t, id}
	if was != nil {
		q += ` AND outcome = ? AND outcome_note = ?`
		args = append(args, was.Outcome, was.OutcomeNote)
	}
	res, err := tx.Exec(q, args...)
	if err != nil {
		return fmt.Errorf("outcome of %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		now, err := contributionsOn(tx, `id = ?`, id)
		if err != nil {
			return fmt.Errorf("outcome of %d: %w", id, err)
		}
		if len(now) == 0 {
			return fmt.Errorf("outcome of %d: %w", id, sessions.ErrNotFound)
		}
		return &sessions.ErrChanged[sessions.Contribution]{Current: now[0]}
	}
	if _, err := tx.Exec(`INSERT INTO outcome_history (contribution_id, outcome, note, at) VALUES (?, ?, ?, ?)`, id, o, note, t); err != nil {
		return err
	}
	return tx.Commit()
}

// OutcomeHistory lists a contribution's outcome changes, oldest first.
func (s *Store) OutcomeHistory(id sessions.ID) ([]sessions.OutcomeChange, error) {
	rows, err := s.q.Query(`SELECT outcome, note, at FROM outcome_history WHERE contribution_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sessions.OutcomeChange
	for rows.Next() {
		var c sessions.OutcomeChange
		var at string
		if err := rows.Scan(&c.Outcome, &c.Note, &at); err != nil {
			return nil, err
		}
		c.At = parseTime(at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// ContributionMark is how far the notes of changed contributions go
// (migration 010): read before a session's contributions, it is where
// ContributionChanges takes up from.
func (s *Store) ContributionMark() (int64, error) {
	var m sql.NullInt64
	if err := s.q.QueryRow(`SELECT max(seq) FROM contribution_change`).Scan(&m); err != nil {
		return 0, fmt.Errorf("contribution mark: %w", err)
	}
	return m.Int64, nil
}

// ContributionChanges is what changed in a session's contributions after
// mark (issue 16): the rows added, edited or moved into it, in the order
// they were made, and the IDs of those gone from it (deleted or moved to
// another session), with the mark to take up from next time. A change
// made while it reads may be in the rows already and is in the next
// answer again, so applying the answers in turn to what was read first
// gives what reading the whole session gives.
func (s *Store) ContributionChanges(session sessions.ID, mark int64) (changed []sessions.Contribution, gone []sessions.ID, next int64, err error) {
	if next, err = s.ContributionMark(); err != nil || next == mark {
		return nil, nil, next, err
	}
	rows, err := s.q.Query(`SELECT id FROM contribution_change WHERE session_id = ? AND seq > ? AND seq <= ?`, session, mark, next)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("contribution changes: %w", err)
	}
	var ids []sessions.ID
	for rows.Next() {
		var id sessions.ID
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, nil, 0, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return nil, nil, next, err
	}
	if changed, err = s.contributions(`session_id = ? AND id IN (SELECT id FROM contribution_change WHERE session_id = ? AND seq > ? AND seq <= ?)`, session, session, mark, next); err != nil {
		return nil, nil, 0, err
	}
	have := make(map[sessions.ID]bool, len(changed))
	for _, c := range changed {
		have[c.ID] = true
	}
	for _, id := range ids {
		if !have[id] {
			gone = append(gone, id)
		}
	}
	return changed, gone, next, nil
}
