//go:build unix

package reliability

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var sgrSeq = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// colours returns the colour-setting SGR sequences in out (a reset to
// the default colour, 39 or 49, is not a colour).
func colours(out string) []string {
	var found []string
	for _, m := range sgrSeq.FindAllStringSubmatch(out, -1) {
		for p := range strings.SplitSeq(strings.ReplaceAll(m[1], ":", ";"), ";") {
			n, err := strconv.Atoi(p)
			if err != nil {
				continue
			}
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				found = append(found, m[0])
				break
			}
		}
	}
	return found
}

var counterRE = regexp.MustCompile(regexp.QuoteMeta(say("session.captured")) + ` (\d+)`)

// counter reads "Vastgelegd: N" from the screen.
func counter(t *testing.T, tm *term) int {
	t.Helper()
	m := counterRE.FindStringSubmatch(tm.screen())
	if m == nil {
		t.Fatalf("no counter on screen:\n%s", tm.screen())
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// useDemo walks the demo from home to capture in its last session and stores an
// entry, reading the screen as a person would: where the selection is
// must be visible without colour (the » marker).
func useDemo(t *testing.T, tm *term) {
	t.Helper()
	tm.waitFor("Visie & Participatie (voorbeeld)", 5*time.Second)
	tm.waitFor("» Visie & Participatie (voorbeeld)", time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("wg.sessions"), 5*time.Second)
	tm.waitFor("» 4.", time.Second)
	tm.send(keyEnter)
	tm.waitFor(say("session.captured"), 5*time.Second)
	n := counter(t, tm)
	tm.send("zonder kleur te lezen" + keyEnter)
	tm.waitFor(captured(n+1), 5*time.Second)
	tm.waitFor("zonder kleur te lezen", time.Second)
	tm.esc()
	tm.waitFor("» [", 2*time.Second) // the selected entry, marked in text
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestNoColorAndDumbTerminals runs the program with NO_COLOR=1 and with
// TERM=dumb: no colour is sent, and the screens can still be read and
// used, with the selection marked in text. A run with colours is the
// control that shows the colour check works.
func TestNoColorAndDumbTerminals(t *testing.T) {
	cases := []struct {
		name       string
		env        []string
		wantColour bool
	}{
		{"colours (control)", []string{"COLORTERM=truecolor"}, true},
		{"NO_COLOR=1", []string{"NO_COLOR=1", "COLORTERM=truecolor"}, false},
		{"TERM=dumb", []string{"TERM=dumb"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, _ := demoFile(t)
			tm := start(t, termOpts{env: c.env, args: []string{"--data", path}})
			useDemo(t, tm)
			got := colours(tm.output())
			if c.wantColour && len(got) == 0 {
				t.Error("no colours at all: the colour check is broken")
			}
			if !c.wantColour && len(got) > 0 {
				t.Errorf("%d colour sequences, for example %q", len(got), got[0])
			}
		})
	}
}

// TestResizeStorm drags the real program's window through sixty sizes in
// quick succession, down to 20×5 and up to 300×100: it keeps running,
// shows the calm notice when too small, and captures normally after.
func TestResizeStorm(t *testing.T) {
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, tm, 0)
	tm.send("half getypt tijdens het slepen")
	sizes := [][2]int{{20, 5}, {300, 100}, {39, 9}, {80, 24}, {21, 6}, {250, 60}}
	for i := range 60 {
		s := sizes[i%len(sizes)]
		tm.resize(s[0]+i%7, s[1]+i%5)
		time.Sleep(5 * time.Millisecond)
	}
	tm.resize(30, 8)
	tm.waitFor(say("too.small")[:8], 5*time.Second)
	tm.resize(90, 26)
	tm.waitFor(captured(0), 5*time.Second)
	tm.send(keyEnter)
	tm.waitFor(captured(1), 5*time.Second)
	tm.waitFor("half getypt tijdens het slepen", time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	if e := tm.errOutput(); e != "" {
		t.Errorf("stderr: %s", e)
	}
}
