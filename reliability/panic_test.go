//go:build unix

package reliability

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hinshun/vt10x"
)

// TestPanicRestoresTerminalAndKeepsData makes the real program panic in a
// screen's Update, in its View and in a command's goroutine (the test
// hook WERKGROEP_CRASH_TEST, F12). Each time: the program ends by itself
// with the terminal given back (main screen, cursor shown), the data is
// intact, a crash report readable by its owner only is written without
// the panic's value or anything typed, and one line on stderr in the
// chrome's language says where it is.
func TestPanicRestoresTerminalAndKeepsData(t *testing.T) {
	told := regexp.QuoteMeta(nl.T("crash.told"))
	reportLine := regexp.MustCompile(strings.Replace(told, "%s", `(\S+\.txt)`, 1))
	for _, where := range []string{"update", "view", "command"} {
		t.Run(where, func(t *testing.T) {
			f := newFixture(t)
			home := t.TempDir()
			tm := start(t, termOpts{home: home, env: []string{"WERKGROEP_CRASH_TEST=" + where}, args: []string{"--data", f.path}})
			openSession(t, tm, 0)
			said := []string{"Mijn zoon Daan is ziek", "Ik ben mijn baan kwijt"}
			for i, s := range said {
				tm.send(s + keyEnter)
				tm.waitFor(captured(i+1), 5*time.Second)
			}
			tm.send("Half getypt over de buurvrouw")
			tm.send(keyF12)
			code := tm.wait(10 * time.Second)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			tm.vt.Lock()
			alt, cursor := tm.vt.Mode()&vt10x.ModeAltScreen != 0, tm.vt.CursorVisible()
			tm.vt.Unlock()
			if alt || !cursor {
				t.Errorf("terminal not given back: alternate screen %v, cursor visible %v", alt, cursor)
			}
			stderr := tm.errOutput()
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "must not be written") {
				t.Errorf("stderr holds the panic itself:\n%s", stderr)
			}
			m := reportLine.FindStringSubmatch(stderr)
			if m == nil {
				t.Fatalf("stderr does not say where the report is:\n%s", stderr)
			}
			if dir := filepath.Join(home, "data", "werkgroep"); filepath.Dir(m[1]) != dir {
				t.Errorf("report in %s, want the program's data folder %s", filepath.Dir(m[1]), dir)
			}
			fi, err := os.Stat(m[1])
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != 0o600 {
				t.Errorf("report mode %v, want 0600", fi.Mode().Perm())
			}
			report, _ := os.ReadFile(m[1])
			for _, secret := range append(said, "must not be written", "buurvrouw", "Buurtwerk", "Amira", f.path) {
				if strings.Contains(string(report), secret) {
					t.Errorf("the report holds %q:\n%s", secret, report)
				}
			}
			if !strings.Contains(string(report), "where:   "+where) || !strings.Contains(string(report), "goroutine") {
				t.Errorf("the report lacks where and the stack:\n%s", report)
			}
			if strings.Contains(tm.output(), "must not be written") {
				t.Error("the panic's value reached the terminal")
			}
			integrity(t, f.path)
			if got := texts(t, f.path, f.sessions[0].ID); !slices.Equal(got, said) {
				t.Errorf("after the panic the file holds %q, want %q", got, said)
			}
		})
	}
}
