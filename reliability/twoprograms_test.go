//go:build unix

package reliability

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"werkgroep/store"
)

// openSession takes a freshly started program from the home screen to
// the capture screen of the first session and waits for its counter.
func openSession(t *testing.T, tm *term, count int) {
	t.Helper()
	tm.waitFor("Buurtwerk", 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(captured(count), 5*time.Second)
}

// TestTwoProgramsOneFile runs two programs on the same file, both
// capturing at the same moments: nothing is lost, nothing is stored
// twice, the file stays sound, and each shows what the other stored as
// it is stored. While both run, an export and a backup of the
// file succeed and hold everything stored so far.
func TestTwoProgramsOneFile(t *testing.T) {
	f := newFixture(t)
	a := start(t, termOpts{args: []string{"--data", f.path}})
	b := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, a, 0)
	openSession(t, b, 0)

	const rounds = 15
	var want []string
	for i := 1; i <= rounds; i++ {
		ta, tb := fmt.Sprintf("alfa zegt %d", i), fmt.Sprintf("bravo zegt %d", i)
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); a.pty.Write([]byte(ta + keyEnter)) }()
		go func() { defer wg.Done(); b.pty.Write([]byte(tb + keyEnter)) }()
		wg.Wait()
		// each shows both entries: its own at once, the other's through
		// the change feed (issue 15), without reopening anything
		a.waitFor(captured(2*i), 5*time.Second)
		b.waitFor(captured(2*i), 5*time.Second)
		want = append(want, ta, tb)
	}
	got := texts(t, f.path, f.sessions[0].ID)
	if len(got) != len(want) {
		t.Fatalf("%d entries in the file, want %d: %q", len(got), len(want), got)
	}
	if m := missing(want, got); len(m) > 0 {
		t.Fatalf("lost: %q", m)
	}
	integrity(t, f.path)

	// An export and a backup while both programs are running.
	dir := t.TempDir()
	out := filepath.Join(dir, "verslag.md")
	code, msg := runCLI(t, t.TempDir(), "export", "--data", f.path, "--session", "1", "--out", out)
	if code != 0 {
		t.Fatalf("export while two programs run: exit %d: %s", code, msg)
	}
	md, _ := os.ReadFile(out)
	for _, w := range want {
		if !strings.Contains(string(md), w) {
			t.Errorf("the export lacks %q", w)
		}
	}
	copyPath := filepath.Join(dir, "kopie.db")
	if code, msg := runCLI(t, t.TempDir(), "backup", "--data", f.path, "--out", copyPath); code != 0 {
		t.Fatalf("backup while two programs run: exit %d: %s", code, msg)
	}
	cp, err := store.Open(copyPath)
	if err != nil {
		t.Fatalf("the backup does not open as a werkgroep file: %v", err)
	}
	cs, err := cp.Contributions(f.sessions[0].ID)
	cp.Close()
	if err != nil || len(cs) != len(want) {
		t.Fatalf("the backup holds %d contributions (%v), want %d", len(cs), err, len(want))
	}

	// b shows a's last entry without reloading; reloading the session
	// (back to the werkgroep and in again) shows the same.
	if !strings.Contains(b.screen(), fmt.Sprintf("alfa zegt %d", rounds)) {
		t.Errorf("b does not show a's last entry while it runs:\n%s", b.screen())
	}
	b.esc()
	b.esc()
	b.waitFor(say("wg.sessions"), 5*time.Second)
	b.send(keyEnter)
	b.waitFor(captured(2*rounds), 5*time.Second)
	if !strings.Contains(b.screen(), fmt.Sprintf("alfa zegt %d", rounds)) {
		t.Errorf("b does not show a's last entry after reloading:\n%s", b.screen())
	}

	for _, tm := range []*term{a, b} {
		tm.send(keyCtrlC)
		if code := tm.wait(5 * time.Second); code != 0 {
			t.Errorf("exit %d", code)
		}
	}
	integrity(t, f.path)
	final := texts(t, f.path, f.sessions[0].ID)
	slices.Sort(final)
	slices.Sort(want)
	if !slices.Equal(final, want) {
		t.Errorf("after both quit the file holds %q, want %q", final, want)
	}
}

// draftTexts are the texts of every draft in the file, of every program,
// sorted.
func draftTexts(t *testing.T, path string) []string {
	t.Helper()
	return column(t, path, `SELECT text FROM draft WHERE text != ? ORDER BY text`, "")
}

// waitDrafts waits until the drafts in the file are want.
func waitDrafts(t *testing.T, path string, want []string, what string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !slices.Equal(draftTexts(t, path), want) {
		if time.Now().After(deadline) {
			t.Fatalf("drafts in the file: %q, want %s: %q", draftTexts(t, path), what, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestTwoProgramsKeepTheirOwnDrafts: two programs typing in the same step
// of the same session each keep their own half-typed text. When one is
// killed, a program started next is offered that one's text, never the
// other's, which still runs; storing it there takes it out of the drafts.
func TestTwoProgramsKeepTheirOwnDrafts(t *testing.T) {
	f := newFixture(t)
	a := start(t, termOpts{args: []string{"--data", f.path}})
	b := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, a, 0)
	openSession(t, b, 0)
	a.send("alfa typt half")
	b.send("bravo typt half")
	waitDrafts(t, f.path, []string{"alfa typt half", "bravo typt half"}, "both programs' own")

	a.kill()
	c := start(t, termOpts{args: []string{"--data", f.path}})
	c.waitFor(say("home.draft"), 5*time.Second)
	if one := nl.T("home.draft", 1)[:60]; !strings.Contains(c.screen(), one) {
		t.Fatalf("the home screen should offer one draft (%q):\n%s", one, c.screen())
	}
	c.send("r")
	c.waitFor(say("session.draft.back"), 5*time.Second)
	if s := c.screen(); !shows(s, "» alfa typt half") || shows(s, "bravo") {
		t.Fatalf("the next program should get the killed one's text only:\n%s", s)
	}
	c.send(keyEnter)
	c.waitFor(captured(1), 5*time.Second)
	// The draft is cleared by a command after the screen shows the entry.
	waitDrafts(t, f.path, []string{"bravo typt half"}, "after storing it, only the running program's")
	b.send(keyCtrlC)
	if code := b.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	if got := texts(t, f.path, f.sessions[0].ID); !slices.Equal(got, []string{"alfa typt half"}) {
		t.Errorf("stored %q", got)
	}
}
