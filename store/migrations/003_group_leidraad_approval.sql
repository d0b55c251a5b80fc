-- Issue 12: what stays in the group, the werkgroep's own account of the
-- Participatieleidraad Sociaal, and approved minutes that were changed.

-- A step whose contributions are for the group only unless one is opened
-- up: check-in and check-out. Steps made before this version are marked
-- by their title, as the built-in template names them.
ALTER TABLE step ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
UPDATE step SET private = 1 WHERE lower(title) LIKE '%check-in%' OR lower(title) LIKE '%check-out%';

-- 0: as its step says; 1: for the group only; 2: may leave the group.
ALTER TABLE contribution ADD COLUMN sharing INTEGER NOT NULL DEFAULT 0;

-- The werkgroep's own words per step of the leidraad, and how people are
-- invited and hear back. Empty means nothing was recorded yet.
ALTER TABLE werkgroep ADD COLUMN leidraad_listen TEXT NOT NULL DEFAULT '';
ALTER TABLE werkgroep ADD COLUMN leidraad_together TEXT NOT NULL DEFAULT '';
ALTER TABLE werkgroep ADD COLUMN leidraad_role TEXT NOT NULL DEFAULT '';
ALTER TABLE werkgroep ADD COLUMN leidraad_feedback TEXT NOT NULL DEFAULT '';

-- The last date approved minutes were changed after approval.
ALTER TABLE session ADD COLUMN changed_on TEXT NOT NULL DEFAULT '';

-- An action can have more than one owner: participants (their naming
-- applies) or typed names, in the order given. action.owner_id and
-- owner_text are no longer read or written; their values move here.
CREATE TABLE action_owner (
	action_id      INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,
	participant_id INTEGER REFERENCES participant(id) ON DELETE CASCADE,
	name           TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (action_id, position)
);
INSERT INTO action_owner (action_id, position, participant_id, name)
	SELECT id, 1, owner_id, CASE WHEN owner_id IS NULL THEN owner_text ELSE '' END
	FROM action WHERE owner_id IS NOT NULL OR owner_text != '';
