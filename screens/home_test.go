package screens

import (
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
)

// The notice of text left unstored wraps on a narrow window instead of
// losing its key, and the list keeps its place below it.
func TestHomeDraftNoticeWrapsOnANarrowWindow(t *testing.T) {
	ctx, w := testContext(t)
	mustDo(t, ctx.Store.SaveDraft(sessions.Draft{Key: "session:1", Text: "half", Updated: time.Now()}))
	h := NewHome(ctx)
	h.SetSize(40, 10)
	s := drive(t, h, h.Init()())
	lines := strings.Split(plain(s.View()), "\n")
	if len(lines) > 10 {
		t.Fatalf("the home screen takes %d lines of 10:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	view := strings.Join(lines, "\n")
	if !strings.Contains(strings.Join(strings.Fields(view), " "), "Druk op r om verder te gaan waar je was.") {
		t.Errorf("the notice lost its end at 40 columns:\n%s", view)
	}
	if !strings.Contains(view, w.Name) {
		t.Errorf("the werkgroep is not in view below the notice:\n%s", view)
	}
}
