package main

import (
	"context"
	"fmt"
	"maps"
	"net"
	"slices"
	"strings"
	"sync"

	"werkgroep/store"
	"werkgroep/web"
)

// The participants' page (issue 17, package web), served by this
// program: started the first time someone opens a session to phones (or
// at once by werkgroep serve --web), on its own handle on the data file,
// so that every program on the file, this one too, sees the phones'
// answers through its change feed.

// defaultWebAddr is where the page listens when nobody said: every
// network of the laptop, so that phones on the room's wifi reach it.
const defaultWebAddr = ":8080"

// phoneWeb is the page served from this program, once started.
type phoneWeb struct {
	path, addr, lang string

	mu    sync.Mutex
	at    net.Addr        // where it listens
	given map[string]bool // the addresses it gave, for the rooms to close when it stops
	st    *store.Store
	stop  context.CancelFunc
	done  chan error
}

func newPhoneWeb(path, addr, lang string) *phoneWeb {
	if addr == "" {
		addr = defaultWebAddr
	}
	return &phoneWeb{path: path, addr: addr, lang: lang}
}

// start serves the page unless it is served already, and gives its
// addresses as the laptop's networks are now (a hotspot turned on since
// shows), the shortest first. A port in use (another werkgroep serving
// it) falls back to a free one.
func (p *phoneWeb) start() ([]string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.st != nil {
		return p.give(), nil
	}
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		host, _, _ := net.SplitHostPort(p.addr)
		if ln, err = net.Listen("tcp", net.JoinHostPort(host, "0")); err != nil {
			return nil, err
		}
	}
	st, err := store.Open(p.path)
	if err != nil {
		ln.Close()
		return nil, err
	}
	ctx, stop := context.WithCancel(context.Background())
	p.st, p.stop, p.done = st, stop, make(chan error, 1)
	p.at = ln.Addr()
	srv := web.New(web.Config{Store: st, Lang: p.lang})
	go func() { p.done <- srv.Serve(ctx, ln) }()
	return p.give(), nil
}

// give is the page's addresses now, noted as given.
func (p *phoneWeb) give() []string {
	urls := pageURLs(p.at)
	if p.given == nil {
		p.given = map[string]bool{}
	}
	for _, u := range urls {
		p.given[u] = true
	}
	return urls
}

// close stops the page, if it was started, and closes its handle.
func (p *phoneWeb) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.st == nil {
		return
	}
	p.stop()
	<-p.done
	p.st.ClosePhoneRoomsAt(slices.Collect(maps.Keys(p.given))) // a failure leaves them to be closed with T
	p.st.Close()
	p.st = nil
}

// pageURLs are the addresses phones can open for a listener at a: for
// every network when it listens on all of them, the laptop's own IPv4
// addresses on its networks (not the loopback), shortest first.
func pageURLs(a net.Addr) []string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return []string{"http://" + a.String()}
	}
	ip := net.ParseIP(host)
	if ip != nil && !ip.IsUnspecified() {
		return []string{"http://" + net.JoinHostPort(host, port)}
	}
	var out []string
	addrs, _ := net.InterfaceAddrs()
	for _, x := range addrs {
		n, ok := x.(*net.IPNet)
		if !ok || n.IP.IsLoopback() || n.IP.To4() == nil || n.IP.IsLinkLocalUnicast() {
			continue
		}
		out = append(out, "http://"+net.JoinHostPort(n.IP.String(), port))
	}
	slices.SortStableFunc(out, func(a, b string) int {
		// the room's network is a private one: those first, shortest first
		pa, pb := private(a), private(b)
		if pa != pb {
			if pa {
				return -1
			}
			return 1
		}
		return len(a) - len(b)
	})
	if len(out) == 0 {
		out = []string{"http://" + net.JoinHostPort("127.0.0.1", port)}
	}
	return out
}

func private(url string) bool {
	host, _, _ := net.SplitHostPort(strings.TrimPrefix(url, "http://"))
	ip := net.ParseIP(host)
	return ip != nil && ip.IsPrivate()
}

// webAddrLines are what werkgroep serve --web prints first.
func webAddrLines(urls []string, t interface{ T(string, ...any) string }) []string {
	var out []string
	for i, u := range urls {
		if i == 0 {
			out = append(out, t.T("serve.web", u))
		} else {
			out = append(out, t.T("serve.web.also", u))
		}
	}
	return append(out, fmt.Sprint(t.T("serve.web.how")))
}
