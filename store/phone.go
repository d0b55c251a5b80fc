package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"werkgroep/sessions"
)

// The room open to phones (migration 009, issue 17): which session is
// open, its join code, and the phones that answer in it.

// PhoneRoom is session's room for phones; ErrNotFound when it was never
// opened.
func (s *Store) PhoneRoom(session sessions.ID) (sessions.PhoneRoom, error) {
	return scanRoom(s.q.QueryRow(`SELECT session_id, code, address, program, opened_at, closed_at FROM phone_room WHERE session_id = ?`, session))
}

// OpenPhoneRoomByCode is the open room with this join code; ErrNotFound
// when none is open with it.
func (s *Store) OpenPhoneRoomByCode(code string) (sessions.PhoneRoom, error) {
	return scanRoom(s.q.QueryRow(`SELECT session_id, code, address, program, opened_at, closed_at FROM phone_room
		WHERE code = ? AND closed_at = '' ORDER BY opened_at DESC LIMIT 1`, code))
}

func scanRoom(row *sql.Row) (sessions.PhoneRoom, error) {
	var r sessions.PhoneRoom
	var opened, closed string
	err := row.Scan(&r.SessionID, &r.Code, &r.Address, &r.Program, &opened, &closed)
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("room for phones: %w", sessions.ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("room for phones: %w", err)
	}
	r.Opened = parseTime(opened)
	r.ServerGone = r.Program != "" && programEnded(r.Program)
	if closed != "" {
		r.Closed = parseTime(closed)
	}
	return r, nil
}

