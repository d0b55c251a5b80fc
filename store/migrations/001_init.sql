-- The first schema of a werkgroep file. Times are RFC 3339 text in UTC;
-- dates chosen by people (session date, due date) are YYYY-MM-DD text.
CREATE TABLE werkgroep (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	theme      TEXT NOT NULL DEFAULT '',
	trekkers   TEXT NOT NULL DEFAULT '',
	lang       TEXT NOT NULL DEFAULT 'nl',
	template   TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL
);

CREATE TABLE session (
	id           INTEGER PRIMARY KEY,
	werkgroep_id INTEGER NOT NULL REFERENCES werkgroep(id) ON DELETE CASCADE,
	number       INTEGER NOT NULL,
	title        TEXT NOT NULL DEFAULT '',
	purpose      TEXT NOT NULL DEFAULT '',
	date         TEXT NOT NULL DEFAULT '',
	place        TEXT NOT NULL DEFAULT '',
	status       INTEGER NOT NULL DEFAULT 0,
	approved_on  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_werkgroep ON session(werkgroep_id, number);

CREATE TABLE step (
	id          INTEGER PRIMARY KEY,
	session_id  INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	kind        TEXT NOT NULL DEFAULT 'activity',
	title       TEXT NOT NULL DEFAULT '',
	purpose     TEXT NOT NULL DEFAULT '',
	prompt      TEXT NOT NULL DEFAULT '',
	timebox_sec INTEGER NOT NULL DEFAULT 0,
	skipped     INTEGER NOT NULL DEFAULT 0,
	elapsed_sec INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX step_session ON step(session_id, position);

CREATE TABLE participant (
	id                INTEGER PRIMARY KEY,
	werkgroep_id      INTEGER NOT NULL REFERENCES werkgroep(id) ON DELETE CASCADE,
	name              TEXT NOT NULL,
	naming            INTEGER NOT NULL DEFAULT 0,
	naming_on         TEXT NOT NULL DEFAULT '',
	paragraph_naming  INTEGER NOT NULL DEFAULT 3,
	paragraph_on      TEXT NOT NULL DEFAULT '',
	about             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attendance (
	session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
	status         INTEGER NOT NULL,
	PRIMARY KEY (session_id, participant_id)
);

CREATE TABLE contribution (
	id             INTEGER PRIMARY KEY,
	session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	step_id        INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
	participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
	by_group       INTEGER NOT NULL DEFAULT 0,
	kind           INTEGER NOT NULL DEFAULT 0,
	text           TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	outcome        INTEGER NOT NULL DEFAULT 0,
	outcome_note   TEXT NOT NULL DEFAULT '',
	outcome_at     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contribution_session ON contribution(session_id, id);
CREATE INDEX contribution_step ON contribution(step_id, id);
CREATE INDEX contribution_participant ON contribution(participant_id);

CREATE TABLE outcome_history (
	id              INTEGER PRIMARY KEY,
	contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
	outcome         INTEGER NOT NULL,
	note            TEXT NOT NULL DEFAULT '',
	at              TEXT NOT NULL
);
CREATE INDEX outcome_history_contribution ON outcome_history(contribution_id, id);

CREATE TABLE decision (
	id         INTEGER PRIMARY KEY,
	session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	text       TEXT NOT NULL,
	created_at TEXT NOT NULL
);

CREATE TABLE action (
	id         INTEGER PRIMARY KEY,
	session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	what       TEXT NOT NULL,
	owner_id   INTEGER REFERENCES participant(id) ON DELETE SET NULL,
	owner_text TEXT NOT NULL DEFAULT '',
	due        TEXT NOT NULL DEFAULT '',
	status     INTEGER NOT NULL DEFAULT 0,
	updated_at TEXT NOT NULL
);

-- participant_id 0 is the group as a whole ("de groep"); now and wish 0
-- mean "not placed".
CREATE TABLE placement (
	session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL,
	dimension      INTEGER NOT NULL,
	now            INTEGER NOT NULL DEFAULT 0,
	wish           INTEGER NOT NULL DEFAULT 0,
	example        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (session_id, participant_id, dimension)
);

CREATE TABLE sticker (
	session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	dimension  INTEGER NOT NULL,
	wish       INTEGER NOT NULL,
	point      INTEGER NOT NULL,
	count      INTEGER NOT NULL,
	PRIMARY KEY (session_id, dimension, wish, point)
);

CREATE TABLE draft (
	key        TEXT PRIMARY KEY,
	text       TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
