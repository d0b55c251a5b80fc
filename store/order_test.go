package store

import (
	"path/filepath"
	"testing"

	"werkgroep/sessions"
)

// A werkgroep's choice of order for its minutes is stored and kept; the
// spoken order is the default for new werkgroepen and, through migration
// 004, for werkgroepen made before the choice existed.
func TestMinutesOrderIsRemembered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w := sessions.Werkgroep{Name: "Nieuw"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Werkgroep(w.ID)
	if err != nil || got.Order != sessions.SpokenOrder {
		t.Fatalf("new werkgroep: order %q (%v), want spoken", got.Order, err)
	}
	got.Order = sessions.ByKind
	if err := s.UpdateWerkgroep(&got); err != nil {
		t.Fatal(err)
	}
	got.Order = "" // a caller that does not know the choice keeps it
	got.Name = "Hernoemd"
	if err := s.UpdateWerkgroep(&got); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, _ = s.Werkgroep(w.ID)
	if got.Order != sessions.ByKind || got.Name != "Hernoemd" {
		t.Fatalf("after reopen: %q %q, want by kind, Hernoemd", got.Name, got.Order)
	}
	list, _ := s.Werkgroepen()
	if len(list) != 1 || list[0].Order != sessions.ByKind {
		t.Fatalf("Werkgroepen: %+v", list)
	}
}

func TestExistingWerkgroepGetsSpokenOrder(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "Van vóór de keuze"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	// the werkgroep as it was before migration 004, then the migration
	if _, err := s.db.Exec(`ALTER TABLE werkgroep DROP COLUMN minutes_order`); err != nil {
		t.Fatal(err)
	}
	migration, err := migrationFS.ReadFile("migrations/004_minutes_order.sql")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(string(migration)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Werkgroep(w.ID)
	if err != nil || got.Order != sessions.SpokenOrder {
		t.Fatalf("after migration 004: order %q (%v), want spoken", got.Order, err)
	}
}
