//go:build unix

package reliability

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestOpenMakesTheFilePrivate: a data file that others can read (copied
// from elsewhere, 0644) is made 0600 by the program, which says so once
// in the status line and then goes on as usual; the next start has
// nothing to say. A CLI command does the same with a line on stderr.
func TestOpenMakesTheFilePrivate(t *testing.T) {
	f := withContributions(t, 2)
	os.Chmod(f.path, 0o644)
	said := fragments("file.private.done")[2] // "Nu kun alleen jij het lezen ("
	tm := start(t, termOpts{cols: 160, rows: 30, args: []string{"--data", f.path}})
	tm.waitFor(said, 5*time.Second)
	if fi, _ := os.Stat(f.path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	if strings.Contains(tm.screen(), said) {
		t.Errorf("the notice is still there after a key:\n%s", tm.screen())
	}
	tm.send(keyCtrlC)
	tm.wait(5 * time.Second)
	tm = start(t, termOpts{cols: 160, rows: 30, args: []string{"--data", f.path}})
	tm.waitFor("Buurtwerk", 5*time.Second)
	if strings.Contains(tm.screen(), said) {
		t.Errorf("said again for a private file:\n%s", tm.screen())
	}
	tm.send(keyCtrlC)
	tm.wait(5 * time.Second)

	os.Chmod(f.path, 0o640)
	code, out := runCLI(t, t.TempDir(), "export", "--data", f.path, "--out", filepath.Join(t.TempDir(), "notulen.md"))
	if code != 0 || !strings.Contains(out, said) {
		t.Errorf("export of a 0640 file: exit %d, want 0 and the line %q:\n%s", code, said, out)
	}
	if fi, _ := os.Stat(f.path); fi.Mode().Perm() != 0o600 {
		t.Errorf("after export mode %v, want 0600", fi.Mode().Perm())
	}
}

// withContributions is the fixture with n contributions in its first
// session, closed.
func withContributions(t *testing.T, n int) fixture {
	t.Helper()
	f := newFixture(t)
	st, err := store.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := range n {
		c := sessions.Contribution{SessionID: f.sessions[0].ID, StepID: f.sessions[0].Steps[0].ID, Text: "bijdrage " + string(rune('a'+i))}
		if err := st.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	return f
}
