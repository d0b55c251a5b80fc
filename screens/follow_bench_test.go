package screens

import (
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/demo"
	"werkgroep/sessions"
	"werkgroep/store"
)

// BenchmarkFollowChange is what one following program does when another
// program on the same file stores a contribution (issue 15 point 1):
// the root's ChangedMsg, the reloads it starts, their answers, and the
// render after them. The other program stores a contribution and removes
// it again, by turns, so the session keeps its size; its writes are not
// timed. On the demo
// and on the large demo (2,600 contributions in the last session); the
// follower is a werkgroep with the last session open (home, werkgroep
// and session on its stack, as after enter, enter) or werkgroep present.
// PERFORMANCE.md ("The room") has the figures on screen, with termlat.
func BenchmarkFollowChange(b *testing.B) {
	for _, size := range []string{demo.Small, demo.Large} {
		for _, who := range []string{"session", "present"} {
			b.Run(size+"/"+who, func(b *testing.B) {
				f := newFollower(b, size, who == "present")
				b.ReportAllocs()
				for b.Loop() {
					b.StopTimer()
					f.store(b)
					b.StartTimer()
					f.follow()
				}
			})
		}
	}
}

// aFollower is a root on one handle of a demo file and a second handle
// that writes into the step the root shows.
type aFollower struct {
	root  *Root
	other *store.Store
	c     sessions.Contribution
}

func newFollower(b *testing.B, size string, present bool) *aFollower {
	b.Helper()
	path := filepath.Join(b.TempDir(), "room.db")
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, demo.Options{Size: size})
	if err != nil {
		b.Fatal(err)
	}
	other, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { other.Close() })
	ctx := NewContext(st, "nl")
	ctx.Now = func() time.Time { return time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC) }
	ctx.Tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	ss, err := st.Sessions(w.ID)
	if err != nil {
		b.Fatal(err)
	}
	last := ss[len(ss)-1]
	f := &aFollower{other: other, c: sessions.Contribution{SessionID: last.ID, StepID: last.Steps[0].ID}}
	if present {
		l := sessions.Lead{WerkgroepID: w.ID, SessionID: last.ID, StepID: last.Steps[0].ID, Program: "other", Since: ctx.Now()}
		if err := other.SetLead(l); err != nil {
			b.Fatal(err)
		}
		f.root = NewRoot(ctx, NewRoomPresent(ctx, w.ID))
		f.root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		f.run(f.root.stack[0].Init())
	} else {
		home := NewHome(ctx)
		home.Preload()
		f.root = NewRoot(ctx, home)
		f.root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		f.send(keyMsg("enter"))
		f.send(keyMsg("enter"))
		s, ok := f.root.Active().(*SessionScreen)
		if !ok || s.session.ID != last.ID {
			b.Fatalf("the follower shows %T, want the last session", f.root.Active())
		}
		f.c.StepID = s.currentStep().ID
	}
	return f
}

// store is the other program storing one contribution where the follower
// looks, or removing the one it stored before.
func (f *aFollower) store(b *testing.B) {
	var err error
	if f.c.ID != 0 {
		err = f.other.DeleteContribution(f.c.ID)
		f.c.ID = 0
	} else {
		f.c.Text = "Wat zeggen we hier nog over?"
		err = f.other.AddContribution(&f.c)
	}
	if err != nil {
		b.Fatal(err)
	}
}

// follow is the follower taking the change in and drawing it.
func (f *aFollower) follow() {
	f.send(ChangedMsg{})
	_ = f.root.View()
}

func (f *aFollower) send(msg tea.Msg) {
	_, cmd := f.root.Update(msg)
	f.run(cmd)
}

// run runs cmd as the program loop would, feeding every answer back to
// the root; timers and the feed's wait are left out.
func (f *aFollower) run(cmd tea.Cmd) {
	if cmd == nil || isTimer(cmd) {
		return
	}
	switch m := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range m {
			f.run(c)
		}
	default:
		f.send(m)
	}
}

// BenchmarkFollowCatchUp is a following session screen's catch-up after
// another program stored or removed a contribution (the change feed's
// message, the reload and the frame, as BenchmarkFollowChange), with the
// contributions read whole at every change as before migration 010
// ("whole") and only what changed ("changes"), by turns three times in
// the same run (-count would run each three times in a row).
func BenchmarkFollowCatchUp(b *testing.B) {
	for _, size := range []string{demo.Small, demo.Large} {
		f := newFollower(b, size, false)
		s := f.root.Active().(*SessionScreen)
		for _, how := range []string{"whole", "changes", "whole", "changes", "whole", "changes"} {
			b.Run(size+"/"+how, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					b.StopTimer()
					f.store(b)
					if how == "whole" {
						s.read.marked = false // the next load reads all, as before
					}
					b.StartTimer()
					f.follow()
				}
			})
		}
	}
}
