-- Themes (a "thema's" step) and dot voting (a "stemmen" step), issue 14.

-- A theme gathers contributions of earlier steps under a name, in a
-- themes step.
CREATE TABLE theme (
	id       INTEGER PRIMARY KEY,
	step_id  INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
	name     TEXT NOT NULL,
	position INTEGER NOT NULL
);
CREATE INDEX theme_step ON theme(step_id, position);

-- A contribution is in at most one theme of a step; step_id is kept here
-- so that the database holds that rule.
CREATE TABLE theme_member (
	theme_id        INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
	step_id         INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
	contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
	position        INTEGER NOT NULL,
	PRIMARY KEY (step_id, contribution_id)
);
CREATE INDEX theme_member_theme ON theme_member(theme_id, position);
CREATE INDEX theme_member_contribution ON theme_member(contribution_id);

-- The sessions whose contributions a themes step gathers; none means the
-- step's own session.
CREATE TABLE theme_source (
	step_id    INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
	session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
	PRIMARY KEY (step_id, session_id)
);

-- A voting step's setting: how many dots each person has, and whether
-- the minutes say who voted for what (as each chose to be named). No row
-- means the default: 3 dots, only the counts.
CREATE TABLE vote_step (
	step_id INTEGER PRIMARY KEY REFERENCES step(id) ON DELETE CASCADE,
	dots    INTEGER NOT NULL CHECK (dots BETWEEN 1 AND 99),
	names   INTEGER NOT NULL DEFAULT 0
);

-- An option to vote on: a theme, an earlier contribution, or typed text.
-- text is what the option said when it was made, so that it reads the
-- same when its theme is gone; an option made from a contribution goes
-- with it, so that removing someone's words removes them here too. stickers is the count of
-- sticker dots from paper, without names; NULL when none were counted.
CREATE TABLE vote_option (
	id              INTEGER PRIMARY KEY,
	step_id         INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
	position        INTEGER NOT NULL,
	theme_id        INTEGER REFERENCES theme(id) ON DELETE SET NULL,
	contribution_id INTEGER REFERENCES contribution(id) ON DELETE CASCADE,
	text            TEXT NOT NULL,
	stickers        INTEGER CHECK (stickers IS NULL OR stickers >= 0)
);
CREATE INDEX vote_option_step ON vote_option(step_id, position);

-- The dots one person put on one option; no row is no dots. A person
-- with no dots on any option of the step has not voted.
CREATE TABLE vote (
	option_id      INTEGER NOT NULL REFERENCES vote_option(id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
	dots           INTEGER NOT NULL CHECK (dots > 0),
	PRIMARY KEY (option_id, participant_id)
);
CREATE INDEX vote_participant ON vote(participant_id);
