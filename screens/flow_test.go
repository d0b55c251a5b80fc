package screens

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// The raw output holds only the cells that changed, so the test waits for
// text that appears whole when it first reaches the screen.

// TestWholeCaptureFlow runs the real program loop: open the werkgroep,
// open session 1, capture two contributions, quit with ctrl+c while a
// third is half typed. Everything stored is in the file and the half-typed
// text is kept as a draft.
func TestWholeCaptureFlow(t *testing.T) {
	ctx, w := testContext(t)
	ctx.Tick = tea.Tick
	root := NewRoot(ctx, NewHome(ctx))
	tm := teatest.NewTestModel(t, root, teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii), tea.WithEnvironment([]string{"TERM=xterm"})))
	wait := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	wait("Visie & Participatie")
	tm.Send(keyMsg("enter"))
	wait("Bijeenkomsten")
	tm.Send(keyMsg("enter"))
	wait("Welkom en check-in")
	tm.Type("Fijn dat iedereen er is")
	tm.Send(keyMsg("enter"))
	wait("• [inbreng] Fijn dat iedereen er is")
	tm.Send(keyMsg("ctrl+n"))
	wait("Beleidsstukken")
	tm.Type("Wat is een participatieparagraaf?")
	tm.Send(keyMsg("alt+4"))
	tm.Send(keyMsg("enter"))
	wait("[vraag]")
	tm.Type("nog niet af")
	tm.Send(keyMsg("ctrl+c"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	final := tm.FinalModel(t).(*Root)
	if _, ok := final.Active().(*SessionScreen); !ok {
		t.Fatalf("active screen %T", final.Active())
	}
	ss, _ := ctx.Store.Sessions(w.ID)
	got, _ := ctx.Store.Contributions(ss[0].ID)
	if len(got) != 2 || got[1].Text != "Wat is een participatieparagraaf?" || got[1].StepID != ss[0].Steps[1].ID {
		t.Fatalf("stored %+v", got)
	}
	drafts, _ := ctx.Store.Drafts()
	if len(drafts) != 1 || drafts[0].Text != "nog niet af" {
		t.Errorf("drafts %+v", drafts)
	}
	if view := plain(final.render()); !strings.Contains(view, "nog niet af") {
		t.Errorf("final view:\n%s", view)
	}
}
