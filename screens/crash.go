package screens

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/i18n"
)

// A panic must never reach the user as a broken terminal or a page of
// Go, and must never carry what people said into a file or onto the
// screen. Guard wraps the root model: a panic in Update, View or Init, or
// in any command it returns (also inside tea.Batch and tea.Sequence), is
// recovered, the program quits the normal way (so Bubble Tea restores the
// terminal), and main writes a short crash report.
//
// Bubble Tea's own panic catching stays on as a last resort for panics in
// its own goroutines; it would print the panic value, which can hold user
// text, so everything of ours is caught here first.
//
// The report holds where it happened, the panic's type and the stack. The
// panic value itself is written only when it is a runtime error (index
// out of range, nil map, ...), whose text the Go runtime makes from
// numbers and type names; any other value (a string, an error wrapping a
// store error) may hold a contribution or a name, so only its type is
// kept. Stack frames show arguments as machine words, never string text.

// Crash is what is known about a recovered panic.
type Crash struct {
	Where   string // update, view, init, command, or start (the program's own start-up)
	Type    string // the panic value's Go type
	Message string // only for runtime errors; empty otherwise
	Stack   []byte
	Time    time.Time
}

// Guard is the root model with panic recovery around it.
type Guard struct {
	inner tea.Model
	hook  string // WERKGROEP_CRASH_TEST, for the reliability tests

	once  sync.Once
	mu    sync.Mutex
	crash *Crash
	stop  chan struct{}
	lang  i18n.Catalog

	viewPanic bool
}

// crashTestKey triggers the test panic when WERKGROEP_CRASH_TEST is set.
const crashTestKey = "f12"

// NewGuard wraps m. Setting WERKGROEP_CRASH_TEST to update, view or
// command makes F12 panic there, so that tests can check the whole path
// with the real program; without it F12 does nothing special. (The value
// start makes the program's start-up panic: see main's firstframe.go.)
func NewGuard(m tea.Model, lang i18n.Catalog) *Guard {
	return &Guard{inner: m, lang: lang, stop: make(chan struct{}), hook: os.Getenv("WERKGROEP_CRASH_TEST")}
}

// Crash is the recovered panic, or nil when there was none.
func (g *Guard) Crash() *Crash {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.crash
}

// NewCrash describes a panic recovered at where, with the stack of the
// goroutine that calls it: call it in the deferred function that
// recovered. The value itself is kept only for the runtime's own errors.
func NewCrash(where string, r any) *Crash {
	c := &Crash{Where: where, Type: fmt.Sprintf("%T", r), Stack: debug.Stack(), Time: time.Now().UTC()}
	if re, ok := r.(runtime.Error); ok && fromRuntime(r) {
		c.Message = re.Error()
	}
	return c
}

// fail records the first panic and makes the program quit.
func (g *Guard) fail(where string, r any) {
	c := NewCrash(where, r)
	g.once.Do(func() {
		g.mu.Lock()
		g.crash = c
		g.mu.Unlock()
		close(g.stop)
	})
}

// fromRuntime reports whether the value's type is the Go runtime's own,
// so that its message holds no user text.
func fromRuntime(v any) bool {
	t := reflect.TypeOf(v)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t != nil && t.PkgPath() == "runtime"
}

// watch waits for a crash and then quits the program. It is started by
// Init, so that a panic in View (which cannot return a command) still
// ends the program.
func (g *Guard) watch() tea.Msg {
	<-g.stop
	return tea.QuitMsg{}
}

func (g *Guard) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.fail("init", r)
			cmd = g.watch
		}
	}()
	return tea.Batch(g.watch, g.wrap(g.inner.Init()))
}

