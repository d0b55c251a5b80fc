//go:build unix

package reliability

import (
	"strings"
	"testing"
	"time"
)

const (
	keyCtrlN = "\x0e"
	keyF6    = "\x1b[17~"
	keyF7    = "\x1b[18~"
	keyF8    = "\x1b[19~"
)

// TestTheRoomOnOneLaptop is a session as it is run: the facilitator's
// werkgroep, the note-taker's and werkgroep present on one file, all
// real programs. The note-taker's program joins the session at the
// lead's step and follows it, stays while something is typed and
// follows once it is cleared; the facilitator's f6, f7 and f8 blank the
// projector, hold it and show the schema there, each said in words in
// the facilitator's program, and the same key brings the step back.
func TestTheRoomOnOneLaptop(t *testing.T) {
	f := newFixture(t)
	steps := f.sessions[0].Steps
	p := start(t, termOpts{args: []string{"present", "--data", f.path}})
	p.waitFor(strings.SplitAfter(nl.T("room.none"), ".")[0], 5*time.Second)

	lead := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, lead, 0)
	p.waitFor(steps[0].Title, 5*time.Second)
	lead.send(keyCtrlN)
	p.waitFor(steps[1].Title, 5*time.Second)

	note := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, note, 0)
	note.waitForText(nl.T("room.lead.with", 2), 5*time.Second) // joined at the lead's step
	lead.send(keyCtrlN)
	note.waitForText(nl.T("room.lead.with", 3), 5*time.Second)
	p.waitFor(steps[2].Title, 5*time.Second)

	// Typing holds the note-taker's program back; clearing lets it follow.
	note.send("Dit typ ik nog")
	note.waitFor("Dit typ ik nog", 5*time.Second)
	lead.send(keyCtrlN)
	note.waitForText(nl.T("room.lead.behind", 4), 5*time.Second)
	note.send(keyCtrlU)
	note.waitForText(nl.T("room.lead.with", 4), 5*time.Second)

	// Blank, and back.
	lead.send(keyF6)
	lead.waitForText(nl.T("room.state.blank", "f6"), 5*time.Second)
	if !p.waitUntil(func(s string) bool { return strings.TrimSpace(s) == "" }, 5*time.Second) {
		t.Fatalf("blank, the projector shows:\n%s", p.screen())
	}
	lead.send(keyF6)
	p.waitFor(steps[3].Title, 5*time.Second)

	// Hold while the lead moves on; let go, and the projector catches up.
	lead.send(keyF7)
	lead.waitForText(nl.T("room.state.hold", "f7"), 5*time.Second)
	lead.send(keyCtrlN)
	note.waitForText(nl.T("room.lead.with", 5), 5*time.Second)
	lead.send(keyF7)
	p.waitFor(steps[4].Title, 5*time.Second)

	// The schema's group view, and back.
	lead.send(keyF8)
	lead.waitForText(nl.T("room.state.schema", "f8"), 5*time.Second)
	p.waitForText(nl.T("room.schema.empty"), 5*time.Second)
	lead.send(keyF8)
	if !p.waitUntil(func(s string) bool { return !shows(s, nl.T("room.schema.empty")) }, 5*time.Second) {
		t.Fatalf("a second f8 leaves the schema on the projector:\n%s", p.screen())
	}

	for _, tm := range []*term{lead, note, p} {
		tm.send(keyCtrlC)
		if code := tm.wait(5 * time.Second); code != 0 {
			t.Errorf("exit %d", code)
		}
	}
	integrity(t, f.path)
}
