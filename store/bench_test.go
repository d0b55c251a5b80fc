package store

import (
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"werkgroep/demo"
	"werkgroep/sessions"
)

// benchText is a contribution of a typical length.
const benchText = "Wat niet in cijfers te vangen is, telt ook; vertrouwen groeit als je echt luistert naar elkaar."

// benchStore is a new file with one werkgroep, and the first step of its
// first session to add contributions to.
func benchStore(b *testing.B) (*Store, sessions.Step) {
	b.Helper()
	st, err := Open(filepath.Join(b.TempDir(), "w.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	w := sessions.Werkgroep{Name: "Bank"}
	if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		b.Fatal(err)
	}
	ss, err := st.Sessions(w.ID)
	if err != nil {
		b.Fatal(err)
	}
	return st, ss[0].Steps[0]
}

// bareTable is a plain table in a file of its own with the store's
// pragmas (WAL, synchronous=FULL, and the rest), through database/sql and
// the same driver: no indexes, no foreign keys, no store code.
func bareTable(b *testing.B) *sql.DB {
	b.Helper()
	db, err := sql.Open("sqlite", dsn(filepath.Join(b.TempDir(), "bare.db"), pragmas()...))
	if err != nil {
		b.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	b.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, session_id INTEGER, step_id INTEGER,
		participant_id INTEGER, by_group INTEGER, kind INTEGER, text TEXT, created_at TEXT)`); err != nil {
		b.Fatal(err)
	}
	return db
}

func bareInsert(b *testing.B, db *sql.DB, i int) {
	if _, err := db.Exec(`INSERT INTO t (session_id, step_id, participant_id, by_group, kind, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		1, 1, nil, false, i%6, benchText, stamp(time.Now())); err != nil {
		b.Fatal(err)
	}
}

func storeAdd(b *testing.B, st *Store, step sessions.Step, i int) {
	c := sessions.Contribution{SessionID: step.SessionID, StepID: step.ID, Kind: sessions.Kind(i % 6), Text: benchText}
	if err := st.AddContribution(&c); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAddContribution is storing one contribution durably (one
// transaction, synced), through the store and as a bare INSERT.
func BenchmarkAddContribution(b *testing.B) {
	b.Run("store", func(b *testing.B) {
		st, step := benchStore(b)
		for i := 0; b.Loop(); i++ {
			storeAdd(b, st, step, i)
		}
	})
	b.Run("bare-insert", func(b *testing.B) {
		db := bareTable(b)
		for i := 0; b.Loop(); i++ {
			bareInsert(b, db, i)
		}
	})
}

// BenchmarkStoreOverhead alternates the two, so that both see the same
// disk and the same load, and reports the ratio (PERFORMANCE.md: target
// at most 1.5). Which goes first changes every time: a sync right after
// another one is slower.
func BenchmarkStoreOverhead(b *testing.B) {
	st, step := benchStore(b)
	db := bareTable(b)
	var inStore, bare time.Duration
	timed := func(d *time.Duration, f func()) {
		t := time.Now()
		f()
		*d += time.Since(t)
	}
	for i := 0; b.Loop(); i++ {
		s := func() { storeAdd(b, st, step, i) }
		r := func() { bareInsert(b, db, i) }
		if i%2 == 0 {
			timed(&inStore, s)
			timed(&bare, r)
		} else {
			timed(&bare, r)
			timed(&inStore, s)
		}
	}
	b.ReportMetric(float64(inStore.Nanoseconds())/float64(b.N), "store-ns/add")
	b.ReportMetric(float64(bare.Nanoseconds())/float64(b.N), "bare-ns/add")
	b.ReportMetric(float64(inStore)/float64(bare), "store/bare")
}

// BenchmarkOpenLarge is what happens before the first frame with the
// large demo file (10,400 contributions): open and check the file, then
// read the home screen's list and the drafts.
func BenchmarkOpenLarge(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.db")
	st, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := demo.Fill(st, demo.Options{Size: demo.Large}); err != nil {
		b.Fatal(err)
	}
	st.Close()
	b.ReportAllocs()
	for b.Loop() {
		st, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Werkgroepen(); err != nil {
			b.Fatal(err)
		}
		if _, err := st.Drafts(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
