package demo

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestLarge writes the large demo through the real store. Every write is
// its own durable transaction, so on a disk the fsyncs dominate: 12 s to
// over 40 s on a busy 2-core machine, against 2 s on a RAM disk. The test
// checks what is written, not the disk, so it uses a RAM disk when there
// is one; -short skips it. Time the real thing with
// `werkgroep demo --size large --data FILE`.
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("the large demo takes seconds to write; run without -short")
	}
	st, err := store.Open(filepath.Join(ramDir(t), "large.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	calls, last := 0, 0
	start := time.Now()
	w, err := Fill(st, Options{Size: Large, Seed: 1, Progress: func(done, total int) {
		calls++
		if done < last || done > total {
			t.Errorf("progress %d of %d after %d", done, total, last)
		}
		last = done
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("large demo written in %v", time.Since(start).Round(time.Millisecond))
	n, err := Count(st, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", n)
	if n.Sessions != 4 || n.Participants != 40 || n.Contributions < 10000 || n.Actions != 300 {
		t.Errorf("counts %+v", n)
	}
	if n.Placements != 2*41*dimensions {
		t.Errorf("%d placements, want everyone and the group in two sessions (%d)", n.Placements, 2*41*dimensions)
	}
	if n.Outcomes*2 < n.Contributions || n.Outcomes == n.Contributions {
		t.Errorf("%d of %d contributions have an outcome; want most, not all", n.Outcomes, n.Contributions)
	}
	if calls == 0 {
		t.Error("progress was never reported")
	}
	d := read(t, st, w.ID)
	kinds, steps := map[sessions.Kind]int{}, map[sessions.ID]int{}
	for _, c := range d.said {
		kinds[c.Kind]++
		steps[c.StepID]++
	}
	for _, k := range sessions.Kinds {
		if kinds[k] < 500 {
			t.Errorf("kind %d: %d contributions", k, kinds[k])
		}
	}
	for _, se := range d.sessions {
		for _, st := range se.Steps {
			if st.Kind != sessions.StepBreak && steps[st.ID] == 0 {
				t.Errorf("session %d step %q is empty", se.Number, st.Title)
			}
		}
	}
	status := map[sessions.ActionStatus]int{}
	for _, a := range d.actions {
		status[a.Status]++
	}
	if len(status) != 3 {
		t.Errorf("action statuses %v, want all three", status)
	}
}

// ramDir is a temporary folder in memory (/dev/shm on Linux), or else an
// ordinary one.
func ramDir(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "linux" {
		if dir, err := os.MkdirTemp("/dev/shm", "werkgroep-demo-"); err == nil {
			t.Cleanup(func() { os.RemoveAll(dir) })
			return dir
		}
	}
	return t.TempDir()
}
