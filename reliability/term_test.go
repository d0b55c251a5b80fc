//go:build unix

package reliability

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
	"golang.org/x/sys/unix"
)

// term is the real binary running in a pseudo-terminal. What it writes is
// fed through a terminal emulator, so that tests read the screen as a
// person would see it, not the stream of changes Bubble Tea sends.
type term struct {
	t      testing.TB
	cmd    *exec.Cmd
	pty    *os.File
	vt     vt10x.Terminal
	mu     sync.Mutex
	raw    bytes.Buffer // every byte the program wrote to the terminal
	stderr bytes.Buffer
	done   chan struct{}
	err    error // from Wait, once done is closed
	read   chan struct{}
}

type termOpts struct {
	cols, rows int
	env        []string // added to a clean environment
	home       string   // HOME and XDG_DATA_HOME; a temporary folder by default
	args       []string
	noStderr   bool     // stderr to the terminal, as a person would see it
	shell      bool     // an interactive bash instead, with job control, to type werkgroep into
	bin        string   // the program to run; the test's werkgroep by default
	prefix     []string // run through this command (runuser -u nobody --)

	user *syscall.Credential // run as this user instead (ordinaryUser)
}

// baseEnv is a small, fixed environment: Dutch, a capable xterm, and the
// program's own data folder in a temporary home.
func baseEnv(home string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"LANG=nl_NL.UTF-8",
		"TERM=xterm-256color",
	}
}

// start runs werkgroep with args in a terminal of the given size.
func start(t testing.TB, o termOpts) *term {
	t.Helper()
	if o.cols == 0 {
		o.cols, o.rows = 100, 30
	}
	if o.home == "" {
		o.home = t.TempDir()
	}
	if o.bin == "" {
		o.bin = binary(t)
	}
	argv := append(append(append([]string{}, o.prefix...), o.bin), o.args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	if o.shell {
		cmd = exec.Command("bash", "--norc", "--noprofile", "-i")
	}
	cmd.Env = append(baseEnv(o.home), o.env...)
	if o.user != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: o.user}
	}
	tm := &term{t: t, cmd: cmd, vt: vt10x.New(vt10x.WithSize(o.cols, o.rows)), done: make(chan struct{}), read: make(chan struct{})}
	if !o.noStderr {
		cmd.Stderr = &lockedWriter{mu: &tm.mu, w: &tm.stderr}
	}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(o.cols), Rows: uint16(o.rows)})
	if err != nil {
		t.Fatalf("start werkgroep: %v", err)
	}
	tm.pty = pollable(t, f)
	go tm.copy()
	go func() {
		tm.err = cmd.Wait()
		close(tm.done)
	}()
	t.Cleanup(func() {
		tm.kill()
		f.Close()
	})
	return tm
}

// pollable is the terminal's master side, non-blocking and read through
// Go's poller. creack/pty leaves it in blocking mode, where Close waits
// for the read in copy to return before it really closes the file; a test
// closes it to close the terminal window, which must happen at once.
func pollable(t testing.TB, f *os.File) *os.File {
	t.Helper()
	fd, err := syscall.Dup(int(f.Fd()))
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.SetNonblock(fd, true); err != nil {
		t.Fatal(err)
	}
	return os.NewFile(uintptr(fd), f.Name())
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// copy feeds the program's output to the emulator, keeping an incomplete
// UTF-8 sequence at the end of a read for the next one.
func (tm *term) copy() {
	defer close(tm.read)
	buf := make([]byte, 64*1024)
	var rest []byte
	for {
		n, err := tm.pty.Read(buf)
		if n > 0 {
			tm.mu.Lock()
			tm.raw.Write(buf[:n])
			tm.mu.Unlock()
			data := append(rest, buf[:n]...)
			cut := len(data)
			for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
				if utf8.RuneStart(data[i]) {
					if !utf8.FullRune(data[i:]) {
						cut = i
					}
					break
				}
			}
			tm.vt.Write(data[:cut])
			rest = append([]byte(nil), data[cut:]...)
		}
		if err != nil {
			return
		}
	}
}

// screen is what the emulated terminal shows, one line per row, with
// trailing blanks removed.
func (tm *term) screen() string {
	s := tm.vt.String()
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \x00")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// output is everything the program has written so far.
func (tm *term) output() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.raw.String()
}

func (tm *term) errOutput() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.stderr.String()
}

// waitFor waits until the screen contains want and fails the test with
// the screen when it does not within the timeout.
func (tm *term) waitFor(want string, timeout time.Duration) {
	tm.t.Helper()
	if !tm.waitUntil(func(s string) bool { return strings.Contains(s, want) }, timeout) {
		tm.t.Fatalf("the screen never showed %q; it shows:\n%s", want, tm.screen())
	}
}

// waitForText waits until the screen shows text, however the program
// wrapped it: typed text breaks over lines at a width that depends on its
// length, so a plain search for it fails whenever it wraps.
func (tm *term) waitForText(text string, timeout time.Duration) {
	tm.t.Helper()
	if !tm.waitUntil(func(s string) bool { return shows(s, text) }, timeout) {
		tm.t.Fatalf("the screen never showed %q (wrapped or not); it shows:\n%s", text, tm.screen())
	}
}

