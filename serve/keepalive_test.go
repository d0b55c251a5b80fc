package serve

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
)

// still is a connection's program that shows one line and waits.
type still struct{}

func (still) Init() tea.Cmd                         { return nil }
func (m still) Update(tea.Msg) (tea.Model, tea.Cmd) { return m, nil }
func (still) View() tea.View                        { return tea.NewView("stil") }
func (still) Close()                                {}

// open starts command (empty: the program) on a new connection with a
// pty, and returns a channel closed when the server ends it.
func open(t *testing.T, addr string, key gossh.Signer, command string) <-chan struct{} {
	t.Helper()
	c, err := dialWith(addr, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(command)
	}
	if err != nil {
		t.Fatal(err)
	}
	ended := make(chan struct{})
	go func() { sess.Wait(); close(ended) }()
	return ended
}

// TestProjectorIsNeverIdle: a connection nobody types in ends after the
// idle timeout, but the projector's (present), opened before it and as
// still, is kept alive: when the other has ended, it is still open.
func TestProjectorIsNeverIdle(t *testing.T) {
	known := testKey(t)
	_, addr := testServerWith(t, known, Config{IdleTimeout: 2 * time.Second,
		App: func(Conn) (App, string) { return still{}, "" }})
	projector := open(t, addr, known, "present")
	idle := open(t, addr, known, "")
	select {
	case <-idle:
	case <-time.After(10 * time.Second):
		t.Fatal("an idle connection was still open 10 s after an idle timeout of 2 s")
	}
	select {
	case <-projector:
		t.Fatal("the projector's connection ended as idle")
	default:
	}
}