func (g *Guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	if g.Crash() != nil {
		return g, nil
	}
	defer func() {
		if r := recover(); r != nil {
			g.fail("update", r)
			m, cmd = g, nil
		}
	}()
	var hooked tea.Cmd
	if g.hook != "" {
		if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == crashTestKey {
			switch g.hook {
			case "update":
				panic(errors.New("test panic in update; this text stands for user text and must not be written"))
			case "view":
				g.viewPanic = true
			case "command":
				// as a screen would return it: inside a batch
				hooked = tea.Batch(func() tea.Msg { return nil }, func() tea.Msg {
					panic("test panic in a command; this text stands for user text and must not be written")
				})
			}
		}
	}
	inner, c := g.inner.Update(msg)
	g.inner = inner
	return g, g.wrap(tea.Batch(c, hooked))
}

func (g *Guard) View() (v tea.View) {
	if g.Crash() != nil {
		return g.calm()
	}
	defer func() {
		if r := recover(); r != nil {
			g.fail("view", r)
			v = g.calm()
		}
	}()
	if g.viewPanic {
		panic(fmt.Sprintf("test panic in view; %s", "this text stands for user text and must not be written"))
	}
	return g.inner.View()
}

// calm is the last frame after a panic, until the program has quit.
func (g *Guard) calm() tea.View {
	v := tea.NewView(g.lang.T("crash.screen"))
	v.AltScreen = true
	return v
}

// wrap makes a command recover its own panics. Batches and sequences are
// run by Bubble Tea from the message the command returns, so their
// commands are wrapped there.
func (g *Guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.fail("command", r)
				msg = nil
			}
		}()
		return g.wrapMsg(cmd())
	}
}

var cmdType = reflect.TypeFor[tea.Cmd]()

func (g *Guard) wrapMsg(msg tea.Msg) tea.Msg {
	if b, ok := msg.(tea.BatchMsg); ok {
		out := make(tea.BatchMsg, len(b))
		for i, c := range b {
			out[i] = g.wrap(c)
		}
		return out
	}
	// tea.Sequence's message type is unexported; it is a slice of
	// commands, rebuilt here with each one wrapped.
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			if w := g.wrap(c); w != nil {
				out.Index(i).Set(reflect.ValueOf(w))
			}
		}
		return out.Interface()
	}
	return msg
}

// Report writes the crash report into dir (made 0700 when missing) as a
// file readable by its owner only, and returns the line to show on
// stderr in the chrome's language. It returns "" when there was no crash.
func (g *Guard) Report(dir string) string {
	c := g.Crash()
	if c == nil {
		return ""
	}
	return c.Report(dir, g.lang)
}

// Report writes the report into dir and returns the line to show on
// stderr in lang: where the report is, or why it could not be written.
func (c *Crash) Report(dir string, lang i18n.Catalog) string {
	path, err := c.Write(dir)
	if err != nil {
		return lang.T("crash.notwritten", err)
	}
	return lang.T("crash.told", path)
}

// Write stores the report as crash-YYYYMMDD-HHMMSS.txt in dir.
func (c *Crash) Write(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	base := "crash-" + c.Time.Format("20060102-150405")
	for i := 1; ; i++ {
		name := base + ".txt"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.txt", base, i)
		}
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) && i < 100 {
			continue
		}
		if err != nil {
			return "", err
		}
		_, werr := f.Write(c.Text())
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		return path, werr
	}
}

// Text is the report: no contribution text, no names, no file paths of
// the user's data.
func (c *Crash) Text() []byte {
	version := "(unknown)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		version = bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				version += " " + s.Value
			}
		}
	}
	msg := c.Message
	if msg == "" {
		msg = "(not recorded: it may hold what people typed)"
	}
	return fmt.Appendf(nil, "werkgroep crash report\n\ntime:    %s\nversion: %s, %s, %s/%s\nwhere:   %s\npanic:   %s\nmessage: %s\n\nstack:\n%s",
		c.Time.Format(time.RFC3339), version, runtime.Version(), runtime.GOOS, runtime.GOARCH, c.Where, c.Type, msg, c.Stack)
}
