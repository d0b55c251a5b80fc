//go:build unix

package reliability

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestExportAndBackupNeverWriteOverADatabase: `werkgroep export` (Markdown,
// HTML, the participatieparagraaf) and `werkgroep backup`, pointed at the
// data file, at its -wal, -shm or -journal (there or not yet), at a link
// (symbolic or hard) to any of them, or at another program's database,
// exit 1 with the message that names the file, and write nothing: the data
// file is whole with every entry, the other database is byte for byte as
// it was, and no file is made in the folder (no minutes, charts or
// temporary files).
func TestExportAndBackupNeverWriteOverADatabase(t *testing.T) {
	data, w := demoFile(t)
	home := t.TempDir()
	dir := filepath.Dir(data)
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	first := mustSessions(t, st, w.ID)[0].ID
	st.Close()
	stored := len(texts(t, data, first))
	// The program with the file open, so that -wal and -shm are there.
	tm := start(t, termOpts{args: []string{"--data", data}})
	tm.waitFor(w.Name, 10*time.Second)
	if _, err := os.Stat(data + "-shm"); err != nil {
		t.Fatalf("the program has no -shm beside the file: %v", err)
	}

	other := filepath.Join(dir, "agenda.sqlite")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE afspraak (wat TEXT); INSERT INTO afspraak VALUES ('tandarts')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	otherBefore := fingerprint(t, other)

	links := t.TempDir()
	link := func(name, to string, hard bool) string {
		p := filepath.Join(links, name)
		mk := os.Symlink
		if hard {
			mk = os.Link
		}
		if err := mk(to, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	type target struct{ out, key string }
	targets := map[string]target{
		"the data file":                     {data, "refused.data"},
		"its WAL":                           {data + "-wal", "refused.side"},
		"its shared memory":                 {data + "-shm", "refused.side"},
		"its journal, not there":            {data + "-journal", "refused.side"},
		"a symbolic link to it":             {link("verslag.md", data, false), "refused.link"},
		"a hard link to it":                 {link("verslag-hard.md", data, true), "refused.link"},
		"a link to its WAL":                 {link("wal.md", data+"-wal", false), "refused.side"},
		"a link to where its journal comes": {link("journal.html", data+"-journal", false), "refused.side"},
		"another program's database":        {other, "refused.database"},
		"a link to that database":           {link("agenda.md", other, false), "refused.database"},
	}
	commands := map[string][]string{
		"export":                {"export"},
		"export --format html":  {"export", "--format", "html"},
		"participatieparagraaf": {"export", "--participatieparagraaf"},
		"backup":                {"backup"},
		"export with --force":   {"export", "--force"}, // no such flag: nothing overrides this
		"export of one session": {"export", "--session", "2"},
	}
	for cname, cmd := range commands {
		for tname, tg := range targets {
			t.Run(cname+" over "+tname, func(t *testing.T) {
				listBefore := listing(t, dir, links)
				args := append(append([]string{}, cmd...), "--data", data, "--out", tg.out)
				code, out := runCLI(t, home, args...)
				if code == 0 {
					t.Fatalf("exit 0 over %s:\n%s", tg.out, out)
				}
				want := nl.T(tg.key, tg.out)
				if tg.key == "refused.link" || tg.key == "refused.side" {
					want = nl.T(tg.key, tg.out, data)
				}
				if cname != "export with --force" && (code != 1 || !strings.Contains(out, want)) {
					t.Errorf("exit %d, output:\n%s\nwant exit 1 and %q", code, out, want)
				}
				checkDataWhole(t, data, stored, first)
				if after := fingerprint(t, other); after != otherBefore {
					t.Errorf("the other database changed:\n%s\n%s", otherBefore, after)
				}
				if after := listing(t, dir, links); after != listBefore {
					t.Errorf("files were made or removed:\n%s\nnow:\n%s", listBefore, after)
				}
			})
		}
	}
}

// TestAChartNeverLandsOnTheDataFile: when the name of a chart beside the
// minutes is taken by a link to the data file, the export is refused as a
// whole: neither the minutes nor any chart is written.
func TestAChartNeverLandsOnTheDataFile(t *testing.T) {
	data, _ := demoFile(t)
	home := t.TempDir()
	first := t.TempDir()
	code, out := runCLI(t, home, "export", "--data", data, "--out", filepath.Join(first, "verslag.md"))
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	charts, _ := filepath.Glob(filepath.Join(first, "*.svg"))
	if len(charts) == 0 {
		t.Fatal("the demo's minutes have no charts to test with")
	}
	second := t.TempDir()
	chart := filepath.Join(second, filepath.Base(charts[len(charts)-1]))
	os.Symlink(data, chart)
	code, out = runCLI(t, home, "export", "--data", data, "--out", filepath.Join(second, "verslag.md"))
	if want := nl.T("refused.link", chart, data); code != 1 || !strings.Contains(out, want) {
		t.Errorf("exit %d:\n%s\nwant exit 1 and %q", code, out, want)
	}
	if entries, _ := os.ReadDir(second); len(entries) != 1 {
		t.Errorf("%d files in the folder, want only the link: nothing written", len(entries))
	}
	integrity(t, data)
}

func mustSessions(t *testing.T, st *store.Store, w sessions.ID) []sessions.Session {
	t.Helper()
	ss, err := st.Sessions(w)
	if err != nil || len(ss) == 0 {
		t.Fatalf("sessions: %v", err)
	}
	return ss
}

// checkDataWhole fails unless the data file is still a sound database
// with the entries of its first session, and nothing beside it was written
// over: the WAL is a WAL (or empty), the shared memory holds no minutes or
// database, and no journal was made.
func checkDataWhole(t *testing.T, data string, stored int, session sessions.ID) {
	t.Helper()
	head := func(p string, n int) []byte {
		b, _ := os.ReadFile(p)
		return b[:min(n, len(b))]
	}
	if h := head(data, 16); string(h) != "SQLite format 3\x00" {
		t.Fatalf("the data file starts with %q now", h)
	}
	integrity(t, data)
	if n := len(texts(t, data, session)); n != stored {
		t.Errorf("%d entries in session 1, want %d", n, stored)
	}
	if h := head(data+"-wal", 4); len(h) == 4 && !bytes.Equal(h[:3], []byte{0x37, 0x7f, 0x06}) {
		t.Errorf("the WAL starts with %q now", h)
	}
	if b, _ := os.ReadFile(data + "-shm"); bytes.Contains(b, []byte("SQLite format 3")) || bytes.Contains(b, []byte("Visie & Participatie")) {
		t.Error("the shared memory file was written over")
	}
	if _, err := os.Stat(data + "-journal"); err == nil {
		t.Error("a journal was made")
	}
}

// listing is the names in the folders, to see that nothing was made.
func listing(t *testing.T, dirs ...string) string {
	t.Helper()
	var names []string
	for _, d := range dirs {
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			names = append(names, filepath.Join(d, e.Name()))
		}
	}
	slices.Sort(names)
	return strings.Join(names, "\n")
}
