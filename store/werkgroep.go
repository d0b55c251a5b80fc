package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"werkgroep/sessions"
)

var _ sessions.Store = (*Store)(nil)

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func now() string { return stamp(time.Now()) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

func notFound(what string, id sessions.ID, err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s %d: %w", what, id, sessions.ErrNotFound)
	}
	return fmt.Errorf("%s %d: %w", what, id, err)
}

// Werkgroepen lists every werkgroep with its progress, oldest first.
func (s *Store) Werkgroepen() ([]sessions.Summary, error) {
	rows, err := s.q.Query(`SELECT w.id, w.name, w.theme, w.trekkers, w.lang, w.template, w.created_at, w.minutes_order, w.version,
		(SELECT count(*) FROM session WHERE werkgroep_id = w.id),
		(SELECT count(*) FROM session WHERE werkgroep_id = w.id AND status = ?),
		(SELECT count(*) FROM action a JOIN session s ON s.id = a.session_id WHERE s.werkgroep_id = w.id AND a.status = ?)
		FROM werkgroep w ORDER BY w.id`, sessions.Done, sessions.ActionOpen)
	if err != nil {
		return nil, fmt.Errorf("list werkgroepen: %w", err)
	}
	defer rows.Close()
	var out []sessions.Summary
	for rows.Next() {
		var sm sessions.Summary
		var created string
		if err := rows.Scan(&sm.ID, &sm.Name, &sm.Theme, &sm.Trekkers, &sm.Lang, &sm.Template, &created, &sm.Order, &sm.Version,
			&sm.Sessions, &sm.SessionsDone, &sm.OpenActions); err != nil {
			return nil, err
		}
		sm.Created = parseTime(created)
		out = append(out, sm)
	}
	return out, rows.Err()
}

// Werkgroep returns one werkgroep.
func (s *Store) Werkgroep(id sessions.ID) (sessions.Werkgroep, error) {
	return werkgroepOn(s.q, id)
}

func werkgroepOn(q dbtx, id sessions.ID) (sessions.Werkgroep, error) {
	var w sessions.Werkgroep
	var created string
	err := q.QueryRow(`SELECT id, name, theme, trekkers, lang, template, created_at,
		leidraad_listen, leidraad_together, leidraad_role, leidraad_feedback, minutes_order, version FROM werkgroep WHERE id = ?`, id).
		Scan(&w.ID, &w.Name, &w.Theme, &w.Trekkers, &w.Lang, &w.Template, &created,
			&w.Leidraad.Listen, &w.Leidraad.Together, &w.Leidraad.Role, &w.Leidraad.Feedback, &w.Order, &w.Version)
	if err != nil {
		return w, notFound("werkgroep", id, err)
	}
	w.Created = parseTime(created)
	return w, nil
}

// CreateWerkgroep stores w with the sessions and steps of t, in one
// transaction.
func (s *Store) CreateWerkgroep(w *sessions.Werkgroep, t sessions.Template) error {
	if w.Lang == "" {
		w.Lang = sessions.Dutch
	}
	if w.Order == "" {
		w.Order = sessions.SpokenOrder
	}
	w.Template = t.Name
	w.Created = time.Now().UTC()
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.Exec(`INSERT INTO werkgroep (name, theme, trekkers, lang, template, created_at,
		leidraad_listen, leidraad_together, leidraad_role, leidraad_feedback, minutes_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		w.Name, w.Theme, w.Trekkers, string(w.Lang), w.Template, stamp(w.Created),
		w.Leidraad.Listen, w.Leidraad.Together, w.Leidraad.Role, w.Leidraad.Feedback, string(w.Order))
	if err != nil {
		return fmt.Errorf("create werkgroep: %w", err)
	}
	w.ID, _ = res.LastInsertId()
	w.Version = 1
	for i, ts := range t.Sessions {
		res, err := tx.Exec(`INSERT INTO session (werkgroep_id, number, title, purpose) VALUES (?, ?, ?, ?)`,
			w.ID, i+1, ts.Title, ts.Purpose)
		if err != nil {
			return fmt.Errorf("create session: %w", err)
		}
		sid, _ := res.LastInsertId()
		for j, st := range ts.Steps {
			if _, err := tx.Exec(`INSERT INTO step (session_id, position, kind, title, purpose, prompt, timebox_sec, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				sid, j+1, string(st.Kind), st.Title, st.Purpose, st.Prompt, int64(st.Timebox.Seconds()), st.Private); err != nil {
				return fmt.Errorf("create step: %w", err)
			}
		}
	}
	return tx.Commit()
}

// UpdateWerkgroep saves name, theme, trekkers, language, the leidraad
// texts and the order of its minutes (an empty order keeps the one
// stored), if the stored werkgroep still has w.Version, which it then
// raises; otherwise a *sessions.ErrChanged with the stored werkgroep, or
// sessions.ErrNotFound (sessions/changed.go).
func (s *Store) UpdateWerkgroep(w *sessions.Werkgroep) error {
	return s.updateChecked(fmt.Sprintf("update werkgroep %d", w.ID), &w.Version,
		func(tx dbtx) (sql.Result, error) {
			return tx.Exec(`UPDATE werkgroep SET name = ?, theme = ?, trekkers = ?, lang = ?,
				leidraad_listen = ?, leidraad_together = ?, leidraad_role = ?, leidraad_feedback = ?,
				minutes_order = coalesce(nullif(?, ''), minutes_order), version = version + 1 WHERE id = ? AND version = ?`,
				w.Name, w.Theme, w.Trekkers, string(w.Lang), w.Leidraad.Listen, w.Leidraad.Together, w.Leidraad.Role, w.Leidraad.Feedback,
				string(w.Order), w.ID, w.Version)
		},
		func(tx dbtx) error {
			now, err := werkgroepOn(tx, w.ID)
			if err != nil {
				return err
			}
			return &sessions.ErrChanged[sessions.Werkgroep]{Current: now}
		})
}

// DeleteWerkgroep removes a werkgroep and everything in it.
func (s *Store) DeleteWerkgroep(id sessions.ID) error {
	if _, err := s.q.Exec(`DELETE FROM werkgroep WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete werkgroep %d: %w", id, err)
	}
	return s.scrub()
}

// scrub moves deleted text out of the write-ahead log, so that with
// secure_delete on it is gone from the file itself.
func (s *Store) scrub() error {
	_, err := s.q.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}
