-- Participants answer from their own phone (issue 17).

-- A session opened to phones: the join code people type (or scan), the
-- page's address as the serving program found it (for the projector's
-- QR code; '' when no program here serves it) and that program (as in
-- lead.program), and when it was opened and closed ('' while it is
-- open). One row a session; opening it again keeps the row and its code.
CREATE TABLE phone_room (
	session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
	code       TEXT NOT NULL,
	address    TEXT NOT NULL DEFAULT '',
	program    TEXT NOT NULL DEFAULT '',
	opened_at  TEXT NOT NULL,
	closed_at  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phone_room_code ON phone_room(code);

-- One phone that answers in a session: one person. token is the SHA-256
-- of the random value in the phone's one cookie, so a copy of the file
-- does not let anyone answer as that phone. Its placements and votes are
-- stored under participant_id -id (anonymous: "via telefoon") until the
-- note-taker confirms the participant it says it is (claimed); then they
-- move to that participant, and the phone's later answers go there too.
CREATE TABLE phone (
	id         INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: -id names one phone's answers
	session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	token      TEXT NOT NULL UNIQUE,
	claimed_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
	confirmed  INTEGER NOT NULL DEFAULT 0,
	created_at TEXT NOT NULL
);
CREATE INDEX phone_session ON phone(session_id, id);

-- A contribution sent from a phone says which; it stays for the group
-- only (sharing 1) until the note-taker opens it up.
ALTER TABLE contribution ADD COLUMN phone_id INTEGER REFERENCES phone(id) ON DELETE SET NULL;

-- Votes of a phone are under participant_id -id, like its placements, so
-- the vote table no longer requires a participant row; removing a
-- participant still removes their votes, now by a trigger, and so does
-- removing a phone.
CREATE TABLE vote_new (
	option_id      INTEGER NOT NULL REFERENCES vote_option(id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL,
	dots           INTEGER NOT NULL CHECK (dots > 0),
	PRIMARY KEY (option_id, participant_id)
);
INSERT INTO vote_new (option_id, participant_id, dots) SELECT option_id, participant_id, dots FROM vote;
DROP TABLE vote;
ALTER TABLE vote_new RENAME TO vote;
CREATE INDEX vote_participant ON vote(participant_id);
CREATE TRIGGER vote_participant_gone AFTER DELETE ON participant BEGIN
	DELETE FROM vote WHERE participant_id = old.id;
END;
CREATE TRIGGER phone_gone AFTER DELETE ON phone BEGIN
	DELETE FROM vote WHERE participant_id = -old.id;
	DELETE FROM placement WHERE participant_id = -old.id;
END;
