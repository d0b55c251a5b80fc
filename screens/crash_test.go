package screens

import (
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// secret stands for what a participant said: it must never reach a crash
// report or the screen.
const secret = "Mijn broer Pieter-Jan is ziek"

// bomb is a screen that panics where it is told to, with user text in the
// panic value.
type bomb struct {
	where string // update, view, cmd, seq, index
	armed bool
}

func (b *bomb) Init() tea.Cmd { return nil }
func (b *bomb) Update(msg tea.Msg) (Screen, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || k.String() != "x" {
		return b, nil
	}
	switch b.where {
	case "update":
		panic(errors.New("store failed for " + secret))
	case "index":
		var s []int
		_ = s[len(k.String())+4]
	case "view":
		b.armed = true
	case "cmd":
		return b, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic(secret) })
	case "seq":
		return b, tea.Sequence(func() tea.Msg { return nil }, tea.Batch(func() tea.Msg { panic(sessions.Contribution{Text: secret}) }))
	}
	return b, nil
}
func (b *bomb) View() string {
	if b.armed {
		panic(secret)
	}
	return "bomb"
}
func (b *bomb) SetSize(int, int)         {}
func (b *bomb) KeyMap() help.KeyMap      { return keyMap{} }
func (b *bomb) Typing() bool             { return false }
func (b *bomb) Title() string            { return "bomb" }
func (b *bomb) Drafts() []sessions.Draft { return nil }

// runAll runs a command and everything it batches or sequences, as Bubble
// Tea would, and returns the plain messages. A panic fails the test.
func runAll(t *testing.T, cmd tea.Cmd) (msgs []tea.Msg) {
	t.Helper()
	if cmd == nil {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("a panic got through the guard: %v", r)
		}
	}()
	msg := cmd()
	switch m := msg.(type) {
	case tea.BatchMsg:
		for _, c := range m {
			msgs = append(msgs, runAll(t, c)...)
		}
		return msgs
	}
	if cmds, ok := asCmds(msg); ok {
		for _, c := range cmds {
			msgs = append(msgs, runAll(t, c)...)
		}
		return msgs
	}
	return []tea.Msg{msg}
}

// asCmds reads tea.Sequence's unexported message: a slice of commands.
func asCmds(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

func guarded(t *testing.T, where string) (*Guard, *Root) {
	ctx, _ := testContext(t)
	root := NewRoot(ctx, &bomb{where: where})
	return NewGuard(root, i18n.For("en")), root
}

// quits reports whether the guard's watcher ends the program soon.
func quits(g *Guard) bool {
	done := make(chan tea.Msg, 1)
	go func() { done <- g.watch() }()
	select {
	case m := <-done:
		_, ok := m.(tea.QuitMsg)
		return ok
	case <-time.After(time.Second):
		return false
	}
}

func TestGuardCatchesEveryKindOfPanic(t *testing.T) {
	for _, where := range []string{"update", "index", "view", "cmd", "seq"} {
		t.Run(where, func(t *testing.T) {
			g, _ := guarded(t, where)
			g.Init()
			var cmd tea.Cmd
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic reached the program: %v", r)
					}
				}()
				_, cmd = g.Update(keyMsg("x"))
				v := g.View()
				if strings.Contains(v.Content, secret) {
					t.Error("the screen shows the panic value")
				}
			}()
			runAll(t, cmd)
			c := g.Crash()
			if c == nil {
				t.Fatal("no crash recorded")
			}
			if !quits(g) {
				t.Error("the program is not told to quit")
			}
			want := map[string]string{"update": "update", "index": "update", "view": "view", "cmd": "command", "seq": "command"}[where]
			if c.Where != want {
				t.Errorf("where = %q, want %q", c.Where, want)
			}
			report := string(c.Text())
			if strings.Contains(report, secret) || strings.Contains(report, "Pieter") {
				t.Errorf("the report holds the user's text:\n%s", report)
			}
			if !strings.Contains(report, "crash_test.go") {
				t.Errorf("the report has no stack of the panic:\n%s", report)
			}
			if where == "index" && !strings.Contains(report, "index out of range") {
				t.Errorf("a runtime error's message should be kept:\n%s", report)
			}
			// after a crash the model is frozen: further input changes nothing
			if _, cmd := g.Update(keyMsg("x")); cmd != nil {
				t.Error("the guard still runs the screen after a crash")
			}
			if got := g.View().Content; got != i18n.For("en").T("crash.screen") {
				t.Errorf("last frame %q", got)
			}
		})
	}
}

func TestCrashReportIsPrivateAndNamed(t *testing.T) {
	g, _ := guarded(t, "update")
	g.Update(keyMsg("x"))
	dir := t.TempDir() + "/werkgroep"
	line := g.Report(dir)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("%d files in %s", len(entries), dir)
	}
	path := dir + "/" + entries[0].Name()
	if !strings.Contains(line, path) {
		t.Errorf("the message does not say where the report is: %q", line)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("report mode %v, want 0600", fi.Mode().Perm())
	}
	if again := g.Report(dir); again == "" || again == line {
		t.Errorf("a second report should get its own name: %q", again)
	}
	if NewGuard(nil, i18n.For("nl")).Report(dir) != "" {
		t.Error("a report without a crash")
	}
}

// TestProgramRestoresTheTerminal runs a real Bubble Tea program around
// the guard: the panic ends Run normally, and the terminal is left the
// way it was found (alternate screen left, cursor shown).
func TestProgramRestoresTheTerminal(t *testing.T) {
	for _, where := range []string{"update", "view", "cmd"} {
		t.Run(where, func(t *testing.T) {
			g, _ := guarded(t, where)
			in, w := io.Pipe()
			var out bytes.Buffer
			p := tea.NewProgram(g, tea.WithInput(in), tea.WithOutput(&out), tea.WithWindowSize(80, 24))
			done := make(chan error, 1)
			go func() { _, err := p.Run(); done <- err }()
			time.Sleep(100 * time.Millisecond)
			w.Write([]byte("x"))
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(5 * time.Second):
				p.Kill()
				t.Fatal("the program did not stop after the panic")
			}
			w.Close()
			if g.Crash() == nil {
				t.Fatal("no crash recorded")
			}
			o := out.String()
			if strings.Contains(o, secret) {
				t.Error("the panic value reached the terminal")
			}
			if i, j := strings.LastIndex(o, "\x1b[?1049h"), strings.LastIndex(o, "\x1b[?1049l"); i >= 0 && j < i {
				t.Error("the alternate screen was not left")
			}
		})
	}
}
