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
)

// TestPanicRestoresTerminalAndKeepsData makes the real program panic in a
// screen's Update, in its View and in a command's goroutine (the test
// hook WERKGROEP_CRASH_TEST, F12). Each time: the program ends by itself
// with the terminal given back (main screen, cursor shown), the data is
// intact, a crash report readable by its owner only is written without
// the panic's value or anything typed, and one line on stderr in the
// chrome's language says where it is.
func TestPanicRestoresTerminalAndKeepsData(t *testing.T) {
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
			tm.endsWith1AndGivesBack()
			checkCrashReport(t, tm, home, where, append(said, "buurvrouw", "Buurtwerk", "Amira", f.path))
			integrity(t, f.path)
			if got := texts(t, f.path, f.sessions[0].ID); !slices.Equal(got, said) {
				t.Errorf("after the panic the file holds %q, want %q", got, said)
			}
		})
	}
}

// TestPanicAtStart: a panic in the program's own start-up (it opens the
// file and builds the screens while Bubble Tea waits for its first frame)
// ends like a panic under the guard: the terminal given back, exit 1, a
// crash report in the data folder without the panic's value, the line
// that says where it is, and the file intact.
func TestPanicAtStart(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	tm := start(t, termOpts{home: home, env: []string{"WERKGROEP_CRASH_TEST=start"}, args: []string{"--data", f.path}})
	tm.endsWith1AndGivesBack()
	checkCrashReport(t, tm, home, "start", []string{f.path})
	integrity(t, f.path)
}

// checkCrashReport checks what a panic leaves: one line on stderr that
// says where the report is, the report in the program's data folder,
// readable by its owner only, saying where it happened and holding the
// stack; neither the panic's value ("must not be written", which the
// test hooks put in it) nor any of secrets in the report or on stderr, and
// the panic's value not on the terminal either.
func checkCrashReport(t *testing.T, tm *term, home, where string, secrets []string) {
	t.Helper()
	stderr := tm.errOutput()
	if strings.Contains(stderr, "goroutine") {
		t.Errorf("stderr holds the panic itself:\n%s", stderr)
	}
	told := regexp.QuoteMeta(nl.T("crash.told"))
	m := regexp.MustCompile(strings.Replace(told, "%s", `(\S+\.txt)`, 1)).FindStringSubmatch(stderr)
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
	for _, secret := range append(secrets, "must not be written") {
		if strings.Contains(string(report), secret) {
			t.Errorf("the report holds %q:\n%s", secret, report)
		}
		if strings.Contains(stderr, secret) {
			t.Errorf("stderr holds %q:\n%s", secret, stderr)
		}
	}
	if strings.Contains(tm.output(), "must not be written") {
		t.Error("the panic's value reached the terminal")
	}
	if !strings.Contains(string(report), "where:   "+where) || !strings.Contains(string(report), "goroutine") {
		t.Errorf("the report lacks where and the stack:\n%s", report)
	}
}
