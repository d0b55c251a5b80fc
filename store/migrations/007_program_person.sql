-- A program row can belong to a person (issue 16): a connection of
-- werkgroep serve is one program per connection, and its person is the
-- public key it logged in with. Such a program's drafts are offered back
-- only to the same person, when that key connects again; the drafts of an
-- ordinary program (person '') go to the next ordinary program, as before.
ALTER TABLE program ADD COLUMN person TEXT NOT NULL DEFAULT '';
