package store

import (
	"testing"
	"time"

	"werkgroep/sessions"
)

// BenchmarkFeedLatency is one contribution stored through one handle
// until the other handle's change feed says so: the store's durable
// write plus the feed's part of what a second program or werkgroep
// present adds before it reloads. PERFORMANCE.md ("The room") has the
// whole path, measured on screen with termlat.
func BenchmarkFeedLatency(b *testing.B) {
	a, other, w := twoHandles(b)
	feed := other.Watch()
	defer feed.Close()
	ss, err := a.Sessions(w.ID)
	if err != nil {
		b.Fatal(err)
	}
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, Text: "Wat zeggen we?"}
	for b.Loop() {
		c.ID = 0
		if err := a.AddContribution(&c); err != nil {
			b.Fatal(err)
		}
		select {
		case <-feed.C:
		case <-time.After(10 * time.Second):
			b.Fatal("the feed did not report a commit")
		}
	}
}
