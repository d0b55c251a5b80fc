//go:build unix

package reliability

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hinshun/vt10x"
	gossh "golang.org/x/crypto/ssh"

	"werkgroep/i18n"
)

// server is the real binary running werkgroep serve on 127.0.0.1, on a
// port the system picks, with its config folder in a temporary home.
type server struct {
	t           testing.TB
	cmd         *exec.Cmd
	home        string
	addr        string // as it printed it
	fingerprint string // as it printed it
	mu          sync.Mutex
	out         bytes.Buffer
	done        chan struct{}
	err         error
}

func (s *server) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Write(p)
}

func (s *server) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// serverEnv is the environment of the server and of its --add-key.
func serverEnv(home string) []string {
	return append(baseEnv(home), "XDG_CONFIG_HOME="+filepath.Join(home, "config"))
}

// newKey makes a client key and lets it in with --add-key - under name.
func newKey(t testing.TB, home, name string, allow bool) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	if !allow {
		return signer
	}
	cmd := exec.Command(binary(t), "serve", "--add-key", "-")
	cmd.Env = serverEnv(home)
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(signer.PublicKey()))) + " " + name + "\n"
	cmd.Stdin = strings.NewReader(line)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("serve --add-key: %v\n%s", err, out)
	}
	return signer
}

var listenLine = regexp.MustCompile(`luistert op (127\.0\.0\.1:\d+),`)
var fingerprintLine = regexp.MustCompile(`(SHA256:[A-Za-z0-9+/]+)`)

// startServer runs werkgroep serve on data with the config folder in home.
func startServer(t testing.TB, home, data string) *server {
	t.Helper()
	s := &server{t: t, home: home, done: make(chan struct{})}
	s.cmd = exec.Command(binary(t), "serve", "--data", data, "--listen", "127.0.0.1:0")
	s.cmd.Env = serverEnv(home)
	s.cmd.Stdout, s.cmd.Stderr = s, s
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.err = s.cmd.Wait(); close(s.done) }()
	t.Cleanup(func() {
		s.cmd.Process.Kill()
		<-s.done
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		out := s.output()
		l, f := listenLine.FindStringSubmatch(out), fingerprintLine.FindStringSubmatch(out)
		if l != nil && f != nil {
			s.addr, s.fingerprint = l[1], f[1]
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("werkgroep serve never said where it listens:\n%s", out)
		}
		select {
		case <-s.done:
			t.Fatalf("werkgroep serve ended: %v\n%s", s.err, s.output())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// signal sends sig to the server.
func (s *server) signal(sig syscall.Signal) { s.cmd.Process.Signal(sig) }

// sshTerm is one client's SSH session with a terminal, read through a
// terminal emulator as term does.
type sshTerm struct {
	t      testing.TB
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	vt     vt10x.Terminal
	done   chan struct{}
	news   chan struct{} // a value when output came since it was last taken
	mu     sync.Mutex
	raw    bytes.Buffer // every byte the program sent
}

func (c *sshTerm) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.raw.Write(p)
	c.mu.Unlock()
	n, err := c.vt.Write(p)
	select {
	case c.news <- struct{}{}:
	default:
	}
	return n, err
}

func (c *sshTerm) output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.raw.String()
}

// dial connects with auth, checking the host key against the fingerprint
// the server printed, and asks for a 100×30 terminal running command.
func (s *server) dial(auth gossh.AuthMethod, env map[string]string, command string) (*sshTerm, error) {
	cfg := &gossh.ClientConfig{
		User: "notulist",
		Auth: []gossh.AuthMethod{auth},
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			if got := gossh.FingerprintSHA256(key); got != s.fingerprint {
				return fmt.Errorf("host key %s, the server printed %s", got, s.fingerprint)
			}
			return nil
		},
		Timeout: 10 * time.Second,
	}
	client, err := gossh.Dial("tcp", s.addr, cfg)
	if err != nil {
		return nil, err
	}
	sess, err := client.NewSession()
	if err != nil {
		client.Close()
		return nil, err
	}
	for k, v := range env {
		sess.Setenv(k, v)
	}
	c := &sshTerm{t: s.t, client: client, sess: sess, vt: vt10x.New(vt10x.WithSize(100, 30)),
		done: make(chan struct{}), news: make(chan struct{}, 1)}
	if c.in, err = sess.StdinPipe(); err != nil {
		client.Close()
		return nil, err
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		client.Close()
		return nil, err
	}
	if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		client.Close()
		return nil, err
	}
	if command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(command)
	}
	if err != nil {
		client.Close()
		return nil, err
	}
	go func() {
		defer close(c.done)
		io.Copy(c, out)
	}()
	s.t.Cleanup(func() { client.Close() })
	return c, nil
}

// mustDial is dial that fails the test on an error.
func (s *server) mustDial(key gossh.Signer, env map[string]string, command string) *sshTerm {
	s.t.Helper()
	c, err := s.dial(gossh.PublicKeys(key), env, command)
	if err != nil {
		s.t.Fatalf("connecting: %v", err)
	}
	return c
}

func (c *sshTerm) screen() string {
	lines := strings.Split(c.vt.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \x00")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// waitFor waits until the screen shows text, wrapped or not (shows).
func (c *sshTerm) waitFor(text string, timeout time.Duration) {
	c.t.Helper()
	if !c.until(func(screen string) bool { return shows(screen, text) }, timeout) {
		c.t.Fatalf("the screen never showed %q; it shows:\n%s", text, c.screen())
	}
}

// until reads the screen each time output arrives, until ok, the
// connection's end, or the timeout; it does not fail the test, so that
// the soak's clients can use it from their own goroutines.
func (c *sshTerm) until(ok func(screen string) bool, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for !ok(c.screen()) {
		select {
		case <-c.news:
		case <-c.done:
			time.Sleep(20 * time.Millisecond) // let the last output reach the emulator
			return ok(c.screen())
		case <-deadline.C:
			return false
		}
	}
	return true
}

func (c *sshTerm) send(s string) {
	c.t.Helper()
	if _, err := c.in.Write([]byte(s)); err != nil {
		c.t.Fatalf("typing: %v", err)
	}
}

// drop ends the connection as a vanished laptop does: no goodbye, the
// TCP connection just closed.
func (c *sshTerm) drop() { c.client.Close() }

// openCapture takes a client from the home screen to the capture screen
// of the werkgroep's last session (the fixture's first).
func (c *sshTerm) openCapture(count int) {
	c.t.Helper()
	c.openCaptureIn(count, "nl")
}

// openCaptureIn is openCapture for a client in language lang.
func (c *sshTerm) openCaptureIn(count int, lang string) {
	c.t.Helper()
	cat := i18n.For(lang)
	c.waitFor("Buurtwerk", 10*time.Second)
	c.send(keyEnter)
	c.waitFor(cat.T("wg.sessions"), 5*time.Second)
	c.send(keyEnter)
	c.waitFor(cat.T("session.captured", count), 5*time.Second)
}
