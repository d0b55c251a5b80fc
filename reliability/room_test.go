//go:build unix

package reliability

import (
	"strings"
	"testing"
	"time"
)

// TestRoomTwoProgramsAndPresent is the room of issue 15 with real
// programs in terminals: two werkgroep programs and one werkgroep present
// on one file. What either program stores shows in the other and on the
// projector without reopening anything; the projector follows the
// program that moved last; what is half-typed shows nowhere else; a
// program that is killed changes nothing for the others; when the last
// one quits, the projector says that nothing is led. Every step waits for
// what the screens show, never for a time.
func TestRoomTwoProgramsAndPresent(t *testing.T) {
	f := newFixture(t)
	steps := f.sessions[0].Steps
	p := start(t, termOpts{args: []string{"present", "--data", f.path}})
	nothingLed := strings.SplitAfter(nl.T("room.none"), ".")[0]
	p.waitFor(nothingLed, 5*time.Second)

	a := start(t, termOpts{args: []string{"--data", f.path}})
	b := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, a, 0)
	openSession(t, b, 0)
	p.waitFor(steps[0].Title, 5*time.Second)

	// Each program's entry shows in the other and on the projector.
	a.send("Alfa zegt iets over de buurt" + keyEnter)
	a.waitFor(captured(1), 5*time.Second)
	b.waitForText("Alfa zegt iets over de buurt", 5*time.Second)
	b.waitFor(captured(1), 5*time.Second)
	p.waitForText("Alfa zegt iets over de buurt", 5*time.Second)

	b.send("Bravo vult het aan" + keyEnter)
	b.waitFor(captured(2), 5*time.Second)
	a.waitForText("Bravo vult het aan", 5*time.Second)
	a.waitFor(captured(2), 5*time.Second)
	p.waitForText("Bravo vult het aan", 5*time.Second)

	// b types half an entry; it is kept as a draft in the file, and still
	// shows nowhere else when a's next entry has reached both.
	b.send("Bravo twijfelt nog")
	b.waitForText("» Bravo twijfelt nog", 5*time.Second)
	waitDrafts(t, f.path, []string{"Bravo twijfelt nog"}, "b's half-typed text")
	a.send("Alfa nog een keer" + keyEnter)
	a.waitFor(captured(3), 5*time.Second)
	p.waitForText("Alfa nog een keer", 5*time.Second)
	b.waitForText("Alfa nog een keer", 5*time.Second)
	for name, tm := range map[string]*term{"the other program": a, "the projector": p} {
		if shows(tm.screen(), "twijfelt") {
			t.Fatalf("%s shows b's half-typed text:\n%s", name, tm.screen())
		}
	}

	// a moves to the next step: it leads, and the projector goes along.
	a.send("\x0e") // ctrl+n
	a.waitFor(nl.T("session.step", 2, len(steps), steps[1].Title), 5*time.Second)
	p.waitFor(steps[1].Title, 5*time.Second)
	p.waitFor(nl.T("room.nothing.said"), 5*time.Second)
	a.send("Alfa bij de tweede stap" + keyEnter)
	a.waitFor(captured(1), 5*time.Second)
	p.waitForText("Alfa bij de tweede stap", 5*time.Second)

	// b is killed: the others go on as before.
	b.kill()
	a.send("Alfa gaat alleen verder" + keyEnter)
	a.waitFor(captured(2), 5*time.Second)
	p.waitForText("Alfa gaat alleen verder", 5*time.Second)

	// The leading program quits: nothing is led any more.
	a.send(keyCtrlC)
	if code := a.wait(5 * time.Second); code != 0 {
		t.Errorf("a ended with %d", code)
	}
	p.waitFor(nothingLed, 5*time.Second)
	p.send("q")
	if code := p.wait(5 * time.Second); code != 0 {
		t.Errorf("present ended with %d on q", code)
	}

	integrity(t, f.path)
	want := []string{"Alfa zegt iets over de buurt", "Bravo vult het aan", "Alfa nog een keer", "Alfa bij de tweede stap", "Alfa gaat alleen verder"}
	got := texts(t, f.path, f.sessions[0].ID)
	if m := missing(want, got); len(m) > 0 || len(got) != len(want) {
		t.Errorf("the file holds %q, want %q", got, want)
	}
}
