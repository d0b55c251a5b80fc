package store

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"werkgroep/sessions"
)

func TestLeadIsSetTakenOverAndCleared(t *testing.T) {
	a, b, w := twoHandles(t)
	if _, err := b.Lead(w.ID); !errors.Is(err, sessions.ErrNotFound) {
		t.Fatalf("lead of a fresh werkgroep: %v, want ErrNotFound", err)
	}
	ss, _ := a.Sessions(w.ID)
	started := time.Date(2026, 12, 1, 19, 30, 0, 0, time.UTC)
	mine := sessions.Lead{WerkgroepID: w.ID, SessionID: ss[0].ID, StepID: ss[0].Steps[2].ID, Program: "laptop/1/1",
		Since: started, Elapsed: 90 * time.Second, RunningSince: started.Add(time.Minute), Projector: sessions.ProjectHold}
	if err := a.SetLead(mine); err != nil {
		t.Fatal(err)
	}
	got, err := b.Lead(w.ID) // read by the other program
	if err != nil {
		t.Fatal(err)
	}
	if got.SessionID != mine.SessionID || got.StepID != mine.StepID || got.Program != mine.Program ||
		!got.Since.Equal(started) || got.Elapsed != mine.Elapsed || !got.RunningSince.Equal(mine.RunningSince) ||
		got.Projector != sessions.ProjectHold || time.Since(got.Updated) > time.Minute {
		t.Fatalf("read back %+v, stored %+v", got, mine)
	}
	// Someone moves to a step in the other program: it leads now.
	theirs := sessions.Lead{WerkgroepID: w.ID, SessionID: ss[1].ID, StepID: ss[1].Steps[0].ID, Program: "laptop/2/2"}
	if err := b.SetLead(theirs); err != nil {
		t.Fatal(err)
	}
	got, _ = a.Lead(w.ID)
	if got.Program != theirs.Program || got.StepID != theirs.StepID || got.Running() || got.Projector != sessions.ProjectNormal {
		t.Fatalf("after the take-over %+v", got)
	}
	// The first program stopping does not end the second's lead.
	if err := a.ClearLead(w.ID, mine.Program); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Lead(w.ID); err != nil {
		t.Fatalf("another program's clear ended the lead: %v", err)
	}
	if err := b.ClearLead(w.ID, theirs.Program); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Lead(w.ID); !errors.Is(err, sessions.ErrNotFound) {
		t.Fatalf("after the lead's own clear: %v, want ErrNotFound", err)
	}
}

func TestLeadGoesWithItsWerkgroep(t *testing.T) {
	a, _, w := twoHandles(t)
	ss, _ := a.Sessions(w.ID)
	if err := a.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Program: "p"}); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteWerkgroep(w.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := a.db.QueryRow(`SELECT count(*) FROM lead`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d leads left after deleting the werkgroep (%v)", n, err)
	}
}

func TestLeadChangeReachesTheOtherFeed(t *testing.T) {
	a, b, w := twoHandles(t)
	feed := b.Watch()
	defer feed.Close()
	ss, _ := a.Sessions(w.ID)
	if err := a.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, Program: "p"}); err != nil {
		t.Fatal(err)
	}
	waitFeed(t, feed, "SetLead")
}

// deadProgram is the program id of a process of this computer that has
// ended.
func deadProgram(t *testing.T) string {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no true to run:", err)
	}
	return fmt.Sprintf("%s/%d/1", hostname(), cmd.Process.Pid)
}

func TestLeadOfAnEndedProgram(t *testing.T) {
	a, b, w := twoHandles(t)
	ss, _ := a.Sessions(w.ID)
	for _, c := range []struct {
		program string
		ended   bool
	}{
		{deadProgram(t), true},
		{fmt.Sprintf("%s/%d/1", hostname(), os.Getpid()), false}, // this one runs
		{"een-andere-computer/1/1", false},                       // cannot tell
		{"geen id", false},
	} {
		if err := a.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Program: c.program}); err != nil {
			t.Fatal(err)
		}
		if l, err := b.Lead(w.ID); err != nil || l.Ended != c.ended {
			t.Errorf("lead of %q: ended %v (%v), want %v", c.program, l.Ended, err, c.ended)
		}
	}
}
