//go:build linux

package reliability

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// fullWhileTyping opens the first session, stores one entry, fills the
// disk, and types text that then cannot be saved as a draft.
func fullWhileTyping(t *testing.T, text string) (fixture, *term) {
	t.Helper()
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, tm, 0)
	storeFirst(t, tm, "iets voor de volle schijf")
	setFileLimit(t, tm.cmd.Process.Pid, uint64(fileSize(t, f.path+"-wal")))
	tm.send(text)
	tm.waitFor(say("rel.nospace"), 5*time.Second) // the draft save after the pause failed
	return f, tm
}

// TestDiskFullAtQuit: ctrl+c on a full disk with half-typed text does not
// stop at once and drop it: the program goes on, the text stays in the
// input, and the status line says that it is not saved yet and what to
// do. Once there is room the next ctrl+c saves it and stops with 0; the
// draft is offered on the next start. While the disk is full the periodic
// save retries on its own, and works once there is room.
func TestDiskFullAtQuit(t *testing.T) {
	text := "half getypt op een volle schijf"
	f, tm := fullWhileTyping(t, text)
	tm.send(keyCtrlC)
	tm.waitFor(say("quit.unsaved.full.short"), 5*time.Second)
	if !shows(tm.screen(), "» "+text) {
		t.Fatalf("the text is no longer in the input:\n%s", tm.screen())
	}
	select {
	case <-tm.done:
		t.Fatal("the program stopped and dropped the text")
	default:
	}
	if got := drafts(t, f.path); len(got) != 0 {
		t.Fatalf("drafts in the file while it is full: %q", got)
	}

	// Room again: the retry saves it without a key.
	setFileLimit(t, tm.cmd.Process.Pid, unix.RLIM_INFINITY)
	waitDraft(t, f.path, text, 5*time.Second)
	tm.waitFor(say("draft.saved.again"), 5*time.Second)
	tm.send(" en klaar")
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d after ctrl+c with room, want 0", code)
	}
	if got := slices.Collect(maps.Values(drafts(t, f.path))); !slices.Equal(got, []string{text + " en klaar"}) {
		t.Errorf("drafts %q after quitting, want the whole text", got)
	}
	integrity(t, f.path)
	again := start(t, termOpts{args: []string{"--data", f.path}})
	again.waitFor(say("home.draft"), 5*time.Second)
}

// TestDiskFullAtQuitNeverTraps: with the disk still full, a second
// ctrl+c stops anyway (exit 0), and the text that could not be saved is
// shown on the terminal, so that it can be copied.
func TestDiskFullAtQuitNeverTraps(t *testing.T) {
	text := "dit moet je nog kunnen overnemen"
	_, tm := fullWhileTyping(t, text)
	tm.send(keyCtrlC)
	tm.waitFor(say("quit.unsaved.full.short"), 5*time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	e := tm.errOutput()
	if !strings.Contains(e, nl.T("quit.lost")) || !strings.Contains(e, text) {
		t.Errorf("stderr does not show the unsaved text:\n%s", e)
	}
}
