//go:build linux

package reliability

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// damagedFixture is the fixture with 400 contributions in its second
// session, over many pages,
// one page in the middle of the file overwritten with garbage, as a bad
// disk or a clumsy copy would leave it.
func damagedFixture(t *testing.T) fixture {
	t.Helper()
	f := newFixture(t)
	st, err := store.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 400 {
		c := sessions.Contribution{SessionID: f.sessions[1].ID, StepID: f.sessions[1].Steps[0].ID, Text: strings.Repeat("woord ", i%300) + "einde"}
		if err := st.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	// A page in the middle of the contributions' table itself (SQLite's
	// dbstat says which), so that the screens that read through the
	// indexes (another session) still work.
	db, err := sql.Open("sqlite", "file:"+f.path+"?mode=ro&immutable=1")
	if err != nil {
		t.Fatal(err)
	}
	var pages []int
	rows, err := db.Query(`SELECT pageno FROM dbstat WHERE name = 'contribution' AND pagetype = 'leaf' ORDER BY pageno`)
	for err == nil && rows.Next() {
		var p int
		rows.Scan(&p)
		pages = append(pages, p)
	}
	db.Close()
	if len(pages) < 10 {
		t.Fatalf("%d pages of contributions (%v), want many", len(pages), err)
	}
	b, err := os.ReadFile(f.path)
	if err != nil {
		t.Fatal(err)
	}
	page := (pages[len(pages)/2] - 1) * 4096
	copy(b[page:page+12], strings.Repeat("\xff", 12))
	if err := os.WriteFile(f.path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestDamagedFileInTheProgram: a file with a damaged page opens as usual;
// the quick check after the first frame finds the damage, and from then
// on every screen says so with the file's name and the command that
// rescues what can be read. What is typed stays in the input, nothing is
// written into the file, and that command then makes a new, sound file
// with the readable contributions and says how many.
func TestDamagedFileInTheProgram(t *testing.T) {
	f := damagedFixture(t)
	before := fingerprint(t, f.path)
	tm := start(t, termOpts{cols: 120, rows: 30, args: []string{"--data", f.path}})
	tm.waitFor("Buurtwerk", 5*time.Second)
	tm.waitFor(say("file.damaged")+" · werkgroep", 5*time.Second)
	tm.waitFor("Red wat er nog te lezen is", time.Second)
	rescued := filepath.Join(filepath.Dir(f.path), "werkgroep-gered.db")
	if s := joined(tm.screen()); !strings.Contains(s, f.path) || !strings.Contains(s, "werkgroep backup --data "+f.path+" --out "+rescued) {
		t.Errorf("the notice does not name the file and the rescue command:\n%s", tm.screen())
	}
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("session.input"), 5*time.Second)
	tm.send("na de schade" + keyEnter)
	tm.waitFor(say("file.damaged.refused"), 5*time.Second)
	if s := tm.screen(); !strings.Contains(s, "» na de schade") || !strings.Contains(s, "Red wat er nog te lezen is") {
		t.Errorf("after enter on a damaged file the text should stay in the input and the notice stay:\n%s", s)
	}
	// The half-typed text cannot be saved as a draft in a damaged file:
	// the first ctrl+c says so, the second stops and shows it.
	tm.send(keyCtrlC)
	tm.waitFor(say("quit.unsaved.short"), 5*time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d after ctrl+c", code)
	}
	if e := tm.errOutput(); !strings.Contains(e, nl.T("quit.lost")) || !strings.Contains(e, "na de schade") {
		t.Errorf("the text that could not be kept was not shown when the program stopped:\n%s", e)
	}
	if after := fingerprint(t, f.path); after != before {
		t.Errorf("the damaged file was written to:\n%s\n%s", before, after)
	}

	home := t.TempDir()
	code, out := runCLI(t, home, "backup", "--data", f.path, "--out", rescued)
	if code != 3 {
		t.Errorf("backup of a damaged file: exit %d, want 3\n%s", code, out)
	}
	for _, want := range fragments("backup.rescued") {
		if !strings.Contains(out, want) {
			t.Errorf("the rescue does not say %q:\n%s", want, out)
		}
	}
	integrity(t, rescued)
	if got := texts(t, rescued, f.sessions[1].ID); len(got) < 300 || len(got) >= 400 {
		t.Errorf("the rescued file holds %d of 400 contributions", len(got))
	}
	code, out = runCLI(t, home, "export", "--data", rescued, "--out", filepath.Join(t.TempDir(), "notulen.md"))
	if code != 0 {
		t.Errorf("export of the rescued file: exit %d\n%s", code, out)
	}
}

// joined is the screen's lines joined with spaces, each trimmed, so that
// a text the screen wrapped can be found whole.
func joined(screen string) string {
	var b strings.Builder
	for _, l := range strings.Split(screen, "\n") {
		b.WriteString(strings.TrimSpace(l))
		b.WriteByte(' ')
	}
	return b.String()
}
