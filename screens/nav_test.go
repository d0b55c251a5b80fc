package screens

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Keys typed quickly behind one that opens a screen reach the new screen:
// navigation happens before the next key, not as a later command.
func TestKeysAfterNavigationReachTheNewScreen(t *testing.T) {
	ctx, _ := testContext(t)
	home := NewHome(ctx)
	home.Preload()
	root := NewRoot(ctx, home)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	root.Update(keyMsg("enter")) // open the werkgroep
	if _, ok := root.Active().(*WerkgroepScreen); !ok {
		t.Fatalf("after enter the active screen is %T", root.Active())
	}
	root.Update(keyMsg("n")) // before the overview has loaded: ignored, not an extra session
	_, cmd := root.Update(root.Active().(*WerkgroepScreen).load())
	_ = cmd
	root.Update(keyMsg("e"))
	root.Update(keyMsg("x"))
	form, ok := root.Active().(*WerkgroepForm)
	if !ok {
		t.Fatalf("after e the active screen is %T", root.Active())
	}
	_ = form
	if ss, _ := ctx.Store.Sessions(1); len(ss) != 4 {
		t.Errorf("%d sessions: a key typed before loading added one", len(ss))
	}
	root.Update(keyMsg("esc"))
	if _, ok := root.Active().(*WerkgroepScreen); !ok {
		t.Fatalf("esc leaves the form to %T", root.Active())
	}
}

// g on the overview opens the agenda (it once moved the cursor instead).
func TestOverviewGOpensTheAgenda(t *testing.T) {
	ctx, w := testContext(t)
	root := NewRoot(ctx, NewWerkgroepScreen(ctx, w.ID))
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	root.Update(root.Active().(*WerkgroepScreen).load())
	root.Update(keyMsg("g"))
	if _, ok := root.Active().(*Agenda); !ok {
		t.Fatalf("g opened %T", root.Active())
	}
}
