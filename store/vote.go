package store

import (
	"database/sql"
	"errors"
	"fmt"

	"werkgroep/sessions"
)

// VoteSetting is how a voting step votes; the default when not set.
func (s *Store) VoteSetting(step sessions.ID) (sessions.VoteSetting, error) {
	v := sessions.VoteSetting{Dots: sessions.DefaultDots}
	err := s.q.QueryRow(`SELECT dots, names FROM vote_step WHERE step_id = ?`, step).Scan(&v.Dots, &v.Names)
	if errors.Is(err, sql.ErrNoRows) {
		return v, nil
	}
	if err != nil {
		return v, fmt.Errorf("setting of voting step %d: %w", step, err)
	}
	return v, nil
}

// SetVoteSetting sets how a voting step votes.
func (s *Store) SetVoteSetting(step sessions.ID, v sessions.VoteSetting) error {
	_, err := s.q.Exec(`INSERT INTO vote_step (step_id, dots, names) VALUES (?, ?, ?)
		ON CONFLICT (step_id) DO UPDATE SET dots = excluded.dots, names = excluded.names`, step, v.Dots, v.Names)
	if err != nil {
		return fmt.Errorf("set voting step %d: %w", step, err)
	}
	return nil
}

// VoteOptions returns a voting step's options in order.
func (s *Store) VoteOptions(step sessions.ID) ([]sessions.VoteOption, error) {
	rows, err := s.q.Query(`SELECT id, step_id, position, coalesce(theme_id, 0), coalesce(contribution_id, 0), text, coalesce(stickers, -1)
		FROM vote_option WHERE step_id = ? ORDER BY position, id`, step)
	if err != nil {
		return nil, fmt.Errorf("options of step %d: %w", step, err)
	}
	defer rows.Close()
	var out []sessions.VoteOption
	for rows.Next() {
		var o sessions.VoteOption
		if err := rows.Scan(&o.ID, &o.StepID, &o.Position, &o.ThemeID, &o.ContributionID, &o.Text, &o.Stickers); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// SaveVoteOption stores a new option last in its step, or an option's
// text and sticker count (-1: none counted).
func (s *Store) SaveVoteOption(o *sessions.VoteOption) error {
	stickers := sql.NullInt64{Int64: int64(o.Stickers), Valid: o.Stickers >= 0}
	if o.ID != 0 {
		if _, err := s.q.Exec(`UPDATE vote_option SET text = ?, stickers = ? WHERE id = ?`, o.Text, stickers, o.ID); err != nil {
			return fmt.Errorf("update option %d: %w", o.ID, err)
		}
		return nil
	}
	nullID := func(id sessions.ID) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }
	err := s.q.QueryRow(`INSERT INTO vote_option (step_id, position, theme_id, contribution_id, text, stickers)
		VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM vote_option WHERE step_id = ?), ?, ?, ?, ?) RETURNING id, position`,
		o.StepID, o.StepID, nullID(o.ThemeID), nullID(o.ContributionID), o.Text, stickers).Scan(&o.ID, &o.Position)
	if err != nil {
		return fmt.Errorf("add option to step %d: %w", o.StepID, err)
	}
	return nil
}

// DeleteVoteOption removes an option with the dots on it.
func (s *Store) DeleteVoteOption(id sessions.ID) error {
	if _, err := s.q.Exec(`DELETE FROM vote_option WHERE id = ?`, id); err != nil {
		return fmt.Errorf("remove option %d: %w", id, err)
	}
	return nil
}

// Votes returns the dots on a voting step's options.
func (s *Store) Votes(step sessions.ID) ([]sessions.Vote, error) {
	rows, err := s.q.Query(`SELECT v.option_id, v.participant_id, v.dots FROM vote v JOIN vote_option o ON o.id = v.option_id
		WHERE o.step_id = ? ORDER BY o.position, v.participant_id`, step)
	if err != nil {
		return nil, fmt.Errorf("votes of step %d: %w", step, err)
	}
	defer rows.Close()
	var out []sessions.Vote
	for rows.Next() {
		var v sessions.Vote
		if err := rows.Scan(&v.OptionID, &v.ParticipantID, &v.Dots); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// SetVote stores the dots one person put on one option; zero removes them.
func (s *Store) SetVote(v sessions.Vote) error {
	var err error
	if v.Dots <= 0 {
		_, err = s.q.Exec(`DELETE FROM vote WHERE option_id = ? AND participant_id = ?`, v.OptionID, v.ParticipantID)
	} else {
		_, err = s.q.Exec(`INSERT INTO vote (option_id, participant_id, dots) VALUES (?, ?, ?)
			ON CONFLICT (option_id, participant_id) DO UPDATE SET dots = excluded.dots`, v.OptionID, v.ParticipantID, v.Dots)
	}
	if err != nil {
		return fmt.Errorf("store vote: %w", err)
	}
	return nil
}

// SetOptionStickers gives option o.ID o.Stickers stickers counted from
// paper (-1: none counted) if the stored count is still was, the count
// the change began from; else nothing is stored and it is a
// *sessions.ErrChanged with the option as stored now, or
// sessions.ErrNotFound when it is gone (sessions/changed.go).
func (s *Store) SetOptionStickers(o sessions.VoteOption, was int) error {
	stickers := sql.NullInt64{Int64: int64(o.Stickers), Valid: o.Stickers >= 0}
	var ignored int64
	return s.updateChecked(fmt.Sprintf("update option %d", o.ID), &ignored,
		func(tx dbtx) (sql.Result, error) {
			return tx.Exec(`UPDATE vote_option SET stickers = ? WHERE id = ? AND coalesce(stickers, -1) = ?`, stickers, o.ID, was)
		},
		func(tx dbtx) error {
			now := o
			if err := tx.QueryRow(`SELECT text, coalesce(stickers, -1) FROM vote_option WHERE id = ?`, o.ID).Scan(&now.Text, &now.Stickers); err != nil {
				return notFound("option", o.ID, err)
			}
			return &sessions.ErrChanged[sessions.VoteOption]{Current: now}
		})
}

// AddOptionSticker counts one more sticker on option o.ID, on top of what
// is stored: adding is never a clash. o.Stickers becomes the count now.
func (s *Store) AddOptionSticker(o *sessions.VoteOption) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.QueryRow(`UPDATE vote_option SET stickers = coalesce(stickers, 0) + 1 WHERE id = ? RETURNING stickers`, o.ID).Scan(&o.Stickers); err != nil {
		return notFound("option", o.ID, err)
	}
	return tx.Commit()
}

// ChangeVote is SetVote from a screen that showed was dots of the person
// on the option: stored only while that is still so, else a
// *sessions.ErrChanged with the vote as stored now (zero dots: none).
func (s *Store) ChangeVote(v sessions.Vote, was int) error {
	return s.setChecked("store vote", "vote", "dots", []string{"option_id", "participant_id"},
		[]any{v.OptionID, v.ParticipantID}, max(v.Dots, 0), max(was, 0), func(now int) error {
			v.Dots = now
			return &sessions.ErrChanged[sessions.Vote]{Current: v}
		})
}
