//go:build unix

package reliability

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// ordinaryUser is who runs the program where permissions matter. CI and
// the developers' machines run the tests as root, whom permissions do not
// stop, so there the program runs as nobody (as `runuser -u nobody` would);
// run by an ordinary user, the tests use that user, and nil is returned.
func ordinaryUser(t *testing.T) *syscall.Credential {
	t.Helper()
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("no user nobody to run the program as: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	binary(t)
	if err := os.Chmod(binDir, 0o755); err != nil { // so that nobody may run it
		t.Fatal(err)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
}

// userDir is a new folder that the ordinary user owns, on a path it can
// reach (t.TempDir's folders are root's own).
func userDir(t *testing.T, cred *syscall.Credential) string {
	t.Helper()
	base, err := os.MkdirTemp("", "werkgroep-user-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	os.Chmod(base, 0o755)
	dir := filepath.Join(base, "eigen")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	giveTo(t, cred, dir)
	return dir
}

// giveTo makes the ordinary user the owner of paths.
func giveTo(t *testing.T, cred *syscall.Credential, paths ...string) {
	t.Helper()
	if cred == nil {
		return
	}
	for _, p := range paths {
		if err := os.Lchown(p, int(cred.Uid), int(cred.Gid)); err != nil {
			t.Fatal(err)
		}
	}
}

// cliRun runs werkgroep without a terminal, as runCLI does, with more of
// the environment chosen: extra variables, and the user it runs as.
type cliRun struct {
	home string
	env  []string
	user *syscall.Credential
}

func (c cliRun) run(t *testing.T, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t), args...)
	cmd.Env = append(baseEnv(c.home), c.env...)
	if c.user != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.user}
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("werkgroep %s did not finish: %s", strings.Join(args, " "), out.String())
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, out.String()
}
