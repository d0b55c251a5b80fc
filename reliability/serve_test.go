//go:build unix

package reliability

import (
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// TestServeWhoMayComeIn: a key in the authorized-keys file gets the home
// screen, in the language its LANG asks for; an unknown key and a
// password are refused; the host key and its fingerprint are kept from
// one start to the next.
func TestServeWhoMayComeIn(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	known := newKey(t, home, "Anna", true)
	stranger := newKey(t, home, "", false)
	srv := startServer(t, home, f.path)

	c := srv.mustDial(known, nil, "")
	c.waitFor("werkgroepen", 10*time.Second)
	c.waitFor("Buurtwerk", 5*time.Second)
	en := srv.mustDial(known, map[string]string{"LANG": "en_GB.UTF-8"}, "")
	en.waitFor("working groups", 10*time.Second)

	if _, err := srv.dial(gossh.PublicKeys(stranger), nil, ""); err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Errorf("an unknown key: %v, want refused", err)
	}
	if _, err := srv.dial(gossh.Password("geheim"), nil, ""); err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Errorf("a password: %v, want refused", err)
	}
	// right after a refusal, a known key gets in at once
	srv.mustDial(known, nil, "").waitFor("werkgroepen", 10*time.Second)

	first := srv.fingerprint
	srv.signal(syscall.SIGTERM)
	<-srv.done
	again := startServer(t, home, f.path)
	if again.fingerprint != first {
		t.Errorf("host key changed between starts: %s, then %s", first, again.fingerprint)
	}
}

// TestServeTwoClients: what one client stores is on the other's screen,
// live, without reopening anything.
func TestServeTwoClients(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	anna, bert := newKey(t, home, "Anna", true), newKey(t, home, "Bert", true)
	srv := startServer(t, home, f.path)
	a, b := srv.mustDial(anna, nil, ""), srv.mustDial(bert, nil, "")
	a.openCapture(0)
	b.openCapture(0)
	a.send("Anna legt dit vast" + keyEnter)
	b.waitFor(captured(1), 5*time.Second)
	b.waitFor("Anna legt dit vast", 5*time.Second)
	b.send("Bert ook" + keyEnter)
	a.waitFor(captured(2), 5*time.Second)
	a.waitFor("Bert ook", 5*time.Second)
	if got := texts(t, f.path, f.sessions[0].ID); len(got) != 2 {
		t.Fatalf("%d entries in the file, want 2: %q", len(got), got)
	}
}

// TestServeDroppedDraft: a client that vanishes mid-sentence costs the
// others nothing, and its half-typed text is offered back when that key
// connects again, not to another person, nor taken over when another
// person stores in that step.
func TestServeDroppedDraft(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	anna, bert := newKey(t, home, "Anna", true), newKey(t, home, "Bert", true)
	srv := startServer(t, home, f.path)
	b := srv.mustDial(bert, nil, "")
	b.openCapture(0)
	a := srv.mustDial(anna, nil, "")
	a.openCapture(0)
	a.send("half getypte zin van Anna")
	a.waitFor("half getypte zin van Anna", 5*time.Second)
	a.drop()

	b.send("Bert gaat door" + keyEnter) // the other connection carries on
	b.waitFor(captured(1), 5*time.Second)
	// another person's new connection opens the same step without Anna's text
	b2 := srv.mustDial(bert, nil, "")
	b2.openCapture(1)
	if shows(b2.screen(), "half getypte zin van Anna") {
		t.Fatalf("Bert got Anna's half-typed text:\n%s", b2.screen())
	}

	again := srv.mustDial(anna, nil, "")
	again.openCapture(1)
	again.waitFor("half getypte zin van Anna", 5*time.Second)
}

// TestServeStops: SIGTERM (kill), SIGINT (an outside ctrl+c) or SIGHUP
// (the host's window closed) with people connected stops the server
// within three seconds; each of them sees why, and what they were typing
// is kept for when they come back.
func TestServeStops(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			f := newFixture(t)
			home := t.TempDir()
			anna := newKey(t, home, "Anna", true)
			srv := startServer(t, home, f.path)
			a := srv.mustDial(anna, nil, "")
			a.openCapture(0)
			a.send("nog niet af")
			a.waitFor("nog niet af", 5*time.Second)
			srv.signal(sig)
			start := time.Now()
			select {
			case <-srv.done:
			case <-time.After(3 * time.Second):
				t.Fatalf("still running 3 s after %v:\n%s", sig, srv.output())
			}
			if srv.err != nil {
				t.Errorf("serve ended with %v after %v, want 0:\n%s", srv.err, sig, srv.output())
			}
			t.Logf("stopped in %v", time.Since(start))
			<-a.done
			if !shows(a.screen(), nl.T("serve.bye")) {
				t.Errorf("the client was not told the server stops; its screen:\n%s", a.screen())
			}
			if !strings.Contains(srv.output(), nl.T("serve.stopped")) {
				t.Errorf("the server did not say it stopped:\n%s", srv.output())
			}
			again := startServer(t, home, f.path)
			c := again.mustDial(anna, nil, "")
			c.openCapture(0)
			c.waitFor("nog niet af", 5*time.Second)
		})
	}
}

// TestServePresent: ssh host present is the projector's window over SSH,
// following the step the facilitator (here another connection) leads.
func TestServePresent(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	anna := newKey(t, home, "Anna", true)
	srv := startServer(t, home, f.path)
	beamer := srv.mustDial(anna, nil, "present")
	beamer.waitFor(say("room.none"), 10*time.Second)
	a := srv.mustDial(anna, nil, "")
	a.openCapture(0)
	a.send("Op de beamer" + keyEnter)
	beamer.waitFor("Op de beamer", 5*time.Second)

	if c, err := srv.dial(gossh.PublicKeys(anna), nil, "iets anders"); err == nil {
		<-c.done
		if !shows(c.screen(), say("serve.command")) {
			t.Errorf("an unknown command was not explained:\n%s", c.screen())
		}
	}
}

// TestServeEachTheirOwnTerminal: colour follows each client's terminal
// (NO_COLOR sent by one, a 256-colour TERM by the other), and so does the
// language.
func TestServeEachTheirOwnTerminal(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	anna := newKey(t, home, "Anna", true)
	srv := startServer(t, home, f.path)
	plain := srv.mustDial(anna, map[string]string{"NO_COLOR": "1", "LANG": "en_GB.UTF-8"}, "")
	colour := srv.mustDial(anna, map[string]string{"LANG": "nl_NL.UTF-8"}, "")
	plain.openCaptureIn(0, "en")
	colour.openCapture(0)
	if out := plain.output(); strings.Contains(out, "\x1b[38;") {
		t.Errorf("colour sent to the client with NO_COLOR")
	}
	if out := colour.output(); !strings.Contains(out, "\x1b[38;5;") {
		t.Errorf("no 256-colour codes sent to the xterm-256color client")
	}
}
