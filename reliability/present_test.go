//go:build unix

package reliability

import (
	"strings"
	"testing"
	"time"
)

// TestPresentFollowsTheProgramThatLeads runs the real werkgroep present
// beside a real werkgroep on one file: present waits while nothing is
// led, follows the session and step the other program opens, shows what
// is stored there as it is stored, never what is half-typed, says that
// nothing is led once that program stops, and quits with q.
func TestPresentFollowsTheProgramThatLeads(t *testing.T) {
	f := newFixture(t)
	p := start(t, termOpts{args: []string{"present", "--data", f.path}})
	p.waitFor(strings.SplitAfter(nl.T("room.none"), ".")[0], 5*time.Second)

	a := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, a, 0) // opening a session is moving to its first step: a leads
	steps := f.sessions[0].Steps
	p.waitFor(steps[0].Title, 5*time.Second)
	p.waitFor(nl.T("room.nothing.said"), 5*time.Second)

	a.send("De beamer laat dit zien" + keyEnter)
	a.waitFor(captured(1), 5*time.Second)
	p.waitFor("De beamer laat dit zien", 5*time.Second)

	a.send("Dit is nog maar half getypt")
	a.waitFor("Dit is nog maar half getypt", 5*time.Second)
	a.send("\x0e") // ctrl+n: the next step
	p.waitFor(steps[1].Title, 5*time.Second)
	if strings.Contains(p.screen(), "half getypt") {
		t.Fatalf("present shows what is half-typed:\n%s", p.screen())
	}
	a.send("\x10") // ctrl+p: back, and what was said there is there again
	p.waitFor("De beamer laat dit zien", 5*time.Second)

	// The leading program stops: nothing is led any more, said at once.
	a.send(keyCtrlC)
	a.wait(5 * time.Second)
	p.waitFor(strings.SplitAfter(nl.T("room.none"), ".")[0], 5*time.Second)

	p.send("q")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Fatalf("present ended with %d on q", code)
	}
	integrity(t, f.path)
}
