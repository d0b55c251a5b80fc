// Package web is the page participants open on their own phone (issue
// 17): served from the facilitator's laptop over the room's wifi with
// Go's net/http, plain HTML forms without script, one cookie, and the
// answers stored in the werkgroep's own file, where every program sees
// them through the change feed. It follows the step the leading program
// has open.
package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"time"

	"werkgroep/i18n"
	"werkgroep/sessions"
	"werkgroep/store"
)

// Config is what a Server needs.
type Config struct {
	// Store is the server's own handle on the data file, apart from the
	// program's, so that every program (also the one that serves) learns
	// of the phones' answers through its change feed.
	Store *store.Store
	// Lang is the language of the page before a phone has joined a
	// werkgroep; after that, the werkgroep's.
	Lang string
	// Burst and Per are the rate limit per address: Burst requests at
	// once, then one every Per. Zero: 30, and one every 500 ms.
	Burst int
	Per   time.Duration
}

// Server serves the participants' page.
type Server struct {
	st    *store.Store
	lang  string
	lim   *limiter
	forms *forms
	mux   *http.ServeMux
}

// cookieName is the one cookie: this phone's random token.
const cookieName = "werkgroep"

// New makes a server on cfg.
func New(cfg Config) *Server {
	if cfg.Burst <= 0 {
		cfg.Burst = 30
	}
	if cfg.Per <= 0 {
		cfg.Per = 500 * time.Millisecond
	}
	s := &Server{st: cfg.Store, lang: cfg.Lang, lim: newLimiter(cfg.Burst, cfg.Per), forms: newForms(), mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /{$}", s.home)
	s.mux.HandleFunc("POST /join", s.join)
	s.mux.HandleFunc("POST /answer", s.answer)
	s.mux.HandleFunc("POST /edit", s.edit)
	s.mux.HandleFunc("POST /who", s.who)
	s.mux.HandleFunc("GET /style.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Write([]byte(style))
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.problem(w, r, http.StatusNotFound, s.lang, "web.problem.notfound")
	})
	return s
}

// ServeHTTP sets the headers, applies the rate limit and the cap on
// posts, and routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	headers(w)
	if !s.lim.take(addrOf(r)) {
		w.Header().Set("Retry-After", "60")
		s.problem(w, r, http.StatusTooManyRequests, s.lang, "web.problem.slow")
		return
	}
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	}
	s.mux.ServeHTTP(w, r)
}

// HTTPServer is an http.Server for s with its timeouts set, so that a
// slow or idle phone cannot hold the laptop's connections.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    8 << 10,
		// The server runs inside the terminal program: a stray line on
		// its standard error (a phone's broken connection) would tear
		// the screen.
		ErrorLog: log.New(io.Discard, "", 0),
	}
}

// Serve serves on ln until ctx ends; then it stops within a few seconds.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := s.HTTPServer()
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	stop, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := hs.Shutdown(stop)
	if errors.Is(<-done, http.ErrServerClosed) {
		return err
	}
	return err
}

// problem is a plain page saying what to do, with status.
func (s *Server) problem(w http.ResponseWriter, _ *http.Request, status int, lang, key string, args ...any) {
	cat := i18n.For(lang)
	render(w, status, page{cat: cat, Lang: string(cat.Lang), Problem: cat.T(key, args...)})
}

// phoneOf is the phone the request's cookie names.
func (s *Server) phoneOf(r *http.Request) (sessions.Phone, bool) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" || len(c.Value) > 100 {
		return sessions.Phone{}, false
	}
	p, err := s.st.PhoneByToken(hashToken(c.Value))
	return p, err == nil
}

func hashToken(v string) string {
	h := sha256.Sum256([]byte(v))
	return hex.EncodeToString(h[:])
}

func newToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// join is the join code's form: the right code of an open room gives the
// phone its cookie; a wrong one counts against the address.
func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	if !s.lim.mayTry(addrOf(r)) {
		w.Header().Set("Retry-After", "60")
		s.problem(w, r, http.StatusTooManyRequests, s.lang, "web.problem.slow")
		return
	}
	if err := r.ParseForm(); err != nil {
		s.problem(w, r, http.StatusRequestEntityTooLarge, s.lang, "web.problem.toobig")
		return
	}
	code := sessions.NormalizeJoinCode(r.PostFormValue("code"))
	room, err := s.st.OpenPhoneRoomByCode(code)
	if len(code) != sessions.JoinCodeLen || err != nil {
		s.lim.missed(addrOf(r))
		s.problem(w, r, http.StatusForbidden, s.lang, "web.problem.code")
		return
	}
	if p, ok := s.phoneOf(r); ok && p.SessionID == room.SessionID {
		http.Redirect(w, r, "/", http.StatusSeeOther) // joined already
		return
	}
	token := newToken()
	if _, err := s.st.AddPhone(room.SessionID, hashToken(token)); err != nil {
		s.problem(w, r, http.StatusServiceUnavailable, s.lang, "web.problem.store")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: token, Path: "/", MaxAge: 12 * 60 * 60,
		HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// home is the page: the join form, or the led step for this phone.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	p, ok := s.phoneOf(r)
	if !ok {
		cat := i18n.For(s.lang)
		render(w, http.StatusOK, page{cat: cat, Lang: string(cat.Lang), Join: true,
			Code: sessions.NormalizeJoinCode(r.URL.Query().Get("c"))})
		return
	}
	v, err := s.view(p)
	if err != nil {
		s.problem(w, r, http.StatusServiceUnavailable, s.lang, "web.problem.store")
		return
	}
	if v.Closed {
		v.Join = true
	}
	v.Sent = !v.Closed && !v.Wait && r.URL.Query().Get("sent") == strconv.FormatInt(v.StepID, 10)
	render(w, http.StatusOK, v)
}
