package screens

import (
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
	"werkgroep/store"
)

// testContext opens a fresh data file with one Dutch werkgroep made from
// the built-in template, and a clock pinned to 2026-11-22 10:00 UTC.
func testContext(t testing.TB) (*Context, sessions.Werkgroep) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := sessions.Werkgroep{Name: "Visie & Participatie", Theme: "Een participatieparagraaf", Trekkers: "Martin Stam"}
	if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ctx := NewContext(st, "nl")
	ctx.Now = func() time.Time { return time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC) }
	ctx.Tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	ctx.observe = func(m tea.Msg) { lastNav = append(lastNav, m) }
	return ctx, w
}

// keyMsg turns "enter", "ctrl+c", "a", "alt+1" into a key press.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"space": tea.KeySpace, "delete": tea.KeyDelete, "home": tea.KeyHome, "end": tea.KeyEnd,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
	}
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(k, "ctrl+"):
			mod |= tea.ModCtrl
			k = k[5:]
			continue
		case strings.HasPrefix(k, "alt+"):
			mod |= tea.ModAlt
			k = k[4:]
			continue
		case strings.HasPrefix(k, "shift+"):
			mod |= tea.ModShift
			k = k[6:]
			continue
		}
		break
	}
	if code, ok := special[k]; ok {
		return tea.KeyPressMsg{Code: code, Mod: mod}
	}
	r := []rune(k)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

// drive sends messages to s and runs the commands they return (one level
// of batches deep, skipping ticks), like the program loop would.
func drive(t *testing.T, s Screen, msgs ...tea.Msg) Screen {
	t.Helper()
	for _, m := range msgs {
		var cmd tea.Cmd
		s, cmd = s.Update(m)
		s = runCmd(t, s, cmd, 0)
	}
	return s
}

func runCmd(t *testing.T, s Screen, cmd tea.Cmd, depth int) Screen {
	if cmd == nil || depth > 8 {
		return s
	}
	if isTimer(cmd) {
		return s // tests send timer messages themselves
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(10 * time.Second):
		t.Logf("a command did not return within 10 s: %s", funcName(cmd))
		return s
	}
	switch m := msg.(type) {
	case nil:
		return s
	case tea.BatchMsg:
		for _, c := range m {
			s = runCmd(t, s, c, depth+1)
		}
		return s
	case PushMsg, PopMsg, StatusMsg, ErrorMsg:
		lastNav = append(lastNav, msg)
		return s
	}
	var next tea.Cmd
	s, next = s.Update(msg)
	return runCmd(t, s, next, depth+1)
}

// isTimer reports whether cmd only waits and then ticks: a cursor blink
// or a tea.Tick. Those are not run; every other command is run to the
// end, however slow the machine, so tests do not depend on timing.
func isTimer(cmd tea.Cmd) bool {
	name := funcName(cmd)
	return strings.Contains(name, "cursor.(*Model).Blink") ||
		strings.HasPrefix(name, "charm.land/bubbletea/v2.Tick.") ||
		strings.HasPrefix(name, "charm.land/bubbletea/v2.Every.")
}

func funcName(f any) string { return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name() }

// lastNav collects navigation and status messages that drive saw, for
// assertions; tests reset it.
var lastNav []tea.Msg

// press sends key presses to s.
func press(t *testing.T, s Screen, keys ...string) Screen {
	t.Helper()
	for _, k := range keys {
		s = drive(t, s, keyMsg(k))
	}
	return s
}

// typeText types text one rune at a time.
func typeText(t *testing.T, s Screen, text string) Screen {
	t.Helper()
	for _, r := range text {
		s = drive(t, s, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return s
}

var ansiRE = regexp.MustCompile(`\x1b\[[0-9;:?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)`)

// plain strips escape sequences from a rendered view.
func plain(s string) string { return ansiRE.ReplaceAllString(s, "") }

// render sizes s and returns its plain view.
func render(s Screen, w, h int) string {
	s.SetSize(w, h)
	return plain(s.View())
}
