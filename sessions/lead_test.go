package sessions

import (
	"testing"
	"time"
)

func TestLeadClockAndSilence(t *testing.T) {
	at := time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC)
	still := Lead{Elapsed: 5 * time.Minute, Updated: at}
	if still.Clock(at.Add(time.Hour)) != 5*time.Minute || still.Running() {
		t.Errorf("a clock standing still moved: %v", still.Clock(at.Add(time.Hour)))
	}
	running := Lead{Elapsed: 5 * time.Minute, RunningSince: at, Updated: at}
	if got := running.Clock(at.Add(90 * time.Second)); got != 6*time.Minute+30*time.Second {
		t.Errorf("running clock %v, want 6m30s", got)
	}
	if still.Silent(at.Add(GoneAfter)) || !still.Silent(at.Add(GoneAfter+time.Second)) {
		t.Error("a still lead is silent only after GoneAfter")
	}
	if running.Silent(at.Add(time.Hour)) {
		t.Error("a lead whose clock runs counts as silent")
	}
	alive := Lead{Updated: at, Alive: true}
	if alive.Silent(at.Add(time.Hour)) {
		t.Error("a lead known to run counts as silent after an hour without a write")
	}
	ended := Lead{RunningSince: at, Updated: at, Ended: true}
	if ended.Silent(at.Add(GoneAfter)) || !ended.Silent(at.Add(GoneAfter+time.Second)) {
		t.Error("an ended lead whose clock ran is silent only after GoneAfter")
	}
	if a, b := NewProgramID(), NewProgramID(); a == b {
		t.Error("two programs got one id")
	}
}
