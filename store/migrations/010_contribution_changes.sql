-- A following program reads only what changed (issue 16 point 6, issue
-- 15 point 1): every insert, update and delete of a contribution is
-- noted here with a rising number, under the session it was in and the
-- one it is in now (a move between sessions is gone from the one and new
-- in the other). A program that read the session up to a number reads
-- the notes after it and the rows they name; a row not there any more is
-- gone. Only the newest note of a contribution in a session is kept, so
-- the table holds one row for each contribution there is or was. The
-- new note is made before the older ones are removed, so the largest
-- number is never taken away and the next one is always larger.
CREATE TABLE contribution_change (
	seq        INTEGER PRIMARY KEY,
	id         INTEGER NOT NULL,
	session_id INTEGER NOT NULL
);
CREATE INDEX contribution_change_session ON contribution_change(session_id, seq);
CREATE INDEX contribution_change_id ON contribution_change(id, session_id, seq);

CREATE TRIGGER contribution_change_insert AFTER INSERT ON contribution
BEGIN
	INSERT INTO contribution_change (id, session_id) VALUES (NEW.id, NEW.session_id);
	DELETE FROM contribution_change WHERE id = NEW.id AND session_id = NEW.session_id
		AND seq < (SELECT max(seq) FROM contribution_change);
END;
CREATE TRIGGER contribution_change_update AFTER UPDATE ON contribution
BEGIN
	INSERT INTO contribution_change (id, session_id) SELECT OLD.id, OLD.session_id WHERE OLD.session_id <> NEW.session_id;
	INSERT INTO contribution_change (id, session_id) VALUES (NEW.id, NEW.session_id);
	DELETE FROM contribution_change WHERE id = NEW.id AND session_id = NEW.session_id
		AND seq < (SELECT max(seq) FROM contribution_change);
	DELETE FROM contribution_change WHERE id = OLD.id AND session_id = OLD.session_id
		AND OLD.session_id <> NEW.session_id AND seq < (SELECT max(seq) - 1 FROM contribution_change);
END;
CREATE TRIGGER contribution_change_delete AFTER DELETE ON contribution
BEGIN
	INSERT INTO contribution_change (id, session_id) VALUES (OLD.id, OLD.session_id);
	DELETE FROM contribution_change WHERE id = OLD.id AND session_id = OLD.session_id
		AND seq < (SELECT max(seq) FROM contribution_change);
END;
