package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// In the check-in, what is typed is for the group only by default: the
// input says so, the stored row says so in words, and g opens it up (and
// closes it again), stored at once.
func TestCaptureCheckInIsForTheGroupOnly(t *testing.T) {
	s, ctx := openSession(t, 1) // step 1 is "Welkom en check-in"
	if v := render(s, 100, 30); !strings.Contains(v, "alleen voor de groep") {
		t.Errorf("the input in a check-in should say it stays in the group:\n%s", v)
	}
	typeText(t, s, "Mijn broer is deze week opgenomen")
	press(t, s, "enter", "esc")
	if v := render(s, 100, 30); !strings.Contains(v, "opgenomen · alleen voor de groep") {
		t.Errorf("the stored check-in remark should be marked:\n%s", v)
	}
	step := s.session.Steps[0]
	stored := func() sessions.Contribution {
		cs, _ := ctx.Store.Contributions(s.session.ID)
		return cs[0]
	}
	if !stored().GroupOnly(step) {
		t.Fatal("a check-in remark should be for the group only")
	}
	press(t, s, "g")
	if c := stored(); c.GroupOnly(step) || c.Sharing != sessions.Shared {
		t.Errorf("g should open it up: %+v", c)
	}
	if v := render(s, 100, 30); strings.Contains(v, "opgenomen · alleen voor de groep") {
		t.Errorf("the mark should be gone:\n%s", v)
	}
	press(t, s, "g")
	if !stored().GroupOnly(step) {
		t.Error("g again should keep it in the group")
	}
}

// The review screen shows the mark in words and flips it with g, too.
func TestReviewMarksWhatIsForTheGroupOnly(t *testing.T) {
	ctx, w, cs := ocFixture(t) // cs[0] is said in the check-in of session 1
	s := openReview(t, ctx, w)
	v := render(s, 100, 21)
	if !strings.Contains(v, "(alleen voor de groep) Vertrouwen komt te voet") {
		t.Errorf("the check-in remark should be marked:\n%s", v)
	}
	if strings.Contains(v, "(alleen voor de groep) Samen beginnen") {
		t.Errorf("a remark in an open step is marked:\n%s", v)
	}
	press(t, s, "g")
	all, _ := ctx.Store.WerkgroepContributions(w.ID)
	if all[0].ID != cs[0].ID || all[0].Sharing != sessions.Shared {
		t.Errorf("g should open the selected one up: %+v", all[0])
	}
	if v := render(s, 100, 21); strings.Contains(v, "(alleen voor de groep) Vertrouwen") {
		t.Errorf("the mark should be gone:\n%s", v)
	}
}
