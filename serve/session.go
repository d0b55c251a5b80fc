package serve

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	bm "charm.land/wish/v2/bubbletea"

	"werkgroep/i18n"
)

const (
	appMark  ctxKey = "werkgroep.app"
	progMark ctxKey = "werkgroep.program"
	msgMark  ctxKey = "werkgroep.msg"
)

// program is the middleware that runs a connection's program: Bubble
// Tea's own, with a handler that makes the App and keeps its program in
// the list that Stop quits.
func (s *Server) program() func(ssh.Handler) ssh.Handler {
	return bm.MiddlewareWithProgramHandler(func(sess ssh.Session) *tea.Program {
		lang := langOf(sess.Environ(), s.cfg.Lang)
		if _, _, ok := sess.Pty(); !ok {
			sess.Context().SetValue(msgMark, lang.T("serve.nopty"))
			return nil
		}
		app, msg := s.cfg.App(Conn{Lang: lang, Command: sess.Command(), Key: keyOf(sess), Name: nameOf(sess.Context()),
			NoColor: envOf(sess.Environ())["NO_COLOR"] != ""})
		if app == nil {
			sess.Context().SetValue(msgMark, msg)
			return nil
		}
		// The first frame waits for the renderer's tick (firstframe.go).
		// Bubble Tea's signal handler is off: the server's own signals are
		// not a connection's, and it would end every program at once on
		// them, before Stop could tell the people why.
		opts := []tea.ProgramOption{tea.WithFPS(120), tea.WithoutSignalHandler()}
		p := tea.NewProgram(app, append(opts, bm.MakeOptions(sess)...)...)
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.stopping {
			app.Close()
			sess.Context().SetValue(msgMark, lang.T("serve.bye"))
			return nil
		}
		s.progs[p] = true
		s.sessions.Add(1)
		if c := sess.Command(); len(c) > 0 && c[0] == "present" {
			go keepAlive(sess, s.cfg.IdleTimeout/3) // keepalive.go
		}
		sess.Context().SetValue(appMark, app)
		sess.Context().SetValue(progMark, p)
		s.people()
		return p
	})
}

// after runs once a connection's program has ended (or never started):
// the drafts kept and the store closed, and a last line for the person
// when the server stops or there was no program to run.
func (s *Server) after(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		lang := langOf(sess.Environ(), s.cfg.Lang)
		msg, _ := sess.Context().Value(msgMark).(string)
		if app, ok := sess.Context().Value(appMark).(App); ok {
			app.Close()
			s.mu.Lock()
			p, _ := sess.Context().Value(progMark).(*tea.Program)
			delete(s.progs, p)
			s.people()
			stopping := s.stopping
			s.mu.Unlock()
			if stopping {
				msg = lang.T("serve.bye")
			}
			defer s.sessions.Done()
		}
		if msg != "" {
			sess.Write([]byte("\r\n" + msg + "\r\n"))
			if _, ok := sess.Context().Value(appMark).(App); !ok {
				sess.Exit(1)
			}
		}
		next(sess)
	}
}

// people reports the number of people connected; the caller holds s.mu.
func (s *Server) people() {
	if s.cfg.People != nil {
		s.cfg.People(len(s.progs))
	}
}

// langOf is the chrome language a client asks for with LANG (or LC_ALL,
// LC_MESSAGES), as the program itself reads them; def when it sends none.
func langOf(env []string, def i18n.Catalog) i18n.Catalog {
	vals := envOf(env)
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := vals[k]; v != "" {
			if strings.HasPrefix(strings.ToLower(v), "en") {
				return i18n.For("en")
			}
			return i18n.For("nl")
		}
	}
	return def
}

// envOf is the environment a client sent, by name.
func envOf(env []string) map[string]string {
	vals := map[string]string{}
	for _, e := range env {
		if k, v, ok := strings.Cut(e, "="); ok {
			vals[k] = v
		}
	}
	return vals
}
