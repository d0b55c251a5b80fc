package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestExportOfADamagedFile: a page of the contributions that SQLite finds
// damaged while the minutes are made gives the plain message with the
// file's name and the command that rescues what can be read, not
// SQLite's English inside a Dutch sentence; nothing is written.
func TestExportOfADamagedFile(t *testing.T) {
	path := exportData(t, "Buurtwerk")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := st.Werkgroepen()
	ss, _ := st.Sessions(ws[0].ID)
	for i := range 300 {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, ByGroup: true, Text: strings.Repeat("woord ", i%200) + "einde"}
		if err := st.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&immutable=1")
	if err != nil {
		t.Fatal(err)
	}
	var page int
	err = db.QueryRow(`SELECT pageno FROM dbstat WHERE name = 'contribution' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 3`).Scan(&page)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copy(b[(page-1)*4096:], strings.Repeat("\xff", 12))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "v.md")
	code, _, errText := runExportCmd("--data", path, "--out", out)
	want := "Het bestand " + path + " is beschadigd."
	rescue := "werkgroep backup --data " + path + " --out " + strings.TrimSuffix(path, ".db") + "-gered.db"
	if code == 0 || !strings.Contains(errText, want) || !strings.Contains(errText, rescue) || strings.Contains(errText, "malformed") {
		t.Errorf("export of a damaged file: code %d, message %q; want %q and %q", code, errText, want, rescue)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("minutes were written from a damaged file")
	}
}
