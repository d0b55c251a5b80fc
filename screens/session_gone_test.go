package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// lastStatus is the last status text the commands run by drive set.
func lastStatus(t *testing.T) string {
	t.Helper()
	for i := len(lastNav) - 1; i >= 0; i-- {
		if m, ok := lastNav[i].(StatusMsg); ok {
			return m.Text
		}
	}
	return ""
}

// TestEditOfAContributionDeletedElsewhere: another program deletes the
// contribution being edited here. Enter then stores nothing under its
// name, says so, and keeps the text; a second enter stores it as a new
// contribution, with the author and kind it was given, and the entry that
// waited aside comes back.
func TestEditOfAContributionDeletedElsewhere(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "eerste versie")
	press(t, s, "enter")
	typeText(t, s, "wacht even")
	press(t, s, "esc", "e", "ctrl+u")
	typeText(t, s, "betere versie")
	press(t, s, "alt+4")
	stored, _ := ctx.Store.Contributions(s.session.ID)
	if err := ctx.Store.DeleteContribution(stored[0].ID); err != nil { // the other program
		t.Fatal(err)
	}
	lastNav = nil
	press(t, s, "enter")
	if got := lastStatus(t); got != ctx.T("session.edit.gone") {
		t.Fatalf("status %q after storing an edit of a deleted contribution, want %q", got, ctx.T("session.edit.gone"))
	}
	if !strings.HasPrefix(ctx.T("session.edit.gone"), "Deze bijdrage is intussen verwijderd") {
		t.Errorf("the message does not say the contribution is gone: %q", ctx.T("session.edit.gone"))
	}
	if s.capture.input.Value() != "betere versie" {
		t.Fatalf("the edited text is not kept: %q", s.capture.input.Value())
	}
	if got, _ := ctx.Store.Contributions(s.session.ID); len(got) != 0 {
		t.Fatalf("something was stored: %+v", got)
	}
	if len(s.current()) != 0 {
		t.Errorf("the deleted contribution is still listed")
	}

	lastNav = nil
	press(t, s, "enter")
	got, _ := ctx.Store.Contributions(s.session.ID)
	if len(got) != 1 || got[0].Text != "betere versie" || got[0].Kind != sessions.Vraag {
		t.Fatalf("after the second enter the file holds %+v, want the text as a new question", got)
	}
	if lastStatus(t) != ctx.T("session.edit.asnew") {
		t.Errorf("status %q, want %q", lastStatus(t), ctx.T("session.edit.asnew"))
	}
	if s.capture.editing != 0 || s.capture.input.Value() != "wacht even" {
		t.Errorf("after storing it as new: editing %d, input %q; want the entry that waited aside", s.capture.editing, s.capture.input.Value())
	}
}

// TestKindOfAContributionDeletedElsewhere: a change of kind to a
// contribution another program deleted says it is gone.
func TestKindOfAContributionDeletedElsewhere(t *testing.T) {
	s, ctx := openSession(t, 1)
	typeText(t, s, "iets")
	press(t, s, "enter", "esc")
	stored, _ := ctx.Store.Contributions(s.session.ID)
	ctx.Store.DeleteContribution(stored[0].ID)
	lastNav = nil
	press(t, s, "3")
	if got := lastStatus(t); got != ctx.T("session.gone") {
		t.Errorf("status %q, want %q", got, ctx.T("session.gone"))
	}
	if len(s.current()) != 0 {
		t.Errorf("the deleted contribution is still listed")
	}
}

// TestDraftOfARemovedPerson: a draft attributed to someone who is then
// removed comes back without them when their words are kept, and not at
// all when they are deleted.
func TestDraftOfARemovedPerson(t *testing.T) {
	for _, keep := range []bool{true, false} {
		s, ctx := openSession(t, 1)
		press(t, s, "tab")
		typeText(t, s, "linda")
		press(t, s, "enter")
		typeText(t, s, "wat Linda half zei")
		for _, d := range s.Drafts() {
			if err := ctx.Store.SaveDraft(d); err != nil {
				t.Fatal(err)
			}
		}
		ps, _ := ctx.Store.Participants(s.werkgroep.ID)
		if err := ctx.Store.RemoveParticipant(ps[0].ID, keep); err != nil {
			t.Fatal(err)
		}
		again := newSessionScreen(ctx, s.werkgroep.ID, s.session.ID)
		again.SetSize(100, 30)
		drive(t, again, again.Init()())
		want := ""
		if keep {
			want = "wat Linda half zei"
		}
		if again.capture.input.Value() != want || again.capture.who != (attribution{}) {
			t.Errorf("keep=%v: back as %q by %+v, want %q by nobody", keep, again.capture.input.Value(), again.capture.who, want)
		}
	}
}
