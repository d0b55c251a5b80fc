package screens

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/sessions"
)

// fullDisk is the real store with a disk that can fill up for drafts.
type fullDisk struct {
	sessions.Store
	full bool
}

type noRoomErr struct{}

func (noRoomErr) Error() string { return "no room to write" }
func (noRoomErr) NoRoom() bool  { return true }

func (f *fullDisk) SaveDraft(d sessions.Draft) error {
	if f.full {
		return noRoomErr{}
	}
	return f.Store.SaveDraft(d)
}

// stops reports whether cmd stops the program.
func stops(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// typingRoot is a root on the capture screen of session 1 with text typed,
// on a disk that is full.
func typingRoot(t *testing.T) (*Root, *fullDisk, *SessionScreen) {
	t.Helper()
	s, ctx := openSession(t, 1)
	disk := &fullDisk{Store: ctx.Store}
	ctx.Store = disk
	root := NewRoot(ctx, s)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, r := range "half getypt" {
		root.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	disk.full = true
	return root, disk, s
}

func draftTextsIn(t *testing.T, st sessions.Store) []string {
	t.Helper()
	ds, err := st.Drafts()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range ds {
		out = append(out, d.Text)
	}
	return out
}

// TestQuitOnAFullDiskWaits: ctrl+c with half-typed text that cannot be
// saved does not stop: the text stays in the input and the status line
// says so plainly. Once there is room, the next ctrl+c saves it and stops.
func TestQuitOnAFullDiskWaits(t *testing.T) {
	root, disk, s := typingRoot(t)
	if _, cmd := root.Update(keyMsg("ctrl+c")); stops(cmd) {
		t.Fatal("ctrl+c stopped although the half-typed text could not be saved")
	}
	// The status line is one line: at 100 columns the short text, which
	// fits 80; in a wider window the whole explanation.
	if root.status != root.ctx.T("quit.unsaved.full.short") || !root.isError {
		t.Errorf("status %q, want %q", root.status, root.ctx.T("quit.unsaved.full.short"))
	}
	if w := ansi.StringWidth(root.ctx.T("quit.unsaved.full.short")); w > 80 {
		t.Errorf("the short notice is %d columns wide, more than 80", w)
	}
	root.Update(tea.WindowSizeMsg{Width: 200, Height: 30})
	root.Update(tea.KeyPressMsg{Code: '.', Text: "."})
	if _, cmd := root.Update(keyMsg("ctrl+c")); stops(cmd) {
		t.Fatal("ctrl+c after another key stopped")
	}
	if root.status != root.ctx.T("quit.unsaved.full") {
		t.Errorf("at 200 columns status %q, want %q", root.status, root.ctx.T("quit.unsaved.full"))
	}
	if s.capture.input.Value() != "half getypt." {
		t.Errorf("the input holds %q", s.capture.input.Value())
	}
	disk.full = false
	if _, cmd := root.Update(keyMsg("ctrl+c")); !stops(cmd) {
		t.Fatal("with room again, the second ctrl+c did not stop")
	}
	if got := draftTextsIn(t, disk); !slices.Equal(got, []string{"half getypt."}) {
		t.Errorf("drafts %q, want the half-typed text", got)
	}
}

// TestQuitOnAFullDiskNeverTraps: a second ctrl+c right after stops anyway
// (main then shows the text); any other key in between starts over.
func TestQuitOnAFullDiskNeverTraps(t *testing.T) {
	root, _, _ := typingRoot(t)
	root.Update(keyMsg("ctrl+c"))
	root.Update(tea.KeyPressMsg{Code: '!', Text: "!"})
	if _, cmd := root.Update(keyMsg("ctrl+c")); stops(cmd) {
		t.Fatal("ctrl+c after another key stopped without warning again")
	}
	if _, cmd := root.Update(keyMsg("ctrl+c")); !stops(cmd) {
		t.Fatal("a second ctrl+c in a row did not stop: the user is trapped")
	}
	if got := root.KeepDrafts(); len(got) != 1 || got[0].Text != "half getypt!" {
		t.Errorf("unsaved for main to show: %+v", got)
	}
}

// TestSignalStopsEvenOnAFullDisk: a signal cannot wait for anyone.
func TestSignalStopsEvenOnAFullDisk(t *testing.T) {
	root, _, _ := typingRoot(t)
	if _, cmd := root.Update(SignalMsg{}); !stops(cmd) {
		t.Fatal("a signal did not stop the program")
	}
}

// TestDraftSaveRetriesOnceThereIsRoom: a draft save that fails is tried
// again (the tick is scheduled) and, once there is room, works and says so.
func TestDraftSaveRetriesOnceThereIsRoom(t *testing.T) {
	s, ctx := openSession(t, 1)
	disk := &fullDisk{Store: ctx.Store, full: true}
	ctx.Store = disk
	var ticks []tea.Msg
	ctx.Tick = func(_ time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
		ticks = append(ticks, fn(time.Time{}))
		return nil
	}
	typeText(t, s, "abc")
	ticks = nil
	drive(t, s, draftTickMsg{seq: s.capture.draftSeq}) // the pause after typing: fails
	if len(ticks) != 1 {
		t.Fatalf("after a failed save %d retries were scheduled, want 1", len(ticks))
	}
	drive(t, s, ticks[0]) // still full: fails again, quietly
	if len(ticks) != 2 {
		t.Fatalf("after a second failure %d retries in all, want 2", len(ticks))
	}
	disk.full = false
	lastNav = nil
	drive(t, s, ticks[1])
	if got := draftTextsIn(t, disk); !slices.Equal(got, []string{"abc"}) {
		t.Errorf("drafts %q after the retry with room", got)
	}
	if lastStatus(t) != ctx.T("draft.saved.again") {
		t.Errorf("status %q, want %q", lastStatus(t), ctx.T("draft.saved.again"))
	}
}

// TestExampleDraftRetriesOnceThereIsRoom: the same for the example of a
// placement on the tension schema.
func TestExampleDraftRetriesOnceThereIsRoom(t *testing.T) {
	s, ctx, _ := openSchema(t, 1)
	disk := &fullDisk{Store: ctx.Store, full: true}
	ctx.Store = disk
	press(t, s, "tab", "down", "e")
	typeText(t, s, "voorbeeld")
	s.typedAt = time.Now().Add(-time.Minute) // typing paused long ago
	s.tickPending = false
	lastNav = nil
	drive(t, s, schemaDraftTickMsg{}) // the save fails
	if !s.draftStuck || !s.tickPending {
		t.Fatalf("after a failed save: stuck %v, a retry pending %v", s.draftStuck, s.tickPending)
	}
	disk.full = false
	drive(t, s, schemaDraftTickMsg{}) // the retry
	if got := draftTextsIn(t, disk); !slices.Equal(got, []string{"voorbeeld"}) {
		t.Errorf("drafts %q after the retry with room", got)
	}
	if lastStatus(t) != ctx.T("draft.saved.again") {
		t.Errorf("status %q, want %q", lastStatus(t), ctx.T("draft.saved.again"))
	}
}
