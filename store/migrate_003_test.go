package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"werkgroep/sessions"
)

// A file made before migration 003 keeps its meaning: its check-in and
// check-out steps become for the group only, and each action's one owner
// (a participant or a typed name) becomes its first owner.
func TestMigration003KeepsOwnersAndMarksCheckIns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	first, _ := migrationFS.ReadFile("migrations/001_init.sql")
	for _, q := range []string{string(first),
		`INSERT INTO werkgroep (id, name, created_at) VALUES (1, 'Oud', '2026-01-01T00:00:00Z')`,
		`INSERT INTO session (id, werkgroep_id, number) VALUES (1, 1, 1)`,
		`INSERT INTO step (id, session_id, position, kind, title) VALUES (1, 1, 1, 'opening', 'Welkom en check-in'), (2, 1, 2, 'activity', 'Gesprek'), (3, 1, 3, 'closing', 'Afsluiting en check-out')`,
		`INSERT INTO participant (id, werkgroep_id, name) VALUES (7, 1, 'Wim de Jong')`,
		`INSERT INTO action (id, session_id, what, owner_id, owner_text, updated_at) VALUES
			(1, 1, 'a', 7, '', '2026-01-01T00:00:00Z'), (2, 1, 'b', NULL, 'gemeente', '2026-01-01T00:00:00Z'), (3, 1, 'c', NULL, '', '2026-01-01T00:00:00Z')`,
		fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = 1`, ApplicationID),
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ss, _ := st.Sessions(1)
	var private []bool
	for _, s := range ss[0].Steps {
		private = append(private, s.Private)
	}
	if !slices.Equal(private, []bool{true, false, true}) {
		t.Errorf("private steps %v, want the check-in and the check-out", private)
	}
	as, err := st.Actions(1)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]sessions.Owner{{{ParticipantID: 7}}, {{Name: "gemeente"}}, nil}
	for i, a := range as {
		if !slices.Equal(a.Owners, want[i]) {
			t.Errorf("action %q: owners %+v, want %+v", a.What, a.Owners, want[i])
		}
	}
	// removing the participant removes them as an owner, not the action
	if err := st.RemoveParticipant(7, true); err != nil {
		t.Fatal(err)
	}
	if as, _ := st.Actions(1); len(as) != 3 || len(as[0].Owners) != 0 {
		t.Errorf("after removing the owner: %+v", as)
	}
}
