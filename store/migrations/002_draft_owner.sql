-- Drafts get an owner and an author (issue 11, points 7 and 9).
--
-- program: one row for each running program that has kept a draft, so
-- that two programs typing in the same step keep their own half-typed
-- text, and a draft is offered back only once its program has ended.
CREATE TABLE program (
	id         INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: a draft's owner names one run
	host       TEXT NOT NULL,
	pid        INTEGER NOT NULL,
	started_at TEXT NOT NULL
);

-- author_id: whose words the text is, so that removing that person
-- removes their drafts (or, keeping their words, drops the name);
-- placement: the text belongs to their placement on the tension schema,
-- which goes with them either way. Drafts from before have owner 0, a
-- program that no longer runs, and get their author from their key:
-- capture/<wg>/<session>/<step>/p<id>/<kind> and
-- schema/<wg>/<session>/<person>/<dimension>.
CREATE TABLE draft_owned (
	owner      INTEGER NOT NULL DEFAULT 0,
	key        TEXT NOT NULL,
	text       TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	author_id  INTEGER,
	placement  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (owner, key)
);

INSERT INTO draft_owned (owner, key, text, updated_at, author_id, placement)
WITH
	p1 AS (SELECT key, text, updated_at, substr(key, instr(key, '/') + 1) AS r FROM draft),
	p2 AS (SELECT key, text, updated_at, substr(r, instr(r, '/') + 1) AS r FROM p1),
	p3 AS (SELECT key, text, updated_at, substr(r, instr(r, '/') + 1) AS r FROM p2),
	p4 AS (SELECT key, text, updated_at, r AS r3, substr(r, instr(r, '/') + 1) AS r FROM p3),
	who AS (SELECT key, text, updated_at,
		CASE WHEN instr(r3, '/') > 0 THEN substr(r3, 1, instr(r3, '/') - 1) ELSE '' END AS person,
		CASE WHEN instr(r, '/') > 0 THEN substr(r, 1, instr(r, '/') - 1) ELSE '' END AS capturer
		FROM p4)
SELECT 0, key, text, updated_at,
	CASE
		WHEN key LIKE 'capture/%' AND capturer GLOB 'p[0-9]*' THEN NULLIF(CAST(substr(capturer, 2) AS INTEGER), 0)
		WHEN key LIKE 'schema/%' AND person GLOB '[0-9]*' THEN NULLIF(CAST(person AS INTEGER), 0)
	END,
	key LIKE 'schema/%'
FROM who;

DROP TABLE draft;
ALTER TABLE draft_owned RENAME TO draft;
CREATE INDEX draft_author ON draft (author_id) WHERE author_id IS NOT NULL;
