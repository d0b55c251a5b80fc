// Package serve is werkgroep serve: the program over SSH, one Bubble Tea
// program per connection, each with its own store handle on the one data
// file, so that the change feed makes the connections live for each
// other exactly as two programs on one file are.
package serve

import (
	"context"
	"errors"
	"io"
	"net"
	"path/filepath"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"werkgroep/i18n"
)

// Conn is what the program of one connection is made from.
type Conn struct {
	Lang    i18n.Catalog // the client's LANG, else the server's
	Command []string     // what was asked for: ssh host present
	Key     string       // the public key's fingerprint: the person
	Name    string       // the key's name in the authorized-keys file
	NoColor bool         // the client sent NO_COLOR
}

// App is the program of one connection. Close runs once its Bubble Tea
// program has ended, however it ended: it keeps what is being typed and
// closes the connection's store handle.
type App interface {
	tea.Model
	Close()
}

// Config is a server's set-up.
type Config struct {
	Dir            string // config folder: the host key lives here
	AuthorizedKeys string // empty: authorized_keys in Dir
	Lang           i18n.Catalog
	// App makes a connection's program; a message instead means there is
	// none (a werkgroep that does not exist), said on the client's screen.
	App         func(Conn) (App, string)
	People      func(n int)   // called as the number of people connected changes
	MaxConns    int           // 0: 32
	IdleTimeout time.Duration // 0: 30 minutes
}

// Server is a running werkgroep serve.
type Server struct {
	cfg         Config
	srv         *ssh.Server
	gate        *gate
	Fingerprint string // the host key's, as ssh shows it

	mu       sync.Mutex
	progs    map[*tea.Program]bool
	conns    int
	stopping bool
	sessions sync.WaitGroup
}

// New prepares a server: the host key made or read, the authorized-keys
// file made when missing.
func New(cfg Config) (*Server, error) {
	if cfg.AuthorizedKeys == "" {
		cfg.AuthorizedKeys = filepath.Join(cfg.Dir, "authorized_keys")
	}
	if cfg.MaxConns == 0 {
		cfg.MaxConns = 32
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = 30 * time.Minute
	}
	// wish logs a program's end (and its errors) on stderr; the server
	// says in its own words what the host needs, in the chrome language
	log.SetOutput(io.Discard)
	if err := EnsureKeysFile(cfg.AuthorizedKeys); err != nil {
		return nil, err
	}
	signer, err := hostKey(filepath.Join(cfg.Dir, "host_ed25519"))
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, gate: newGate(cfg.AuthorizedKeys), progs: map[*tea.Program]bool{}, Fingerprint: Fingerprint(signer.PublicKey())}
	s.srv, err = wish.NewServer(
		// set before wish looks: without a host key, it makes one in the current folder
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		wish.WithPublicKeyAuth(s.gate.allow),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		ssh.WrapConn(s.limit),
		wish.WithMiddleware(s.after, s.program()),
	)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Serve serves connections on ln until Stop.
func (s *Server) Serve(ln net.Listener) error {
	err := s.srv.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Stop ends every connection's program (each one tells its person and
// keeps their drafts), then closes the connections that are still open;
// it waits at most wait.
func (s *Server) Stop(wait time.Duration) {
	s.mu.Lock()
	s.stopping = true
	for p := range s.progs {
		go p.Quit()
	}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	done := make(chan struct{})
	go func() { s.sessions.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
	s.srv.Close()
}

// limit refuses a connection beyond MaxConns before its handshake.
func (s *Server) limit(_ ssh.Context, c net.Conn) net.Conn {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conns >= s.cfg.MaxConns || s.stopping {
		return nil
	}
	s.conns++
	return &countedConn{Conn: c, done: func() {
		s.mu.Lock()
		s.conns--
		s.mu.Unlock()
	}}
}

type countedConn struct {
	net.Conn
	once sync.Once
	done func()
}

func (c *countedConn) Close() error {
	c.once.Do(c.done)
	return c.Conn.Close()
}

// keyOf is the fingerprint of the key a session logged in with.
func keyOf(sess ssh.Session) string {
	if k := sess.PublicKey(); k != nil {
		return gossh.FingerprintSHA256(k)
	}
	return ""
}
