-- Who leads the room (issue 15): per werkgroep, the one program whose
-- step the others and the projector follow. One row a werkgroep; it is
-- taken over by the program where someone moves to a step, and removed
-- when that program stops leading. The clock is kept as the time used
-- when it last started or stopped plus, while it runs, the moment it
-- started, so followers compute it without the lead writing every second.
CREATE TABLE lead (
	werkgroep_id  INTEGER PRIMARY KEY REFERENCES werkgroep(id) ON DELETE CASCADE,
	session_id    INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	step_id       INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
	since         TEXT NOT NULL,
	program       TEXT NOT NULL,
	elapsed_ms    INTEGER NOT NULL DEFAULT 0,
	running_since TEXT NOT NULL DEFAULT '',
	projector     TEXT NOT NULL DEFAULT 'normal',
	updated_at    TEXT NOT NULL
);
