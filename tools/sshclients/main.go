// Command sshclients holds N people connected to a werkgroep serve, each
// in the capture screen of the first werkgroep's last session, as the
// extra clients of a latency measurement (PERFORMANCE.md, "werkgroep
// serve"): termlat follow times one ssh writer and one ssh follower while
// these are connected too. Each client asks for a 100×30 terminal, takes
// its own screen's output as a laptop's terminal would, without drawing
// it, so the measurement's machine pays for the server and not for
// emulating the others' screens. It runs until interrupted.
//
//	go run ./tools/sshclients -addr 127.0.0.1:2222 -key ~/.ssh/id_ed25519 -n 18
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:2222", "the server's address")
	keyFile := flag.String("key", "", "a private key the server lets in (no passphrase)")
	n := flag.Int("n", 1, "how many clients")
	flag.Parse()
	data, err := os.ReadFile(*keyFile)
	if err != nil {
		fail("%v", err)
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		fail("%s: %v", *keyFile, err)
	}
	cfg := &gossh.ClientConfig{User: "notulist", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second}
	var wg sync.WaitGroup
	for i := range *n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := hold(*addr, cfg); err != nil {
				fail("client %d: %v", i+1, err)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("%d clients in the capture screen; ctrl+c ends them\n", *n)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}

// hold connects one client and takes it to the capture screen: enter on
// the home screen's first werkgroep, enter on its last session. The
// connection stays open, its output read and dropped, until the program
// ends.
func hold(addr string, cfg *gossh.ClientConfig) error {
	client, err := gossh.Dial("tcp", addr, cfg)
	if err != nil {
		return err
	}
	sess, err := client.NewSession()
	if err != nil {
		return err
	}
	in, err := sess.StdinPipe()
	if err != nil {
		return err
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		return err
	}
	if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	seen := &waiter{}
	go io.Copy(seen, out)
	for _, step := range []struct{ wait, send string }{{"werkgroepen", "\r"}, {"Bijeenkomsten", "\r"}, {"Wat wordt", ""}} {
		if !seen.waitFor(step.wait, 20*time.Second) {
			return fmt.Errorf("the screen never showed %q", step.wait)
		}
		in.Write([]byte(step.send))
	}
	seen.stopKeeping()
	return nil
}

// waiter keeps a connection's output until the client has reached the
// capture screen, then only counts it.
type waiter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	done bool
	news chan struct{}
}

func (w *waiter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.buf.Write(p)
		if w.news != nil {
			close(w.news)
			w.news = nil
		}
	}
	return len(p), nil
}

// waitFor waits until text has come (the output since the last step),
// without polling: each write wakes it.
func (w *waiter) waitFor(text string, timeout time.Duration) bool {
	deadline := time.After(timeout)
	for {
		w.mu.Lock()
		if bytes.Contains(w.buf.Bytes(), []byte(text)) {
			w.buf.Reset()
			w.mu.Unlock()
			return true
		}
		news := make(chan struct{})
		w.news = news
		w.mu.Unlock()
		select {
		case <-news:
		case <-deadline:
			return false
		}
	}
}

func (w *waiter) stopKeeping() {
	w.mu.Lock()
	w.done = true
	w.buf = bytes.Buffer{}
	w.mu.Unlock()
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "sshclients: "+format+"\n", args...)
	os.Exit(1)
}
