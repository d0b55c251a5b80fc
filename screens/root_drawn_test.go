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

// What a frame measured is taken over by the next one only for the same
// width: a line that fitted 60 cells is cut at 30, and the footer of keys
// is drawn again for a narrower window and for other keys.
func TestWhatAFrameMeasuredHoldsForItsWidthOnly(t *testing.T) {
	var d drawnFrame
	line := "\x1b[1m" + strings.Repeat("woord ", 8) + "\x1b[0m" // 48 cells, more bytes
	if got := d.clamp(line, 60, 5); got != line {
		t.Fatalf("a line of 48 cells was cut at 60: %q", got)
	}
	if got := d.clamp(line, 60, 5); got != line {
		t.Fatalf("the second frame cut it: %q", got)
	}
	if got := plain(d.clamp(line, 30, 5)); len([]rune(got)) != 30 {
		t.Fatalf("at 30 cells the line is %q", got)
	}

	ctx, _ := testContext(t)
	r := NewRoot(ctx, NewHome(ctx))
	r.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	wide := d.footer(r, r.shortKeys())
	r.Update(tea.WindowSizeMsg{Width: 40, Height: 30})
	narrow := d.footer(r, r.shortKeys())
	if narrow == wide || ansiWidth(narrow) > 40 {
		t.Fatalf("the footer at 40 cells is %q (at 120: %q)", plain(narrow), plain(wide))
	}
	if fewer := d.footer(r, r.shortKeys()[:1]); fewer == narrow {
		t.Fatal("the footer stayed the same with fewer keys")
	}
}

func ansiWidth(s string) int { return len([]rune(plain(s))) }