// shows reports whether screen holds text, read without line breaks,
// spaces and the agenda column beside the session's text (everything up
// to a line's "│"), so that wrapping cannot hide it.
func shows(screen, text string) bool {
	var b strings.Builder
	for _, l := range strings.Split(screen, "\n") {
		if _, right, ok := strings.Cut(l, "│"); ok {
			l = right
		}
		b.WriteString(l)
	}
	return strings.Contains(squeeze(b.String()), squeeze(text))
}

// squeeze removes every space and line break.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// waitUntil polls the screen until ok, the program ends, or the timeout.
func (tm *term) waitUntil(ok func(screen string) bool, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for {
		if ok(tm.screen()) {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		select {
		case <-tm.done:
			time.Sleep(20 * time.Millisecond) // let the last output arrive
			return ok(tm.screen())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// send types bytes as they would come from the keyboard.
func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := tm.pty.Write([]byte(s)); err != nil {
		tm.t.Fatalf("typing: %v", err)
	}
}

// Keys as a terminal sends them.
const (
	keyEnter = "\r"
	keyEsc   = "\x1b"
	keyCtrlC = "\x03"
	keyCtrlU = "\x15"
	keyF12   = "\x1b[24~"
	keyTab   = "\t"
)

// paste sends text as a bracketed paste.
func (tm *term) paste(s string) { tm.send("\x1b[200~" + s + "\x1b[201~") }

// endsWith1AndGivesBack waits for the program to end and checks that it
// exited with 1 and gave the terminal back: the main screen, the cursor
// shown.
func (tm *term) endsWith1AndGivesBack() {
	tm.t.Helper()
	if code := tm.wait(10 * time.Second); code != 1 {
		tm.t.Errorf("exit %d, want 1", code)
	}
	tm.vt.Lock()
	alt, cursor := tm.vt.Mode()&vt10x.ModeAltScreen != 0, tm.vt.CursorVisible()
	tm.vt.Unlock()
	if alt || !cursor {
		tm.t.Errorf("terminal not given back: alternate screen %v, cursor visible %v", alt, cursor)
	}
}

// esc sends escape on its own, with a pause before it so that it is not
// read as the end of a sequence, and waits until the program has taken
// it (the screen changes) so that the next key is not read with it as
// alt+key: on a busy machine a fixed pause after it was not always enough.
// An escape that changes nothing on the screen costs a second's wait.
func (tm *term) esc() {
	time.Sleep(60 * time.Millisecond)
	before := tm.screen()
	tm.send(keyEsc)
	tm.waitUntil(func(s string) bool { return s != before }, time.Second)
	time.Sleep(20 * time.Millisecond)
}

// resize changes the terminal's size, as dragging the window would.
func (tm *term) resize(cols, rows int) {
	tm.t.Helper()
	tm.vt.Resize(cols, rows)
	// Not pty.Setsize: it would put the master back in blocking mode.
	rc, err := tm.pty.SyscallConn()
	if err != nil {
		tm.t.Fatal(err)
	}
	rc.Control(func(fd uintptr) {
		err = unix.IoctlSetWinsize(int(fd), unix.TIOCSWINSZ, &unix.Winsize{Col: uint16(cols), Row: uint16(rows)})
	})
	if err != nil {
		tm.t.Fatal(err)
	}
}

// kill ends the program at once, as a power cut or a crash would.
func (tm *term) kill() {
	select {
	case <-tm.done:
		return
	default:
	}
	tm.cmd.Process.Signal(syscall.SIGKILL)
	<-tm.done
}

// status waits for the program to end and returns how it ended.
func (tm *term) status(timeout time.Duration) syscall.WaitStatus {
	tm.t.Helper()
	tm.wait(timeout)
	ws, ok := tm.cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok {
		tm.t.Fatalf("no wait status: %v", tm.cmd.ProcessState)
	}
	return ws
}

// altScreen reports whether the terminal shows the alternate screen, and
// whether the cursor is shown.
func (tm *term) altScreen() (alt, cursor bool) {
	tm.vt.Lock()
	defer tm.vt.Unlock()
	return tm.vt.Mode()&vt10x.ModeAltScreen != 0, tm.vt.CursorVisible()
}

// wait waits for the program to end by itself and returns its exit code.
func (tm *term) wait(timeout time.Duration) int {
	tm.t.Helper()
	select {
	case <-tm.done:
	case <-time.After(timeout):
		tm.t.Fatalf("the program did not end within %v; the screen shows:\n%s", timeout, tm.screen())
	}
	select {
	case <-tm.read:
	case <-time.After(time.Second):
	}
	var ee *exec.ExitError
	if errors.As(tm.err, &ee) {
		return ee.ExitCode()
	}
	if tm.err != nil {
		tm.t.Fatalf("wait: %v", tm.err)
	}
	return 0
}
