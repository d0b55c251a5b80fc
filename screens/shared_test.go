package screens

import (
	"sync/atomic"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// countingStore counts how often a session's contributions are read.
type countingStore struct {
	sessions.Store
	reads *atomic.Int64
}

func (c countingStore) Contributions(se sessions.ID) ([]sessions.Contribution, error) {
	c.reads.Add(1)
	return c.Store.Contributions(se)
}

// Three programs of one werkgroep serve reload the same session after a
// change: one reads it, the others take copies of what it read, each its
// own to change. After a write by one of them (the process's writes
// move), the next reload reads again and holds that write, before the
// server's feed has said anything.
func TestServedProgramsShareOneReadPerChange(t *testing.T) {
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	se := ss[0]
	var feed atomic.Uint64
	shared := NewSharedReads(func() ReadGen { return ReadGen{Feed: feed.Load(), Writes: store.ProcessWrites()} })
	var reads atomic.Int64
	conns := []sessions.Store{
		countingStore{otherProgram(t, ctx), &reads},
		countingStore{otherProgram(t, ctx), &reads},
		countingStore{otherProgram(t, ctx), &reads},
	}
	writer := anotherProgram(t, ctx).Store

	c := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: "eerste"}
	mustDo(t, writer.AddContribution(&c))
	feed.Add(1)
	var got []sessionLoadedMsg
	for _, st := range conns {
		m := shared.session(st, w.ID, se.ID, contributionsRead{})
		mustDo(t, m.err)
		got = append(got, m)
	}
	if n := reads.Load(); n != 1 {
		t.Fatalf("three programs read the session %d times after one change, want once", n)
	}
	for i, m := range got {
		if len(m.all) != 1 || m.all[0].Text != "eerste" {
			t.Fatalf("program %d got %+v", i, m.all)
		}
	}
	got[0].session.Steps[0].Elapsed = 99
	got[0].all[0].Text = "veranderd"
	if got[1].session.Steps[0].Elapsed == 99 || got[1].all[0].Text != "eerste" {
		t.Fatal("a program's change reached another program's copy")
	}

	// A write of this process: the next read is a fresh one, with it.
	c2 := sessions.Contribution{SessionID: se.ID, StepID: se.Steps[0].ID, Text: "tweede"}
	mustDo(t, conns[1].AddContribution(&c2))
	m := shared.session(conns[1], w.ID, se.ID, contributionsRead{})
	if reads.Load() != 2 || len(m.all) != 2 {
		t.Fatalf("after its own write a program read %d times and got %d entries", reads.Load(), len(m.all))
	}
	if m2 := shared.session(conns[2], w.ID, se.ID, contributionsRead{}); len(m2.all) != 2 || reads.Load() != 2 {
		t.Fatalf("the next program got %d entries after %d reads", len(m2.all), reads.Load())
	}
}
