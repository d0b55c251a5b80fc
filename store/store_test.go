package store

import (
	"crypto/sha256"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"werkgroep/sessions"
)

func newStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "sub", "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestCreateIsPrivateAndHoldsTheTemplate(t *testing.T) {
	s := newStore(t)
	fi, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}
	w := sessions.Werkgroep{Name: "Visie & Participatie"}
	if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, err := s.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 4 {
		t.Fatalf("%d sessions, want 4", len(ss))
	}
	for _, se := range ss {
		if len(se.Steps) < 4 {
			t.Errorf("session %d has %d steps", se.Number, len(se.Steps))
		}
		if se.Steps[0].Kind != sessions.StepOpening || se.Steps[len(se.Steps)-1].Kind != sessions.StepClosing {
			t.Errorf("session %d does not open and close", se.Number)
		}
	}
	if ss[0].Steps[2].Kind != sessions.StepSchema {
		t.Errorf("session 1 step 3 is %q, want the schema", ss[0].Steps[2].Kind)
	}
	sum, err := s.Werkgroepen()
	if err != nil || len(sum) != 1 || sum[0].Sessions != 4 || sum[0].Lang != sessions.Dutch {
		t.Fatalf("summary %+v, %v", sum, err)
	}
}

func TestContributionsSurviveReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w := sessions.Werkgroep{Name: "W"}
	s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
	ss, _ := s.Sessions(w.ID)
	p := sessions.Participant{WerkgroepID: w.ID, Name: "Linda Carolus", Naming: sessions.Initials}
	if err := s.SaveParticipant(&p); err != nil {
		t.Fatal(err)
	}
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, ParticipantID: p.ID, Kind: sessions.Vraag, Text: "Wie | *is* <b>"}
	if err := s.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDraft(sessions.Draft{Key: "capture", Text: "half"}); err != nil {
		t.Fatal(err)
	}
	crash(s) // no checkpoint: as after a crash

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Contributions(ss[0].ID)
	if err != nil || len(got) != 1 {
		t.Fatalf("got %v, %v", got, err)
	}
	if got[0].Text != c.Text || got[0].ParticipantID != p.ID || got[0].Kind != sessions.Vraag {
		t.Errorf("got %+v", got[0])
	}
	d, _ := s.Drafts()
	if len(d) != 1 || d[0].Text != "half" {
		t.Errorf("drafts %+v", d)
	}
	if err := s.DeleteContribution(c.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreContribution(got[0]); err != nil {
		t.Fatal(err)
	}
	again, _ := s.Contributions(ss[0].ID)
	if len(again) != 1 || again[0].ID != c.ID {
		t.Errorf("restore gave %+v", again)
	}
}

func TestOutcomeHistoryIsKept(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "W"}
	s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
	ss, _ := s.Sessions(w.ID)
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: "x"}
	s.AddContribution(&c)
	s.SetOutcome(c.ID, sessions.Adopted, "visietekst, alinea 2")
	s.SetOutcome(c.ID, sessions.NotAdopted, "past niet")
	h, err := s.OutcomeHistory(c.ID)
	if err != nil || len(h) != 2 || h[0].Outcome != sessions.Adopted || h[1].Note != "past niet" {
		t.Fatalf("history %+v, %v", h, err)
	}
}

func TestStepsReorderAddDelete(t *testing.T) {
	s := newStore(t)
	w := sessions.Werkgroep{Name: "W"}
	s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch))
	ss, _ := s.Sessions(w.ID)
	se := ss[0]
	first, second := se.Steps[0].ID, se.Steps[1].ID
	if err := s.MoveStep(first, 1); err != nil {
		t.Fatal(err)
	}
	se, _ = s.Session(se.ID)
	if se.Steps[0].ID != second || se.Steps[1].ID != first {
		t.Errorf("move: %d %d", se.Steps[0].ID, se.Steps[1].ID)
	}
	br := sessions.Step{SessionID: se.ID, Kind: sessions.StepBreak, Title: "Pauze", Position: 2}
	if err := s.AddStep(&br); err != nil {
		t.Fatal(err)
	}
	se, _ = s.Session(se.ID)
	if se.Steps[1].ID != br.ID || se.Steps[2].ID != first {
		t.Errorf("insert at 2: %+v", se.Steps[:3])
	}
	n := len(se.Steps)
	if err := s.DeleteStep(br.ID); err != nil {
		t.Fatal(err)
	}
	se, _ = s.Session(se.ID)
	for i, st := range se.Steps {
		if st.Position != i+1 {
			t.Errorf("step %d at position %d", i, st.Position)
		}
	}
	if len(se.Steps) != n-1 {
		t.Errorf("%d steps after delete, want %d", len(se.Steps), n-1)
	}
}

func sum(t *testing.T, path string) [32]byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestForeignFilesAreRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.db")
	db, _ := sql.Open("sqlite", other)
	db.Exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hi')`)
	db.Close()
	random := filepath.Join(dir, "random.db")
	os.WriteFile(random, []byte("this is not a database at all, not even close to one; just text....................................................."), 0o600)

	newer := filepath.Join(dir, "newer.db")
	s, err := Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Exec(`PRAGMA user_version = 99`)
	s.Close()

	cases := map[string]Problem{other: NotWerkgroep, random: NotWerkgroep, newer: Newer, dir: IsDirectory}
	for path, want := range cases {
		var before [32]byte
		if path != dir {
			before = sum(t, path)
		}
		var oe *OpenError
		if err := Check(path); !errors.As(err, &oe) || oe.Problem != want {
			t.Errorf("Check %s: error %v, want problem %d", filepath.Base(path), err, want)
		}
		_, err := Open(path)
		if !errors.As(err, &oe) || oe.Problem != want {
			t.Errorf("%s: error %v, want problem %d", filepath.Base(path), err, want)
		}
		if path != dir && sum(t, path) != before {
			t.Errorf("%s changed", filepath.Base(path))
		}
	}
}

func TestEmptyFileIsNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(path, nil, 0o600)
	missing := filepath.Join(t.TempDir(), "nog-niet.db")
	for _, p := range []string{path, missing} {
		if err := Check(p); err != nil {
			t.Errorf("Check %s: %v, want nil: Open makes it", filepath.Base(p), err)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("Check made the missing file")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
