//go:build linux

package reliability

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sharedDir is a folder everyone may use (0777), outside the test's own
// private temporary folder, so that another user can work in it.
func sharedDir(t *testing.T) string {
	t.Helper()
	d, err := os.MkdirTemp("", "werkgroep-gedeeld-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(d, 0o777)
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}

// TestReadOnlyFileInTheProgram opens a werkgroep file that cannot be
// written, in a folder that can: as an ordinary user (nobody) a file of
// root's, as root an immutable file (chattr +i) and a file on a read-only
// bind mount. Every screen says "alleen lezen", the session opens in its
// list, a key that would change something says so in the status line
// and changes nothing, minutes and a backup can be made, and nothing is
// made beside the file or changed in it.
func TestReadOnlyFileInTheProgram(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run as another user, make a file immutable and bind-mount (CI runs as root)")
	}
	cases := map[string]func(t *testing.T, f fixture) (path string, prefix []string){
		"ordinary user": func(t *testing.T, f fixture) (string, []string) {
			d := sharedDir(t) // the folder can be written; the file cannot
			p := filepath.Join(d, "van-een-ander.db")
			copyTo(t, f.path, p, 0o644)
			return p, []string{"runuser", "-u", "nobody", "--"}
		},
		"immutable file": func(t *testing.T, f fixture) (string, []string) {
			d := sharedDir(t)
			p := filepath.Join(d, "vast.db")
			copyTo(t, f.path, p, 0o600)
			if out, err := exec.Command("chattr", "+i", p).CombinedOutput(); err != nil {
				t.Skipf("chattr +i: %v %s", err, out)
			}
			t.Cleanup(func() { exec.Command("chattr", "-i", p).Run() })
			return p, nil
		},
		"read-only mount": func(t *testing.T, f fixture) (string, []string) {
			d, m := sharedDir(t), sharedDir(t)
			copyTo(t, f.path, filepath.Join(d, "share.db"), 0o600)
			if out, err := exec.Command("mount", "--bind", "-o", "ro", d, m).CombinedOutput(); err != nil {
				t.Skipf("mount --bind -o ro: %v %s", err, out)
			}
			t.Cleanup(func() { exec.Command("umount", m).Run() })
			return filepath.Join(m, "share.db"), nil
		},
	}
	f := withContributions(t, 3)
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			path, prefix := setup(t, f)
			bin := sharedBinary(t)
			home := sharedDir(t)
			before := fingerprint(t, path)
			tm := start(t, termOpts{cols: 160, rows: 30, bin: bin, prefix: prefix, home: home, args: []string{"--data", path}})
			tm.waitFor("Buurtwerk", 5*time.Second)
			tm.waitFor(say("file.readonly")+" · werkgroep", 2*time.Second)
			if prefix != nil {
				tm.waitFor(fragments("file.private.failed")[2], 2*time.Second) // not nobody's file: its mode stays
			} else {
				tm.waitFor(say("file.readonly.open"), 2*time.Second)
			}
			tm.send(keyEnter)
			tm.waitFor(say("wg.sessions"), 5*time.Second)
			tm.send(keyEnter)
			tm.waitFor(captured(3), 5*time.Second)
			if s := tm.screen(); !strings.HasPrefix(strings.TrimSpace(s), say("file.readonly")) {
				t.Errorf("the session screen does not say read-only in its header:\n%s", s)
			}
			tm.waitFor(say("file.readonly.hint"), 2*time.Second)
			tm.send("\x1b[C") // →: moving takes the lead, which a read-only program must not try
			time.Sleep(200 * time.Millisecond)
			if s := tm.screen(); strings.Contains(s, say("file.readonly.key")) || strings.Contains(s, say("error.prefix")) {
				t.Errorf("opening the session or moving on gave a refusal:\n%s", s)
			}
			tm.send("i")
			tm.waitFor(say("file.readonly.key"), 2*time.Second)
			tm.send("xyz")
			tm.paste("geplakt")
			time.Sleep(300 * time.Millisecond)
			if s := tm.screen(); strings.Contains(s, "xyz") || strings.Contains(s, "geplakt") {
				t.Errorf("text could be typed into a read-only file:\n%s", s)
			}
			tm.send(keyCtrlC)
			if code := tm.wait(5 * time.Second); code != 0 {
				t.Errorf("exit %d after ctrl+c\n%s", code, tm.errOutput())
			}

			out := sharedDir(t)
			run := func(args ...string) (int, string) {
				return runArgv(t, home, append(append(append([]string{}, prefix...), bin), args...))
			}
			if code, msg := run("export", "--data", path, "--out", filepath.Join(out, "notulen.md")); code != 0 {
				t.Errorf("export of a read-only file: exit %d\n%s", code, msg)
			}
			if code, msg := run("backup", "--data", path, "--out", filepath.Join(out, "kopie.db")); code != 0 {
				t.Errorf("backup of a read-only file: exit %d\n%s", code, msg)
			}
			if got := texts(t, filepath.Join(out, "kopie.db"), f.sessions[0].ID); len(got) != 3 {
				t.Errorf("the backup holds %d of 3 contributions", len(got))
			}
			if after := fingerprint(t, path); after != before {
				t.Errorf("the file or what is beside it changed:\n%s\n%s", before, after)
			}
		})
	}
}

// copyTo copies a closed werkgroep file to dst with the given mode.
func copyTo(t *testing.T, src, dst string, mode os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, mode); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dst, mode)
}

// sharedBinary is the werkgroep binary where another user may run it.
func sharedBinary(t *testing.T) string {
	t.Helper()
	d := sharedDir(t)
	os.Chmod(d, 0o755)
	p := filepath.Join(d, "werkgroep")
	b, err := os.ReadFile(binary(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// runArgv runs a command line without a terminal, as runCLI does.
func runArgv(t *testing.T, home string, argv []string) (int, string) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = baseEnv(home)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}
