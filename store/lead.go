package store

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"werkgroep/sessions"
)

// Lead is who leads werkgroep's room (migration 006).
func (s *Store) Lead(werkgroep sessions.ID) (sessions.Lead, error) {
	l := sessions.Lead{WerkgroepID: werkgroep}
	var since, running, updated, projector string
	var elapsed int64
	err := s.q.QueryRow(`SELECT session_id, step_id, since, program, elapsed_ms, running_since, projector, updated_at
		FROM lead WHERE werkgroep_id = ?`, werkgroep).
		Scan(&l.SessionID, &l.StepID, &since, &l.Program, &elapsed, &running, &projector, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return l, fmt.Errorf("lead of werkgroep %d: %w", werkgroep, sessions.ErrNotFound)
	}
	if err != nil {
		return l, fmt.Errorf("lead of werkgroep %d: %w", werkgroep, err)
	}
	l.Since, l.Updated = parseTime(since), parseTime(updated)
	l.Elapsed = time.Duration(elapsed) * time.Millisecond
	if running != "" {
		l.RunningSince = parseTime(running)
	}
	l.Projector = sessions.Projector(projector)
	l.Ended, l.Alive = programEnded(l.Program), programRuns(l.Program)
	return l, nil
}

// EndLeads removes every lead of program, when it closes the file: the
// followers then say at once that nothing is being led, instead of
// waiting to find the program gone.
func (s *Store) EndLeads(program string) error {
	if _, err := s.q.Exec(`DELETE FROM lead WHERE program = ?`, program); err != nil {
		return fmt.Errorf("end the leads of %s: %w", program, err)
	}
	return nil
}

// programEnded reports whether the program named by a lead's id
// (sessions.NewProgramID: host/pid/start) is known to have ended: a
// process of this computer that is gone. Of another computer it cannot
// tell; a process number used again keeps a lead alive until it ends.
func programEnded(id string) bool {
	parts := strings.Split(id, "/")
	if len(parts) != 3 || parts[0] != hostname() {
		return false
	}
	pid, err := strconv.Atoi(parts[1])
	return err == nil && pid != os.Getpid() && !processAlive(pid)
}

// programRuns reports whether the program named by id is known to run:
// a process of this computer that is there, this one included (the
// connections of werkgroep serve share its process, and each ends its
// lead when it closes).
func programRuns(id string) bool {
	parts := strings.Split(id, "/")
	if len(parts) != 3 || parts[0] != hostname() {
		return false
	}
	pid, err := strconv.Atoi(parts[1])
	return err == nil && (pid == os.Getpid() || processAlive(pid))
}

// SetLead stores l as the lead of its werkgroep, replacing whoever led.
func (s *Store) SetLead(l sessions.Lead) error {
	if l.Projector == "" {
		l.Projector = sessions.ProjectNormal
	}
	if l.Since.IsZero() {
		l.Since = time.Now()
	}
	running := ""
	if !l.RunningSince.IsZero() {
		running = stamp(l.RunningSince)
	}
	_, err := s.q.Exec(`INSERT INTO lead (werkgroep_id, session_id, step_id, since, program, elapsed_ms, running_since, projector, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (werkgroep_id) DO UPDATE SET session_id = excluded.session_id, step_id = excluded.step_id,
			since = excluded.since, program = excluded.program, elapsed_ms = excluded.elapsed_ms,
			running_since = excluded.running_since, projector = excluded.projector, updated_at = excluded.updated_at`,
		l.WerkgroepID, l.SessionID, l.StepID, stamp(l.Since), l.Program, l.Elapsed.Milliseconds(), running, string(l.Projector), now())
	if err != nil {
		return fmt.Errorf("set lead of werkgroep %d: %w", l.WerkgroepID, err)
	}
	return nil
}

// ClearLead removes program's lead of werkgroep, leaving another's.
func (s *Store) ClearLead(werkgroep sessions.ID, program string) error {
	if _, err := s.q.Exec(`DELETE FROM lead WHERE werkgroep_id = ? AND program = ?`, werkgroep, program); err != nil {
		return fmt.Errorf("clear lead of werkgroep %d: %w", werkgroep, err)
	}
	return nil
}
