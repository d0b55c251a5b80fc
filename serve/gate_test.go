package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"werkgroep/i18n"
)

func testKey(t *testing.T) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testServer runs a server on 127.0.0.1 whose connections get no
// program, only a line: enough to see who gets in.
func testServer(t *testing.T, known gossh.Signer, maxConns int) (*Server, string) {
	t.Helper()
	return testServerWith(t, known, Config{MaxConns: maxConns, App: func(Conn) (App, string) { return nil, "binnen" }})
}

// testServerWith is testServer with cfg's connections' programs, limit
// and idle timeout.
func testServerWith(t *testing.T, known gossh.Signer, cfg Config) (*Server, string) {
	t.Helper()
	dir := t.TempDir()
	keys := filepath.Join(dir, "authorized_keys")
	if _, err := AddKey(keys, gossh.MarshalAuthorizedKey(known.PublicKey()), "Anna"); err != nil {
		t.Fatal(err)
	}
	cfg.Dir, cfg.Lang = dir, i18n.For("nl")
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.gate.delay = 0
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(ln)
	t.Cleanup(func() { s.Stop(0) })
	for _, f := range []string{keys, filepath.Join(dir, "host_ed25519")} {
		if fi, err := os.Stat(f); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, mode %v, want 0600", f, err, fi.Mode().Perm())
		}
	}
	return s, ln.Addr().String()
}

func dialWith(addr string, keys ...gossh.Signer) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "x", Auth: []gossh.AuthMethod{gossh.PublicKeys(keys...)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey()})
}

// TestRefusalsAreLimited: a refused connection counts once however many
// keys it offered; a known key right after a refusal gets in; once an
// address has used up its refusals, nothing from it gets in.
func TestRefusalsAreLimited(t *testing.T) {
	known := testKey(t)
	s, addr := testServer(t, known, 0)
	s.gate.cap = 3
	if _, err := dialWith(addr, testKey(t), testKey(t), testKey(t)); err == nil {
		t.Fatal("unknown keys got in")
	}
	if n := len(s.gate.refused["127.0.0.1"]); n != 1 {
		t.Errorf("a connection offering three unknown keys counted %d times, want once", n)
	}
	c, err := dialWith(addr, known)
	if err != nil {
		t.Fatalf("the known key right after a refusal: %v", err)
	}
	c.Close()
	for range 2 {
		dialWith(addr, testKey(t))
	}
	if _, err := dialWith(addr, known); err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Errorf("after %d refusals the known key: %v, want refused", s.gate.cap, err)
	}
}

// TestConnectionLimit: a connection beyond the limit is closed before
// its handshake; the same key may be connected more than once.
func TestConnectionLimit(t *testing.T) {
	known := testKey(t)
	_, addr := testServer(t, known, 2)
	a, err := dialWith(addr, known)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := dialWith(addr, known)
	if err != nil {
		t.Fatalf("the same key a second time: %v", err)
	}
	defer b.Close()
	if c, err := dialWith(addr, known); err == nil {
		c.Close()
		t.Fatal("a third connection got in with a limit of 2")
	}
	b.Close()
}

// TestNoKeyInTheCurrentFolder: the host key is the one in the config
// folder; wish, given none, would write id_ed25519 where the server was
// started.
func TestNoKeyInTheCurrentFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	testServer(t, testKey(t), 0)
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the server wrote %s in the current folder", entries[0].Name())
	}
}
