package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"werkgroep/sessions"
)

// Safety on a shared wifi (issue 17, point 5): strict headers on every
// answer, a cap on what a post may hold, a rate limit per address, and a
// token in every form that only this server can make, bound to the
// phone and to what the form is for, and good for one use.

// maxBody is the most a post may hold: the schema's five dimensions with
// a few words each, or one contribution, fit many times over.
const maxBody = 16 << 10

// headers are set on every answer: nothing from elsewhere, no script,
// no frames, nothing kept in a cache or sent as the referrer.
func headers(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

// limiter is a token bucket per address: burst requests at once, then
// one every per. Wrong join codes count apart: failBurst of them, then
// one every failPer.
type limiter struct {
	mu              sync.Mutex
	burst           float64
	per             time.Duration
	failBurst       float64
	failPer         time.Duration
	buckets, misses map[string]*bucket
	now             func() time.Time
}

type bucket struct {
	left float64
	at   time.Time
}

func newLimiter(burst int, per time.Duration) *limiter {
	return &limiter{burst: float64(burst), per: per, failBurst: 5, failPer: 12 * time.Second,
		buckets: map[string]*bucket{}, misses: map[string]*bucket{}, now: time.Now}
}

// take reports whether addr may make one more request.
func (l *limiter) take(addr string) bool {
	return l.use(l.buckets, addr, l.burst, l.per, 1)
}

// missed counts a wrong join code from addr and reports whether addr may
// still try.
func (l *limiter) missed(addr string) bool { return l.use(l.misses, addr, l.failBurst, l.failPer, 1) }

// mayTry reports whether addr has wrong tries left, without using one.
func (l *limiter) mayTry(addr string) bool { return l.use(l.misses, addr, l.failBurst, l.failPer, 0) }

func (l *limiter) use(m map[string]*bucket, addr string, burst float64, per time.Duration, cost float64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(m) > 10000 { // forget addresses that are full again
		for k, b := range m {
			if b.left+now.Sub(b.at).Seconds()/per.Seconds() >= burst {
				delete(m, k)
			}
		}
	}
	b := m[addr]
	if b == nil {
		b = &bucket{left: burst, at: now}
		m[addr] = b
	}
	b.left = min(burst, b.left+now.Sub(b.at).Seconds()/per.Seconds())
	b.at = now
	if b.left < 1 {
		return false
	}
	b.left -= cost
	return true
}

// addrOf is the address a request came from, without its port. Headers
// a client sets (X-Forwarded-For) are not believed.
func addrOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// forms makes and checks the tokens in forms.
type forms struct {
	secret []byte
	mu     sync.Mutex
	used   map[string]time.Time // nonces of forms that were stored
}

func newForms() *forms {
	f := &forms{secret: make([]byte, 32), used: map[string]time.Time{}}
	if _, err := rand.Read(f.secret); err != nil {
		panic(err)
	}
	return f
}

// token is a new form token for phone and purpose ("step 12", "who").
func (f *forms) token(phone sessions.ID, purpose string) string {
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		panic(err)
	}
	n := base64.RawURLEncoding.EncodeToString(nonce)
	return n + "." + f.mac(phone, purpose, n)
}

func (f *forms) mac(phone sessions.ID, purpose, nonce string) string {
	m := hmac.New(sha256.New, f.secret)
	m.Write([]byte(strconv.FormatInt(phone, 10) + "\x00" + purpose + "\x00" + nonce))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// Form token problems.
type tokenProblem int

const (
	tokenOK       tokenProblem = iota
	tokenForged                // not made here, or for another phone or purpose
	tokenReplayed              // made here, and stored once already
)

// take checks that token was made for phone and purpose and not used,
// and marks it used, so that a form sent twice at once is stored once.
// Call release when what the form sent was not stored after all: the
// same form may then be sent again.
func (f *forms) take(token string, phone sessions.ID, purpose string) (problem tokenProblem, release func()) {
	nonce, mac, ok := strings.Cut(token, ".")
	if !ok || nonce == "" || !hmac.Equal([]byte(mac), []byte(f.mac(phone, purpose, nonce))) {
		return tokenForged, func() {}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, used := f.used[nonce]; used {
		return tokenReplayed, func() {}
	}
	if len(f.used) > 100000 {
		cut := time.Now().Add(-24 * time.Hour)
		for k, at := range f.used {
			if at.Before(cut) {
				delete(f.used, k)
			}
		}
	}
	f.used[nonce] = time.Now()
	return tokenOK, func() {
		f.mu.Lock()
		delete(f.used, nonce)
		f.mu.Unlock()
	}
}
