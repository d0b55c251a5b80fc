package store

import (
	"database/sql"
	"errors"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"werkgroep/sessions"
)

// crash closes s as a crashed program leaves its file: no checkpoint,
// and its program row left behind, of a program that no longer runs.
func crash(s *Store) {
	s.db.Close()
	openHere.Lock()
	delete(openHere.rows, hereKey{s.path, s.prog.id})
	openHere.Unlock()
}

func draftTexts(t *testing.T, s *Store) []string {
	t.Helper()
	ds, err := s.Drafts()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range ds {
		out = append(out, d.Text)
	}
	slices.Sort(out)
	return out
}

// TestEachProgramKeepsItsOwnDraft: two programs typing in the same step
// keep their own half-typed text under the same key; neither sees the
// other's, nor does a third while both run; once one has ended (closed,
// or crashed) its draft is offered to the next, and saving under that
// key takes it over, so that it is not offered again.
func TestEachProgramKeepsItsOwnDraft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	open := func() *Store {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a, b, c := open(), open(), open()
	defer b.Close()
	defer c.Close()
	const key = "capture/1/1/1/-/0"
	if err := a.SaveDraft(sessions.Draft{Key: key, Text: "alfa typt"}); err != nil {
		t.Fatal(err)
	}
	if err := b.SaveDraft(sessions.Draft{Key: key, Text: "bravo typt"}); err != nil {
		t.Fatal(err)
	}
	if got := draftTexts(t, a); !slices.Equal(got, []string{"alfa typt"}) {
		t.Errorf("a sees %q, want only its own", got)
	}
	if got := draftTexts(t, b); !slices.Equal(got, []string{"bravo typt"}) {
		t.Errorf("b sees %q, want only its own", got)
	}
	if got := draftTexts(t, c); len(got) != 0 {
		t.Errorf("c sees %q while both still run", got)
	}

	a.Close()
	if got := draftTexts(t, c); !slices.Equal(got, []string{"alfa typt"}) {
		t.Errorf("after a closed, c sees %q, want a's draft", got)
	}
	// c puts it back and stores it: an empty draft under the key.
	if err := c.SaveDraft(sessions.Draft{Key: key}); err != nil {
		t.Fatal(err)
	}
	if got := draftTexts(t, c); len(got) != 0 {
		t.Errorf("after taking it over and storing it, c is still offered %q", got)
	}
	if got := draftTexts(t, b); !slices.Equal(got, []string{"bravo typt"}) {
		t.Errorf("b's own draft is %q after c took a's over", got)
	}

	// b crashes: its row stays, its process number is this one's, but no
	// store here holds it any more.
	crash(b)
	d := open()
	defer d.Close()
	if got := draftTexts(t, d); !slices.Equal(got, []string{"bravo typt"}) {
		t.Errorf("after b crashed, a new program is offered %q", got)
	}
}

// TestDraftOfAnEndedProcess: a draft whose program row names a process
// that has ended, or another computer, is offered; one of a process that
// runs is not.
func TestDraftOfAnEndedProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ended := exec.Command("true")
	if err := ended.Run(); err != nil {
		t.Skip(err)
	}
	alive := exec.Command("sleep", "30")
	if err := alive.Start(); err != nil {
		t.Skip(err)
	}
	defer alive.Process.Kill()
	for _, p := range []struct {
		host string
		pid  int
		text string
	}{
		{hostname(), ended.Process.Pid, "van een beëindigd programma"},
		{"een-andere-computer", alive.Process.Pid, "van een andere computer"},
		{hostname(), alive.Process.Pid, "van een lopend programma"},
	} {
		res, err := s.db.Exec(`INSERT INTO program (host, pid, started_at) VALUES (?, ?, '')`, p.host, p.pid)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		// a key each: drafts under one key are joined (joinSameKey)
		if _, err := s.db.Exec(`INSERT INTO draft (owner, key, text, updated_at) VALUES (?, ?, ?, '')`, id, "k/"+p.text, p.text); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"van een andere computer", "van een beëindigd programma"}
	if got := draftTexts(t, s); !slices.Equal(got, want) {
		t.Errorf("offered %q, want %q", got, want)
	}
}

// TestOldDraftsGetTheirAuthor: drafts kept before drafts had an owner and
// an author (schema version 1) are offered, with the author read from
// their key, so that removing that person removes them too.
func TestOldDraftsGetTheirAuthor(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	old := []string{
		"capture/1/2/3/p42/4", "capture/1/2/3/g/0", "capture/1/2/3/-/1", "capture/1/2/3",
		"schema/1/2/42/3", "schema/1/2/0/1", "actions/1/2/decision/0",
	}
	if _, err := db.Exec(migrations()[0]); err != nil {
		t.Fatal(err)
	}
	for _, k := range old {
		if _, err := db.Exec(`INSERT INTO draft (key, text, updated_at) VALUES (?, ?, '2026-11-01T10:00:00Z')`, k, "tekst "+k); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`PRAGMA application_id = 1465011015; PRAGMA user_version = 1`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ds, err := s.Drafts()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]sessions.Draft{}
	for _, d := range ds {
		got[d.Key] = d
	}
	for _, k := range old {
		d, ok := got[k]
		if !ok || d.Text != "tekst "+k {
			t.Errorf("old draft %s not offered (%+v)", k, d)
			continue
		}
		author, placement := sessions.ID(0), k[:7] == "schema/"
		if k == "capture/1/2/3/p42/4" || k == "schema/1/2/42/3" {
			author = 42
		}
		if d.Author != author || d.Placement != placement {
			t.Errorf("%s: author %d, placement %v; want %d, %v", k, d.Author, d.Placement, author, placement)
		}
	}
}

// checkDraftsAfterRemoval: removing a person removes their drafts in
// every program, the example of their placement either way; keeping
// their words keeps the text without them. Others' drafts stay.
func checkDraftsAfterRemoval(t *testing.T, s, other *Store, gone sessions.ID, keep bool) {
	t.Helper()
	var texts []string
	for _, st := range []*Store{s, other} {
		ds, err := st.Drafts()
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if d.Author == gone {
				t.Errorf("draft %q still names the removed person", d.Text)
			}
			texts = append(texts, d.Text)
		}
	}
	slices.Sort(texts)
	want := []string{"Bram typt nog"}
	if keep {
		want = []string{"Bram typt nog", "Quokkaklad nog niet af", "Quokkaklad van de ander"}
	}
	if !slices.Equal(texts, want) {
		t.Errorf("drafts after removing: %q, want %q", texts, want)
	}
}

// TestUpdateOfADeletedContribution: saving an edit of a contribution that
// another program deleted stores nothing and says so.
func TestUpdateOfADeletedContribution(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "W"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(w.ID)
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: "eerst"}
	if err := s.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
	c.Text = "daarna"
	if err := s.UpdateContribution(&c); err != nil {
		t.Fatalf("update of an existing contribution: %v", err)
	}
	if err := s.DeleteContribution(c.ID); err != nil {
		t.Fatal(err)
	}
	c.Text = "te laat"
	if err := s.UpdateContribution(&c); !errors.Is(err, sessions.ErrNotFound) {
		t.Errorf("update of a deleted contribution: %v, want ErrNotFound", err)
	}
}
