//go:build unix

package reliability

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// bin is the werkgroep binary, built once, on first use, for all tests
// of a run (fuzzing and the in-process tests do not need it).
var (
	bin      string
	binDir   string
	binOnce  sync.Once
	binError error
)

// binary builds werkgroep the first time a test needs it.
func binary(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		bin = filepath.Join(binDir, "werkgroep")
		build := exec.Command("go", "build", "-o", bin, "werkgroep")
		out, err := build.CombinedOutput()
		if err != nil {
			binError = fmt.Errorf("building werkgroep: %v\n%s", err, out)
		}
	})
	if binError != nil {
		t.Fatal(binError)
	}
	return bin
}

func TestMain(m *testing.M) {
	var err error
	binDir, err = os.MkdirTemp("", "werkgroep-reliability-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(binDir)
	os.Exit(code)
}

// fixture is a data file with one Dutch werkgroep made from the built-in
// template, and a few participants.
type fixture struct {
	path      string
	werkgroep sessions.Werkgroep
	sessions  []sessions.Session
	people    []sessions.Participant
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	path := filepath.Join(t.TempDir(), "werkgroep.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f := fixture{path: path, werkgroep: sessions.Werkgroep{Name: "Buurtwerk", Theme: "De buurt", Trekkers: "Sanne"}}
	if err := st.CreateWerkgroep(&f.werkgroep, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Amira Haddou", "Joost Brink", "Els de Wit"} {
		p := sessions.Participant{WerkgroepID: f.werkgroep.ID, Name: n, Naming: sessions.FirstName}
		if err := st.SaveParticipant(&p); err != nil {
			t.Fatal(err)
		}
		f.people = append(f.people, p)
	}
	if f.sessions, err = st.Sessions(f.werkgroep.ID); err != nil {
		t.Fatal(err)
	}
	return f
}

// readOnly opens a data file read-only, as a second reader would, without
// changing it. The caller closes it.
func readOnly(t testing.TB, path string) *sql.DB {
	t.Helper()
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path), RawQuery: "mode=ro&_pragma=busy_timeout(10000)"}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// integrity runs SQLite's integrity check and fails the test unless it
// says ok.
func integrity(t testing.TB, path string) {
	t.Helper()
	db := readOnly(t, path)
	defer db.Close()
	rows, err := db.Query(`PRAGMA integrity_check`)
	if err != nil {
		t.Fatalf("integrity_check on %s: %v", path, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	if len(out) != 1 || out[0] != "ok" {
		t.Fatalf("integrity_check on %s: %s", path, strings.Join(out, "; "))
	}
}

// texts are the contribution texts in a session, in order.
func texts(t testing.TB, path string, session sessions.ID) []string {
	t.Helper()
	db := readOnly(t, path)
	defer db.Close()
	rows, err := db.Query(`SELECT text FROM contribution WHERE session_id = ? ORDER BY id`, session)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	return out
}

// drafts are the non-empty drafts in the file, by key.
func drafts(t testing.TB, path string) map[string]string {
	t.Helper()
	db := readOnly(t, path)
	defer db.Close()
	rows, err := db.Query(`SELECT key, text FROM draft WHERE text != ''`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, s string
		rows.Scan(&k, &s)
		out[k] = s
	}
	return out
}
