//go:build unix

package reliability

import (
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// openFiles is the number of files (the data file and its WAL, sockets)
// that process pid holds open.
func openFiles(t *testing.T, pid int) int {
	t.Helper()
	entries, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	return len(entries)
}

// TestServeVanishedClients: clients that disappear mid-sentence cost the
// server nothing: once they are gone it holds as many files as before
// (each connection's store handle closed), and the one that stayed
// carries on.
func TestServeVanishedClients(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	anna, bert := newKey(t, home, "Anna", true), newKey(t, home, "Bert", true)
	srv := startServer(t, home, f.path)
	stays := srv.mustDial(bert, nil, "")
	stays.openCapture(0)
	cycle := func(i int) {
		c := srv.mustDial(anna, nil, "")
		c.openCapture(i)
		c.send(fmt.Sprintf("zin %d", i) + keyEnter)
		c.waitFor(captured(i+1), 5*time.Second)
		c.send("half af")
		c.waitFor("half af", 5*time.Second)
		c.drop()
	}
	people := func(n int) bool { return strings.HasSuffix(strings.TrimSpace(srv.output()), nl.T("serve.people", n)) }
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("never %s: %s\n%s", what, fdList(srv.cmd.Process.Pid), srv.output())
			}
		}
	}
	cycle(0)
	waitFor("back to one person", func() bool { return people(1) })
	before := openFiles(t, srv.cmd.Process.Pid)
	const cycles, slack = 8, 4
	for i := 1; i <= cycles; i++ {
		cycle(i)
	}
	waitFor("back to one person", func() bool { return people(1) })
	var now int
	// The staying connection's pool may open another connection to the
	// file as it reloads (database/sql grows it on demand); a connection
	// whose store was not closed would leave at least one file each.
	waitFor(fmt.Sprintf("fewer than %d more open files than the %d before", slack, before), func() bool {
		now = openFiles(t, srv.cmd.Process.Pid)
		return now < before+slack
	})
	stays.waitFor(captured(9), 5*time.Second)
	stays.send("Bert is er nog" + keyEnter)
	stays.waitFor(captured(10), 5*time.Second)
}

// TestServeKilled: what a client was shown as stored is in the file after
// the server is killed with kill -9, and the file is sound.
func TestServeKilled(t *testing.T) {
	f := newFixture(t)
	home := t.TempDir()
	anna := newKey(t, home, "Anna", true)
	srv := startServer(t, home, f.path)
	c := srv.mustDial(anna, nil, "")
	c.openCapture(0)
	for i := 1; i <= 5; i++ {
		c.send(fmt.Sprintf("vastgelegd %d", i) + keyEnter)
		c.waitFor(captured(i), 5*time.Second)
	}
	srv.signal(syscall.SIGKILL)
	<-srv.done
	if got := texts(t, f.path, f.sessions[0].ID); len(got) != 5 {
		t.Fatalf("%d entries in the file after kill -9, want the 5 shown: %q", len(got), got)
	}
	integrity(t, f.path)
}

// fdList names the files process pid holds open, for a failure.
func fdList(pid int) string {
	dir := fmt.Sprintf("/proc/%d/fd", pid)
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		target, _ := os.Readlink(dir + "/" + e.Name())
		out = append(out, target)
	}
	return strings.Join(out, ", ")
}
