//go:build linux

package reliability

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDiskFullAtQuitIsNotDamage stores a few entries, fills the disk and quits: the
// checkpoint at quit cannot grow the file, so its header then counts
// pages the file does not hold yet, while the write-ahead log still has
// them. That is not damage: once there is room, the program, export and
// backup open the file with every entry that was shown as stored.
func TestDiskFullAtQuitIsNotDamage(t *testing.T) {
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	tm.waitFor("Buurtwerk", 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(captured(0), 5*time.Second)
	var stored []string
	for i := range 12 {
		s := strings.Repeat("een lange bijdrage die ruimte vraagt ", 20) + string(rune('a'+i%26))
		tm.paste(s)
		tm.send(keyEnter)
		tm.waitFor(captured(i+1), 5*time.Second)
		stored = append(stored, s)
	}
	// The disk is full from the main file's current end on: the
	// checkpoint at quit can rewrite its pages but not add any.
	setFileLimit(t, tm.cmd.Process.Pid, uint64(fileSize(t, f.path)))
	tm.send(keyCtrlC)
	tm.wait(5 * time.Second)

	home := t.TempDir()
	code, out := runCLI(t, home, "export", "--data", f.path, "--out", filepath.Join(t.TempDir(), "notulen.md"))
	if code != 0 {
		t.Errorf("export after the full disk: exit %d\n%s", code, out)
	}
	code, out = runCLI(t, home, "backup", "--data", f.path, "--out", filepath.Join(t.TempDir(), "kopie.db"))
	if code != 0 {
		t.Errorf("backup after the full disk: exit %d\n%s", code, out)
	}
	tm = start(t, termOpts{args: []string{"--data", f.path}})
	tm.waitFor("Buurtwerk", 5*time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("the program after the full disk: exit %d\n%s", code, tm.errOutput())
	}
	integrity(t, f.path)
	if got := texts(t, f.path, f.sessions[0].ID); !slices.Equal(got, stored) {
		t.Fatalf("the file holds %d entries, want the %d shown as stored", len(got), len(stored))
	}
	if _, err := os.Stat(f.path); err != nil {
		t.Fatal(err)
	}
}
