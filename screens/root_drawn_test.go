package screens

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// rootRun drives a root as the program loop does: each message, then the
// answers of its commands (timers left out).
func rootRun(t *testing.T, r *Root, msg tea.Msg) {
	t.Helper()
	_, cmd := r.Update(msg)
	rootCmd(r, cmd)
}

func rootCmd(r *Root, cmd tea.Cmd) {
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil || isTimer(cmd) {
			return
		}
		switch m := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range m {
				run(c)
			}
		default:
			_, c := r.Update(m)
			run(c)
		}
	}
	run(cmd)
}

// The change feed's message only starts the session screen's reload, so
// the frame drawn after it is the one before; the reload's answer draws
// the entry another program stored. A screen that does not say so (the
// home list) is drawn again after the feed's message too.
func TestTheFrameStaysUntilTheReloadAnswers(t *testing.T) {
	ctx, w := testContext(t)
	other := anotherProgram(t, ctx)
	ss, _ := ctx.Store.Sessions(w.ID)
	r := NewRoot(ctx, newSessionScreen(ctx, w.ID, ss[0].ID))
	rootRun(t, r, tea.WindowSizeMsg{Width: 100, Height: 30})
	rootCmd(r, r.Init())
	before := r.View().Content
	s := r.Active().(*SessionScreen)
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: s.currentStep().ID, Text: "elders opgeslagen"}
	mustDo(t, other.Store.AddContribution(&c))

	_, reload := r.Update(feedMsg{})
	if !r.drawn.ok || r.View().Content != before {
		t.Fatal("the feed's message drew the session screen again")
	}
	if strings.Contains(plain(r.View().Content), "elders opgeslagen") {
		t.Fatal("the entry is there before the reload")
	}
	rootCmd(r, reload)
	if r.drawn.ok {
		t.Fatal("the reload's answer kept the old frame")
	}
	if v := plain(r.View().Content); !strings.Contains(v, "elders opgeslagen") {
		t.Fatalf("after the reload the entry is not shown:\n%s", v)
	}

	home := NewHome(ctx)
	hr := NewRoot(ctx, home)
	rootCmd(hr, hr.Init())
	_ = hr.View()
	hr.Update(feedMsg{})
	if hr.drawn.ok {
		t.Fatal("the home list kept its frame across the feed's message")
	}
}
