//go:build linux

package reliability

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// setFileLimit sets the largest file the running program may write
// (RLIMIT_FSIZE): a disk that is full from that size on. Go programs
// ignore SIGXFSZ, so a write past it fails with EFBIG instead of killing
// the program.
func setFileLimit(t *testing.T, pid int, size uint64) {
	t.Helper()
	lim := unix.Rlimit{Cur: size, Max: unix.RLIM_INFINITY}
	if err := unix.Prlimit(pid, unix.RLIMIT_FSIZE, &lim, nil); err != nil {
		t.Fatalf("prlimit: %v", err)
	}
}

// storeFirst stores the first entry of a planned session, which starts
// it, and waits for the copy of the file made then (off the update path)
// to be done: made after the disk is filled, it fails, and its status
// line would replace the one the test waits for.
func storeFirst(t *testing.T, tm *term, text string) {
	t.Helper()
	tm.send(text + keyEnter)
	tm.waitFor(captured(1), 5*time.Second)
	tm.waitFor(say("copy.made"), 10*time.Second)
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// TestDiskFullMidSession fills the disk while a session runs: the entry
// that cannot be stored stays in the input with a plain message, the
// counter does not move, what was stored before is still there and
// sound, and once there is room the same enter stores it, once.
func TestDiskFullMidSession(t *testing.T) {
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	tm.waitFor("Buurtwerk", 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(captured(0), 5*time.Second)
	stored := []string{"eerste bijdrage voor de volle schijf", "tweede bijdrage", "derde bijdrage"}
	storeFirst(t, tm, stored[0])
	for i, s := range stored[1:] {
		tm.send(s + keyEnter)
		tm.waitFor(captured(i+2), 5*time.Second)
	}

	// The disk is full from the write-ahead log's current end on.
	setFileLimit(t, tm.cmd.Process.Pid, uint64(fileSize(t, f.path+"-wal")))
	late := "deze kwam toen de schijf vol was"
	tm.send(late + keyEnter)
	tm.waitFor(say("rel.nospace"), 5*time.Second)
	if s := tm.screen(); !strings.Contains(s, captured(3)) || !strings.Contains(s, "» "+late) {
		t.Fatalf("after the failed store the counter should stay at 3 and the text stay in the input:\n%s", s)
	}
	if strings.Contains(tm.screen(), "I/O") {
		t.Errorf("the message is not in plain words:\n%s", tm.screen())
	}
	// Typing on while the disk is full (the draft cannot be saved either)
	// keeps everything on screen.
	tm.send(" nog even")
	tm.waitFor(late+" nog even", 2*time.Second)
	time.Sleep(800 * time.Millisecond) // a draft save is attempted and fails
	integrity(t, f.path)
	if got := texts(t, f.path, f.sessions[0].ID); !slices.Equal(got, stored) {
		t.Fatalf("while the disk is full the file holds %q, want %q", got, stored)
	}

	// Room again: the same enter stores it, once.
	setFileLimit(t, tm.cmd.Process.Pid, unix.RLIM_INFINITY)
	tm.send(keyEnter)
	tm.waitFor(captured(4), 5*time.Second)
	tm.send("en daarna gewoon door" + keyEnter)
	tm.waitFor(captured(5), 5*time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d after ctrl+c, want 0", code)
	}
	integrity(t, f.path)
	want := append(stored, late+" nog even", "en daarna gewoon door")
	if got := texts(t, f.path, f.sessions[0].ID); !slices.Equal(got, want) {
		t.Fatalf("the file holds %q, want %q", got, want)
	}
}
