package store

import (
	"database/sql"
	"fmt"

	"werkgroep/sessions"
)

// Themes returns a step's themes in order, each with its members.
func (s *Store) Themes(step sessions.ID) ([]sessions.Theme, error) {
	rows, err := s.q.Query(`SELECT id, step_id, name, position FROM theme WHERE step_id = ? ORDER BY position, id`, step)
	if err != nil {
		return nil, fmt.Errorf("themes of step %d: %w", step, err)
	}
	var out []sessions.Theme
	at := map[sessions.ID]int{}
	for rows.Next() {
		var t sessions.Theme
		if err := rows.Scan(&t.ID, &t.StepID, &t.Name, &t.Position); err != nil {
			rows.Close()
			return nil, err
		}
		at[t.ID] = len(out)
		out = append(out, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.q.Query(`SELECT theme_id, contribution_id FROM theme_member WHERE step_id = ? ORDER BY position, contribution_id`, step)
	if err != nil {
		return nil, fmt.Errorf("theme members of step %d: %w", step, err)
	}
	defer rows.Close()
	for rows.Next() {
		var theme, c sessions.ID
		if err := rows.Scan(&theme, &c); err != nil {
			return nil, err
		}
		if i, ok := at[theme]; ok {
			out[i].Members = append(out[i].Members, c)
		}
	}
	return out, rows.Err()
}

// SaveTheme stores a new theme last in its step, or a theme's new name.
func (s *Store) SaveTheme(t *sessions.Theme) error {
	if t.ID != 0 {
		return s.RenameTheme(*t, "")
	}
	err := s.q.QueryRow(`INSERT INTO theme (step_id, name, position)
		VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM theme WHERE step_id = ?)) RETURNING id, position`,
		t.StepID, t.Name, t.StepID).Scan(&t.ID, &t.Position)
	if err != nil {
		return fmt.Errorf("add theme to step %d: %w", t.StepID, err)
	}
	return nil
}

// DeleteTheme removes a theme; its contributions stay, in no theme.
func (s *Store) DeleteTheme(id sessions.ID) error {
	if _, err := s.q.Exec(`DELETE FROM theme WHERE id = ?`, id); err != nil {
		return fmt.Errorf("remove theme %d: %w", id, err)
	}
	return nil
}

// PutInTheme puts contributions into theme (after its members), out of
// any other theme of step; theme zero takes them out of all of them.
func (s *Store) PutInTheme(step, theme sessions.ID, contributions []sessions.ID) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, c := range contributions {
		if _, err := tx.Exec(`DELETE FROM theme_member WHERE step_id = ? AND contribution_id = ?`, step, c); err != nil {
			return fmt.Errorf("take %d out of its theme: %w", c, err)
		}
		if theme == 0 {
			continue
		}
		if _, err := tx.Exec(`INSERT INTO theme_member (theme_id, step_id, contribution_id, position)
			VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM theme_member WHERE theme_id = ?))`, theme, step, c, theme); err != nil {
			return fmt.Errorf("put %d in theme %d: %w", c, theme, err)
		}
	}
	return tx.Commit()
}

// RestoreThemes makes a step's themes as ts says: themes not in ts go,
// the others get their names, places and members back, with their IDs.
func (s *Store) RestoreThemes(step sessions.ID, ts []sessions.Theme) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`DELETE FROM theme_member WHERE step_id = ?`, step); err != nil {
		return fmt.Errorf("restore themes of step %d: %w", step, err)
	}
	keep := map[sessions.ID]bool{}
	for _, t := range ts {
		keep[t.ID] = true
		if _, err := tx.Exec(`INSERT INTO theme (id, step_id, name, position) VALUES (?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position`, t.ID, step, t.Name, t.Position); err != nil {
			return fmt.Errorf("restore theme %d: %w", t.ID, err)
		}
		for i, c := range t.Members {
			if _, err := tx.Exec(`INSERT INTO theme_member (theme_id, step_id, contribution_id, position) SELECT ?, ?, id, ? FROM contribution WHERE id = ?`,
				t.ID, step, i+1, c); err != nil {
				return fmt.Errorf("restore theme %d: %w", t.ID, err)
			}
		}
	}
	rows, err := tx.Query(`SELECT id FROM theme WHERE step_id = ?`, step)
	if err != nil {
		return err
	}
	var gone []sessions.ID
	for rows.Next() {
		var id sessions.ID
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		if !keep[id] {
			gone = append(gone, id)
		}
	}
	rows.Close()
	for _, id := range gone {
		if _, err := tx.Exec(`DELETE FROM theme WHERE id = ?`, id); err != nil {
			return fmt.Errorf("restore themes of step %d: %w", step, err)
		}
	}
	return tx.Commit()
}

// ThemeSources are the sessions a themes step gathers from; none means
// its own session.
func (s *Store) ThemeSources(step sessions.ID) ([]sessions.ID, error) {
	rows, err := s.q.Query(`SELECT t.session_id FROM theme_source t JOIN session se ON se.id = t.session_id
		WHERE t.step_id = ? ORDER BY se.number`, step)
	if err != nil {
		return nil, fmt.Errorf("sources of step %d: %w", step, err)
	}
	defer rows.Close()
	var out []sessions.ID
	for rows.Next() {
		var id sessions.ID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// SetThemeSources chooses the sessions a themes step gathers from.
func (s *Store) SetThemeSources(step sessions.ID, ids []sessions.ID) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`DELETE FROM theme_source WHERE step_id = ?`, step); err != nil {
		return fmt.Errorf("sources of step %d: %w", step, err)
	}
	for _, id := range ids {
		if _, err := tx.Exec(`INSERT INTO theme_source (step_id, session_id) VALUES (?, ?)`, step, id); err != nil {
			return fmt.Errorf("sources of step %d: %w", step, err)
		}
	}
	return tx.Commit()
}

// RenameTheme gives theme t.ID the name t.Name if its stored name is
// still was, the name the rename began from ("" renames whatever it is).
// Otherwise nothing is stored and it is a *sessions.ErrChanged with the
// theme as stored now (its members left out), or sessions.ErrNotFound
// when it is gone (sessions/changed.go).
func (s *Store) RenameTheme(t sessions.Theme, was string) error {
	var ignored int64
	return s.updateChecked(fmt.Sprintf("rename theme %d", t.ID), &ignored,
		func(tx dbtx) (sql.Result, error) {
			return tx.Exec(`UPDATE theme SET name = ? WHERE id = ? AND (name = ? OR ? = '')`, t.Name, t.ID, was, was)
		},
		func(tx dbtx) error {
			now := sessions.Theme{ID: t.ID}
			if err := tx.QueryRow(`SELECT step_id, name, position FROM theme WHERE id = ?`, t.ID).Scan(&now.StepID, &now.Name, &now.Position); err != nil {
				return notFound("theme", t.ID, err)
			}
			return &sessions.ErrChanged[sessions.Theme]{Current: now}
		})
}