// OpenPhoneRoom opens session to phones at address (the page's, for the
// QR code; may be empty) served by program (sessions.NewProgramID; may
// be empty), with the join code it had if it was open before, else a new
// one that no other open room has.
func (s *Store) OpenPhoneRoom(session sessions.ID, address, program string) (sessions.PhoneRoom, error) {
	tx, err := s.begin()
	if err != nil {
		return sessions.PhoneRoom{}, err
	}
	defer tx.Rollback()
	res, err := tx.Exec(`UPDATE phone_room SET closed_at = '', opened_at = ?, address = ?, program = ? WHERE session_id = ?
		AND code NOT IN (SELECT code FROM phone_room WHERE closed_at = '' AND session_id != ?)`, now(), address, program, session, session)
	if err != nil {
		return sessions.PhoneRoom{}, fmt.Errorf("open session %d to phones: %w", session, err)
	}
	// One session of a werkgroep is open to phones at a time: the others close.
	if _, err := tx.Exec(`UPDATE phone_room SET closed_at = ? WHERE closed_at = '' AND session_id != ?
		AND session_id IN (SELECT id FROM session WHERE werkgroep_id = (SELECT werkgroep_id FROM session WHERE id = ?))`,
		now(), session, session); err != nil {
		return sessions.PhoneRoom{}, fmt.Errorf("open session %d to phones: %w", session, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		code, err := freeCode(tx)
		if err != nil {
			return sessions.PhoneRoom{}, err
		}
		if _, err := tx.Exec(`INSERT INTO phone_room (session_id, code, address, program, opened_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (session_id) DO UPDATE SET code = excluded.code, address = excluded.address, program = excluded.program,
				opened_at = excluded.opened_at, closed_at = ''`,
			session, code, address, program, now()); err != nil {
			return sessions.PhoneRoom{}, fmt.Errorf("open session %d to phones: %w", session, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return sessions.PhoneRoom{}, err
	}
	return s.PhoneRoom(session)
}

// freeCode is a join code no open room has.
func freeCode(tx txn) (string, error) {
	for range 100 {
		code := sessions.NewJoinCode()
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM phone_room WHERE code = ? AND closed_at = ''`, code).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
			return code, nil
		}
	}
	return "", errors.New("no free join code")
}

// ClosePhoneRoom stops session taking answers from phones.
func (s *Store) ClosePhoneRoom(session sessions.ID) error {
	if _, err := s.q.Exec(`UPDATE phone_room SET closed_at = ? WHERE session_id = ? AND closed_at = ''`, now(), session); err != nil {
		return fmt.Errorf("close session %d to phones: %w", session, err)
	}
	return nil
}

// ClosePhoneRoomsAt closes the open rooms served at one of addresses:
// a program that served the page and stops closes what it served, so
// that no screen shows an address nobody answers.
func (s *Store) ClosePhoneRoomsAt(addresses []string) error {
	for _, a := range addresses {
		if a == "" {
			continue
		}
		if _, err := s.q.Exec(`UPDATE phone_room SET closed_at = ? WHERE closed_at = '' AND address = ?`, now(), a); err != nil {
			return fmt.Errorf("close the rooms for phones at %s: %w", a, err)
		}
	}
	return nil
}

const phoneCols = `id, session_id, coalesce(claimed_id, 0), confirmed, created_at`

func scanPhone(sc interface{ Scan(...any) error }) (sessions.Phone, error) {
	var p sessions.Phone
	var created string
	err := sc.Scan(&p.ID, &p.SessionID, &p.Claimed, &p.Confirmed, &created)
	p.Created = parseTime(created)
	return p, err
}

// AddPhone stores a new phone of session, known by the hash of its cookie.
func (s *Store) AddPhone(session sessions.ID, tokenHash string) (sessions.Phone, error) {
	p, err := scanPhone(s.q.QueryRow(`INSERT INTO phone (session_id, token, created_at) VALUES (?, ?, ?) RETURNING `+phoneCols,
		session, tokenHash, stamp(time.Now())))
	if err != nil {
		return p, fmt.Errorf("add a phone: %w", err)
	}
	return p, nil
}

// PhoneByToken is the phone whose cookie hashes to tokenHash; ErrNotFound
// when there is none.
func (s *Store) PhoneByToken(tokenHash string) (sessions.Phone, error) {
	p, err := scanPhone(s.q.QueryRow(`SELECT `+phoneCols+` FROM phone WHERE token = ?`, tokenHash))
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("phone: %w", sessions.ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("phone: %w", err)
	}
	return p, nil
}

// Phone is one phone by its number.
func (s *Store) Phone(id sessions.ID) (sessions.Phone, error) {
	p, err := scanPhone(s.q.QueryRow(`SELECT `+phoneCols+` FROM phone WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("phone %d: %w", id, sessions.ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("phone %d: %w", id, err)
	}
	return p, nil
}

// Phones are the phones of a session, first come first.
func (s *Store) Phones(session sessions.ID) ([]sessions.Phone, error) {
	rows, err := s.q.Query(`SELECT `+phoneCols+` FROM phone WHERE session_id = ? ORDER BY id`, session)
	if err != nil {
		return nil, fmt.Errorf("phones of %d: %w", session, err)
	}
	defer rows.Close()
	var out []sessions.Phone
	for rows.Next() {
		p, err := scanPhone(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// PhonesAnswered counts the phones of session that sent anything: a
// placement, a vote or a contribution.
func (s *Store) PhonesAnswered(session sessions.ID) (int, error) {
	var n int
	err := s.q.QueryRow(`SELECT count(*) FROM phone p WHERE p.session_id = ?1 AND (
		EXISTS (SELECT 1 FROM placement WHERE session_id = ?1 AND participant_id IN (-p.id, CASE WHEN p.confirmed THEN p.claimed_id END))
		OR EXISTS (SELECT 1 FROM vote v JOIN vote_option o ON o.id = v.option_id JOIN step st ON st.id = o.step_id
			WHERE st.session_id = ?1 AND v.participant_id IN (-p.id, CASE WHEN p.confirmed THEN p.claimed_id END))
		OR EXISTS (SELECT 1 FROM contribution WHERE phone_id = p.id))`, session).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("phones that answered in %d: %w", session, err)
	}
	return n, nil
}

// ClaimPhone records that the phone says it is participant (zero: nobody,
// anonymous again). Until the note-taker confirms it (ConfirmPhone) its
// answers stay the phone's own; a phone confirmed before gets its answers
// back under its own number, so that a new claim never counts under a
// name nobody confirmed.
func (s *Store) ClaimPhone(phone, participant sessions.ID) error {
	return s.batch(func(b *Store) error {
		p, err := b.lockPhone(phone)
		if err != nil {
			return err
		}
		if participant != 0 {
			var ok int
			if err := b.q.QueryRow(`SELECT count(*) FROM participant pa JOIN session se ON se.werkgroep_id = pa.werkgroep_id
				WHERE pa.id = ? AND se.id = ?`, participant, p.SessionID).Scan(&ok); err != nil {
				return err
			}
			if ok == 0 {
				return fmt.Errorf("claim participant %d: %w", participant, sessions.ErrNotFound)
			}
		}
		if p.Confirmed && p.Claimed != 0 && p.Claimed != participant {
			if err := b.moveAnswers(p, p.Claimed, sessions.PhonePerson(p.ID), 0); err != nil {
				return err
			}
		}
		confirmed := p.Confirmed && p.Claimed == participant && participant != 0
		_, err = b.q.Exec(`UPDATE phone SET claimed_id = ?, confirmed = ? WHERE id = ?`, nullID(participant), confirmed, phone)
		return err
	})
}

// ConfirmPhone is the note-taker's confirmation that the phone is the
// participant it claims: its placements, votes and contributions move to
// that participant (replacing what was entered for them in the same
// dimension or voting step), and later answers go there too. Another
// phone confirmed as the same participant in the session is
// ErrClaimTaken; a phone that claims nobody is ErrNotFound.
func (s *Store) ConfirmPhone(phone sessions.ID) error {
	return s.batch(func(b *Store) error {
		p, err := b.lockPhone(phone)
		if err != nil {
			return err
		}
		if p.Claimed == 0 {
			return fmt.Errorf("confirm phone %d: %w", phone, sessions.ErrNotFound)
		}
		if p.Confirmed {
			return nil
		}
		var taken int
		if err := b.q.QueryRow(`SELECT count(*) FROM phone WHERE session_id = ? AND claimed_id = ? AND confirmed AND id != ?`,
			p.SessionID, p.Claimed, p.ID).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 {
			return fmt.Errorf("confirm phone %d: %w", phone, sessions.ErrClaimTaken)
		}
		if err := b.moveAnswers(p, sessions.PhonePerson(p.ID), p.Claimed, p.Claimed); err != nil {
			return err
		}
		_, err = b.q.Exec(`UPDATE phone SET confirmed = 1 WHERE id = ?`, phone)
		return err
	})
}

// lockPhone starts the batch's transaction as a write (so that a busy
// file waits rather than fails) and reads the phone.
func (s *Store) lockPhone(phone sessions.ID) (sessions.Phone, error) {
	res, err := s.q.Exec(`UPDATE phone SET confirmed = confirmed WHERE id = ?`, phone)
	if err != nil {
		return sessions.Phone{}, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return sessions.Phone{}, fmt.Errorf("phone %d: %w", phone, sessions.ErrNotFound)
	}
	return s.Phone(phone)
}

// moveAnswers moves the phone's placements and votes in its session from
// person from to person to, replacing to's in the same dimension or
// voting step, and gives its contributions the participant author (zero:
// none).
func (s *Store) moveAnswers(p sessions.Phone, from, to, author sessions.ID) error {
	stmts := []struct {
		q    string
		args []any
	}{
		{`DELETE FROM placement WHERE session_id = ? AND participant_id = ?
			AND dimension IN (SELECT dimension FROM placement WHERE session_id = ? AND participant_id = ?)`,
			[]any{p.SessionID, to, p.SessionID, from}},
		{`UPDATE placement SET participant_id = ? WHERE session_id = ? AND participant_id = ?`, []any{to, p.SessionID, from}},
		{`DELETE FROM vote WHERE participant_id = ? AND option_id IN (SELECT id FROM vote_option WHERE step_id IN
			(SELECT o.step_id FROM vote v JOIN vote_option o ON o.id = v.option_id JOIN step st ON st.id = o.step_id
			 WHERE v.participant_id = ? AND st.session_id = ?))`, []any{to, from, p.SessionID}},
		{`UPDATE vote SET participant_id = ? WHERE participant_id = ? AND option_id IN (SELECT o.id FROM vote_option o
			JOIN step st ON st.id = o.step_id WHERE st.session_id = ?)`, []any{to, from, p.SessionID}},
		{`UPDATE contribution SET participant_id = ? WHERE phone_id = ?`, []any{nullID(author), p.ID}},
	}
	for _, st := range stmts {
		if _, err := s.q.Exec(st.q, st.args...); err != nil {
			return fmt.Errorf("move the answers of phone %d: %w", p.ID, err)
		}
	}
	return nil
}

// batch is Batch with the store itself, for the store's own methods.
func (s *Store) batch(fn func(*Store) error) error {
	return s.Batch(func(b sessions.Store) error { return fn(b.(*Store)) })
}

// PhoneStep runs fn, the phone's answer at step, in one transaction, once
// it holds: the phone's session is open to phones and step is the step
// its werkgroep's lead has open. Otherwise it is sessions.ErrRoomClosed
// (closed, or led elsewhere: the page says to look up) and nothing is
// stored. fn gets the phone as it is now, and a store inside the
// transaction.
func (s *Store) PhoneStep(phone, step sessions.ID, fn func(b *Store, p sessions.Phone) error) error {
	return s.batch(func(b *Store) error {
		p, err := b.lockPhone(phone)
		if err != nil {
			return err
		}
		var ok int
		if err := b.q.QueryRow(`SELECT count(*) FROM phone_room r JOIN session se ON se.id = r.session_id
			JOIN lead l ON l.werkgroep_id = se.werkgroep_id AND l.session_id = r.session_id
			WHERE r.session_id = ? AND r.closed_at = '' AND l.step_id = ?`, p.SessionID, step).Scan(&ok); err != nil {
			return err
		}
		if ok == 0 {
			return fmt.Errorf("phone %d at step %d: %w", phone, step, sessions.ErrRoomClosed)
		}
		return fn(b, p)
	})
}

// PhoneContributions are the contributions the phone sent at step, in order.
func (s *Store) PhoneContributions(phone, step sessions.ID) ([]sessions.Contribution, error) {
	var out []sessions.Contribution
	all, err := s.contributions(`phone_id = ?`, phone)
	for _, c := range all {
		if c.StepID == step {
			out = append(out, c)
		}
	}
	return out, err
}
