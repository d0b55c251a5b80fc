package store

import (
	"slices"
	"testing"

	"werkgroep/sessions"
)

// The notes of changed contributions (migration 010) as another handle
// reads them: each change gives a larger mark, also when the same
// contribution changes twice in a row; a move to another session is gone
// from the one and new in the other; a deletion is gone; the notes keep
// one row per contribution and session; and the version of an edited
// contribution is raised once, as before (the notes do not touch it).
func TestContributionChangesAsAnotherHandleSeesThem(t *testing.T) {
	a, b, w := twoHandles(t)
	ss, err := a.Sessions(w.ID)
	mustDo(t, err)
	s1, s2 := ss[0], ss[1]
	m0, err := b.ContributionMark()
	mustDo(t, err)
	changes := func(se sessions.ID, mark int64) ([]sessions.ID, []sessions.ID, int64) {
		t.Helper()
		changed, gone, next, err := b.ContributionChanges(se, mark)
		mustDo(t, err)
		var ids []sessions.ID
		for _, c := range changed {
			ids = append(ids, c.ID)
		}
		return ids, gone, next
	}

	c := sessions.Contribution{SessionID: s1.ID, StepID: s1.Steps[0].ID, Text: "eerst"}
	mustDo(t, a.AddContribution(&c))
	ids, gone, m1 := changes(s1.ID, m0)
	if !slices.Equal(ids, []sessions.ID{c.ID}) || gone != nil || m1 <= m0 {
		t.Fatalf("after an insert: changed %v, gone %v, mark %d after %d", ids, gone, m1, m0)
	}
	if ids, gone, next := changes(s1.ID, m1); ids != nil || gone != nil || next != m1 {
		t.Fatalf("nothing changed, yet changed %v, gone %v, mark %d after %d", ids, gone, next, m1)
	}
	mark := m1
	for i := range 3 { // the same row again and again: the mark rises every time
		c.Text += "!"
		mustDo(t, a.UpdateContribution(&c))
		ids, _, next := changes(s1.ID, mark)
		if !slices.Equal(ids, []sessions.ID{c.ID}) || next <= mark {
			t.Fatalf("edit %d: changed %v, mark %d after %d", i, ids, next, mark)
		}
		mark = next
	}
	if got := stored(t, b, s1.ID, c.ID); got.Version != 4 {
		t.Errorf("after three edits the version is %d, want 4", got.Version)
	}
	mustDo(t, a.SetOutcome(c.ID, sessions.Adopted, "ja")) // an update of another kind counts too
	ids, _, next := changes(s1.ID, mark)
	if !slices.Equal(ids, []sessions.ID{c.ID}) {
		t.Fatalf("after an outcome: changed %v", ids)
	}
	mark = next

	// Moved to another session (no screen does it; the file allows it).
	if _, err := a.db.Exec(`UPDATE contribution SET session_id = ?, step_id = ? WHERE id = ?`, s2.ID, s2.Steps[0].ID, c.ID); err != nil {
		t.Fatal(err)
	}
	ids, gone, _ = changes(s1.ID, mark)
	if ids != nil || !slices.Equal(gone, []sessions.ID{c.ID}) {
		t.Fatalf("moved out: changed %v, gone %v", ids, gone)
	}
	ids, gone, next = changes(s2.ID, mark)
	if !slices.Equal(ids, []sessions.ID{c.ID}) || gone != nil {
		t.Fatalf("moved in: changed %v, gone %v", ids, gone)
	}
	mark = next

	mustDo(t, a.DeleteContribution(c.ID))
	ids, gone, _ = changes(s2.ID, mark)
	if ids != nil || !slices.Equal(gone, []sessions.ID{c.ID}) {
		t.Fatalf("deleted: changed %v, gone %v", ids, gone)
	}
	var n int
	mustDo(t, b.db.QueryRow(`SELECT count(*) FROM contribution_change WHERE id = ?`, c.ID).Scan(&n))
	if n != 2 {
		t.Errorf("%d notes for one contribution in two sessions, want 2", n)
	}
}
