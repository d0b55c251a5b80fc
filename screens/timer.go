package screens

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
)

// stepTimer counts the time used in a step against its timebox. It only
// informs: nothing waits for it and nothing stops when it runs out.
type stepTimer struct {
	base    time.Duration // used before the current run
	started time.Time     // zero when paused
	seq     int           // identifies the current tick chain
	// ran: the timer was started here since the step's time was loaded,
	// so the time it shows is this program's to store.
	ran bool
	// schedule is Context.Tick: tea.Tick, or nothing in tests.
	schedule func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
}

type timerTickMsg struct{ seq int }

func (t *stepTimer) Running() bool { return !t.started.IsZero() }

func (t *stepTimer) Elapsed(now time.Time) time.Duration {
	if t.Running() {
		return t.base + now.Sub(t.started)
	}
	return t.base
}

// Toggle starts or pauses the timer and returns the tick command.
func (t *stepTimer) Toggle(now time.Time) tea.Cmd {
	if t.Running() {
		t.base = t.Elapsed(now)
		t.started = time.Time{}
		t.seq++
		return nil
	}
	t.started = now
	t.ran = true
	t.seq++
	return t.tick()
}

// Stop pauses and returns the time used, for storing.
func (t *stepTimer) Stop(now time.Time) time.Duration {
	if t.Running() {
		t.Toggle(now)
	}
	return t.base
}

// Reset loads a step's stored time, paused.
func (t *stepTimer) Reset(used time.Duration) {
	t.base, t.started, t.ran = used, time.Time{}, false
	t.seq++
}

// Mirror shows another program's clock (the lead's): used before since,
// and running from since unless it is zero. It is not this program's to
// store. A clock already shown as it is keeps its tick chain.
func (t *stepTimer) Mirror(used time.Duration, since time.Time) tea.Cmd {
	if t.base == used && t.started.Equal(since) {
		return nil
	}
	t.base, t.started, t.ran = used, since, false
	t.seq++
	if since.IsZero() {
		return nil
	}
	return t.tick()
}

func (t *stepTimer) tick() tea.Cmd {
	seq := t.seq
	return t.schedule(time.Second, func(time.Time) tea.Msg { return timerTickMsg{seq: seq} })
}

// Handle continues the tick chain if msg belongs to the running timer.
func (t *stepTimer) Handle(msg timerTickMsg) tea.Cmd {
	if msg.seq != t.seq || !t.Running() {
		return nil
	}
	return t.tick()
}

// clock formats a duration as m:ss (or h:mm:ss).
func clock(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
