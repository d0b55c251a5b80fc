package serve

import (
	"net"
	"sync"
	"time"

	"charm.land/ssh"
)

// gate decides who may come in: a public key in the authorized-keys file,
// from an address that has not been refused too often. An SSH client
// offers each of its keys in turn, so a refused connection is counted
// once, however many keys it tried; a known key is let in at once, also
// right after a refused one (the note-taker whose first key was wrong).
type gate struct {
	keys  string        // the authorized-keys file
	delay time.Duration // added to every refusal, against guessing
	cap   int           // refused connections per address in window
	win   time.Duration

	mu      sync.Mutex
	refused map[string][]time.Time // by address: when its connections were refused
}

// ctxKey marks values the gate keeps on a connection's context.
type ctxKey string

const (
	refusedMark ctxKey = "werkgroep.refused"
	nameMark    ctxKey = "werkgroep.name"
)

func newGate(keys string) *gate {
	return &gate{keys: keys, delay: 300 * time.Millisecond, cap: 10, win: 10 * time.Minute, refused: map[string][]time.Time{}}
}

// allow is the server's public-key handler.
func (g *gate) allow(ctx ssh.Context, key ssh.PublicKey) bool {
	addr := hostOf(ctx.RemoteAddr())
	if g.blocked(addr) {
		time.Sleep(g.delay)
		return false
	}
	if name, ok := lookup(g.keys, key); ok {
		ctx.SetValue(nameMark, name)
		return true
	}
	if ctx.Value(refusedMark) == nil {
		ctx.SetValue(refusedMark, true)
		g.count(addr)
	}
	time.Sleep(g.delay)
	return false
}

// blocked reports whether addr has used up its refusals in the window.
func (g *gate) blocked(addr string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.recent(addr)) >= g.cap
}

func (g *gate) count(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.refused[addr] = append(g.recent(addr), time.Now())
}

// recent drops the refusals of addr that are older than the window; the
// caller holds g.mu.
func (g *gate) recent(addr string) []time.Time {
	times := g.refused[addr]
	cut := time.Now().Add(-g.win)
	i := 0
	for i < len(times) && times[i].Before(cut) {
		i++
	}
	times = times[i:]
	if len(times) == 0 {
		delete(g.refused, addr)
		return nil
	}
	g.refused[addr] = times
	return times
}

// hostOf is the address without its port: a client's port changes with
// every connection.
func hostOf(a net.Addr) string {
	if tcp, ok := a.(*net.TCPAddr); ok {
		return tcp.IP.String()
	}
	if h, _, err := net.SplitHostPort(a.String()); err == nil {
		return h
	}
	return a.String()
}

// nameOf is the name of the key a session logged in with.
func nameOf(ctx ssh.Context) string {
	s, _ := ctx.Value(nameMark).(string)
	return s
}
