//go:build unix

package reliability

import (
	"fmt"
	"maps"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// waitDraft waits until the file holds text as a draft.
func waitDraft(t *testing.T, path, text string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !slices.Contains(slices.Collect(maps.Values(drafts(t, path))), text) {
		if time.Now().After(deadline) {
			t.Fatalf("the draft %q was never saved; the file holds %q", text, drafts(t, path))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSignalsKeepTheHalfTypedText stops the real program from outside
// while something is half typed: SIGTERM (kill), SIGINT from outside,
// SIGHUP (kill -HUP), and the terminal window closed (the pty's master
// side closed, so the kernel hangs up the terminal). Each time the text
// typed up to that moment is in the file at once, not only the part saved
// after the last pause; the program ends as the shell expects of that
// signal (killed by it: status 128+n); the terminal is given back (main
// screen, cursor shown); the file is closed properly (no program left
// registered, integrity ok); what it says is in Dutch.
func TestSignalsKeepTheHalfTypedText(t *testing.T) {
	for _, c := range []struct {
		name   string
		sig    syscall.Signal
		hangUp bool
	}{
		{"SIGTERM", syscall.SIGTERM, false},
		{"SIGINT", syscall.SIGINT, false},
		{"SIGHUP", syscall.SIGHUP, false},
		{"window closed", syscall.SIGHUP, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			tm := start(t, termOpts{args: []string{"--data", f.path}})
			openSession(t, tm, 0)
			first := "eerst dit stuk"
			tm.send(first)
			waitDraft(t, f.path, first, 3*time.Second) // saved after the pause
			whole := first + " en dan nog dit"
			tm.send(" en dan nog dit")
			tm.waitForText(whole, 2*time.Second)
			if c.hangUp {
				tm.pty.Close()
			} else if err := tm.cmd.Process.Signal(c.sig); err != nil {
				t.Fatal(err)
			}
			ws := tm.status(10 * time.Second)
			if !ws.Signaled() || ws.Signal() != c.sig {
				t.Errorf("ended with %v (exit %d), want stopped by %v, status %d in a shell", ws, ws.ExitStatus(), c.sig, 128+int(c.sig))
			}
			if got := drafts(t, f.path); !slices.Contains(slices.Collect(maps.Values(got)), whole) {
				t.Errorf("the file holds the drafts %q, want %q: what was typed after the last pause is lost", got, whole)
			}
			integrity(t, f.path)
			if n := column(t, f.path, `SELECT count(*) FROM program WHERE 1 = ?`, 1); len(n) != 1 || n[0] != "0" {
				t.Errorf("%v programs still registered: the file was not closed", n)
			}
			if c.hangUp {
				return // no terminal left to look at
			}
			if alt, cursor := tm.altScreen(); alt || !cursor {
				t.Errorf("terminal not given back: alternate screen %v, cursor visible %v", alt, cursor)
			}
			e := tm.errOutput()
			want := ""
			if c.sig != syscall.SIGHUP {
				want = nl.T("signal.stopped", c.name) + "\n"
			}
			if e != want {
				t.Errorf("stderr %q, want %q", e, want)
			}
		})
	}
}

// TestSuspendAndResume: in a shell with job control, ctrl+z keeps the
// half-typed text, gives the terminal back to the shell (main screen,
// cursor shown), and fg brings the program back as it was: the same
// screen, the text in the input, typing and storing go on, ctrl+c ends it
// with 0.
func TestSuspendAndResume(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash for job control")
	}
	f := newFixture(t)
	tm := start(t, termOpts{shell: true})
	tm.send("PS1='$ '\r")
	tm.send(fmt.Sprintf("%s --data %s\r", binary(t), f.path))
	openSession(t, tm, 0)
	tm.send("voor de pauze")
	tm.waitForText("voor de pauze", 2*time.Second)
	before := tm.screen()

	tm.send("\x1a") // ctrl+z
	if !tm.waitUntil(func(string) bool { alt, _ := tm.altScreen(); return !alt }, 5*time.Second) {
		t.Fatalf("ctrl+z did not give the terminal back:\n%s", tm.screen())
	}
	if _, cursor := tm.altScreen(); !cursor {
		t.Errorf("after ctrl+z the cursor is hidden")
	}
	waitDraft(t, f.path, "voor de pauze", time.Second) // kept at once: it may never come back
	tm.send("echo in de shell\r")
	tm.waitFor("in de shell", 5*time.Second)

	tm.send("fg\r")
	if !tm.waitUntil(func(s string) bool { alt, _ := tm.altScreen(); return alt && s == before }, 5*time.Second) {
		t.Fatalf("fg did not bring the screen back as it was; before:\n%s\nafter:\n%s", before, tm.screen())
	}
	tm.send(" en erna")
	tm.waitForText("voor de pauze en erna", 2*time.Second)
	tm.send(keyEnter)
	tm.waitFor(captured(1), 5*time.Second)
	tm.send(keyCtrlC)
	if !tm.waitUntil(func(string) bool { alt, _ := tm.altScreen(); return !alt }, 5*time.Second) {
		t.Fatalf("ctrl+c did not end the program:\n%s", tm.screen())
	}
	tm.send("echo einde=$?\r")
	tm.waitFor("einde=0", 5*time.Second)
	if got := texts(t, f.path, f.sessions[0].ID); !slices.Equal(got, []string{"voor de pauze en erna"}) {
		t.Errorf("stored %q", got)
	}
	tm.send("exit\r")
}

// TestSuspendWithoutAShell: started as the terminal's own command there
// is no shell to come back from, so ctrl+z only says so and the program
// goes on (a stopped program could never be brought back).
func TestSuspendWithoutAShell(t *testing.T) {
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, tm, 0)
	tm.send("\x1a")
	tm.waitFor(say("suspend.none"), 5*time.Second)
	tm.send("gewoon door" + keyEnter)
	tm.waitFor(captured(1), 5*time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	if e := tm.errOutput(); strings.TrimSpace(e) != "" {
		t.Errorf("stderr: %s", e)
	}
}
