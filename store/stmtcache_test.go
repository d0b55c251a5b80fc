package store

import (
	"slices"
	"testing"

	"werkgroep/sessions"
)

// kept is how many statements the store's one connection keeps prepared.
func kept(t *testing.T, s *Store) int {
	t.Helper()
	c, err := s.db.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	n := 0
	if err := c.Raw(func(dc any) error { n = len(dc.(watchedConn).cache.kept); return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// Reading the same things again reuses the statements prepared the first
// time, and gives what is in the file now, also what another handle
// stored and changed meanwhile.
func TestKeptStatementsReadWhatIsThereNow(t *testing.T) {
	a, b, w := twoHandles(t)
	ss, err := a.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	se := ss[0]
	read := func() []string {
		t.Helper()
		cs, err := a.Contributions(se.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.Text)
		}
		return got
	}
	read()
	before := kept(t, a)
	c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: "eerste"}
	if err := b.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
	if got := read(); !slices.Equal(got, []string{"eerste"}) {
		t.Fatalf("read %q after the other handle stored one, want [eerste]", got)
	}
	c.Text = "eerste, anders"
	if err := b.UpdateContribution(&c); err != nil {
		t.Fatal(err)
	}
	if got := read(); !slices.Equal(got, []string{"eerste, anders"}) {
		t.Fatalf("read %q after the other handle changed it", got)
	}
	if n := kept(t, a); n != before {
		t.Errorf("%d statements kept after reading the same again, want %d as before", n, before)
	}
}

// A kept statement is prepared again when another handle changed the
// schema meanwhile: it reads the table as it is now.
func TestKeptStatementFollowsAnotherHandlesSchema(t *testing.T) {
	a, b, _ := twoHandles(t)
	if _, err := b.db.Exec(`CREATE TABLE extra (a TEXT)`); err != nil {
		t.Fatal(err)
	}
	if _, err := b.db.Exec(`INSERT INTO extra VALUES ('een')`); err != nil {
		t.Fatal(err)
	}
	cols := func() []string {
		t.Helper()
		rows, err := a.db.Query(`SELECT * FROM extra`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		cs, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		return cs
	}
	if got := cols(); !slices.Equal(got, []string{"a"}) {
		t.Fatalf("columns %q, want [a]", got)
	}
	if _, err := b.db.Exec(`ALTER TABLE extra ADD COLUMN b TEXT NOT NULL DEFAULT 'twee'`); err != nil {
		t.Fatal(err)
	}
	if got := cols(); !slices.Equal(got, []string{"a", "b"}) {
		t.Fatalf("columns %q after the other handle added one, want [a b]", got)
	}
}

// The same text run again while its first run's rows are still open (a
// transaction that reads two things at once) is run on its own, and both
// give all their rows.
func TestKeptStatementRunTwiceAtOnce(t *testing.T) {
	s := newStore(t)
	for _, name := range []string{"een", "twee", "drie"} {
		w := sessions.Werkgroep{Name: name}
		if err := s.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
			t.Fatal(err)
		}
	}
	const q = `SELECT name FROM werkgroep ORDER BY name`
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	outer, err := tx.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for outer.Next() {
		var name string
		if err := outer.Scan(&name); err != nil {
			t.Fatal(err)
		}
		inner, err := tx.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		row := []string{name}
		for inner.Next() {
			var n string
			if err := inner.Scan(&n); err != nil {
				t.Fatal(err)
			}
			row = append(row, n)
		}
		if err := inner.Close(); err != nil {
			t.Fatal(err)
		}
		got = append(got, row)
	}
	if err := outer.Err(); err != nil {
		t.Fatal(err)
	}
	outer.Close()
	want := [][]string{{"drie", "drie", "een", "twee"}, {"een", "drie", "een", "twee"}, {"twee", "drie", "een", "twee"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("got %q, want %q", got, want)
	}
}
