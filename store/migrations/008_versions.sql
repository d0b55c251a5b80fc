-- Two people, one thing (issue 15): a version for each record a person
-- edits, so that a save can check the record is still as it was when the
-- edit began. The store's own updates raise it (and check it); the
-- triggers raise it for every other update of the row (an outcome, an
-- author removed), so that any change counts. Rows that exist get 1, as
-- new rows do.
ALTER TABLE contribution ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE placement ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE action ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decision ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE participant ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE step ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- Not checked yet by the store (the session's and werkgroep's own forms),
-- but counted already, so that checking them needs no new migration.
ALTER TABLE session ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE werkgroep ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER contribution_version AFTER UPDATE ON contribution WHEN NEW.version = OLD.version
BEGIN UPDATE contribution SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER placement_version AFTER UPDATE ON placement WHEN NEW.version = OLD.version
BEGIN UPDATE placement SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER action_version AFTER UPDATE ON action WHEN NEW.version = OLD.version
BEGIN UPDATE action SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER decision_version AFTER UPDATE ON decision WHEN NEW.version = OLD.version
BEGIN UPDATE decision SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER participant_version AFTER UPDATE ON participant WHEN NEW.version = OLD.version
BEGIN UPDATE participant SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER step_version AFTER UPDATE ON step WHEN NEW.version = OLD.version
BEGIN UPDATE step SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER session_version AFTER UPDATE ON session WHEN NEW.version = OLD.version
BEGIN UPDATE session SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER werkgroep_version AFTER UPDATE ON werkgroep WHEN NEW.version = OLD.version
BEGIN UPDATE werkgroep SET version = OLD.version + 1 WHERE rowid = NEW.rowid; END;
