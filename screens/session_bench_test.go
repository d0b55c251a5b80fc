package screens

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// benchSession is a session screen holding n contributions in its first
// step, loaded from memory so that only the keystroke is measured.
func benchSession(b *testing.B, n int) *SessionScreen {
	ctx, w := testContext(b)
	ss, _ := ctx.Store.Sessions(w.ID)
	se := ss[0]
	people := make([]sessions.Participant, 40)
	for i := range people {
		people[i] = sessions.Participant{ID: sessions.ID(i + 1), Name: fmt.Sprintf("Deelnemer %d", i+1), Naming: sessions.Naming(i % 4)}
	}
	all := make([]sessions.Contribution, n)
	for i := range all {
		all[i] = sessions.Contribution{ID: sessions.ID(i + 1), SessionID: se.ID, StepID: se.Steps[0].ID,
			ParticipantID: sessions.ID(i%40 + 1), Kind: sessions.Kind(i % 6),
			Text: fmt.Sprintf("Bijdrage %d: wat niet in cijfers te vangen is, telt ook; vertrouwen groeit als je echt luistert.", i)}
	}
	s := newSessionScreen(ctx, w.ID, se.ID)
	s.SetSize(100, 30)
	s.Update(sessionLoadedMsg{werkgroep: w, session: se, people: people, present: map[sessions.ID]sessions.Attendance{}, all: all})
	return s
}

// BenchmarkKeystroke is one typed character on the capture screen: update
// and render. Its cost must not grow with the number of contributions.
func BenchmarkKeystroke(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprintf("contributions=%d", n), func(b *testing.B) {
			s := benchSession(b, n)
			root := NewRoot(s.ctx, s)
			root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			keys := []tea.KeyPressMsg{{Code: 'a', Text: "a"}, {Code: tea.KeyBackspace}}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				root.Update(keys[i%2])
				_ = root.View()
			}
		})
	}
}

// BenchmarkListScroll is moving through a long list in list mode.
func BenchmarkListScroll(b *testing.B) {
	s := benchSession(b, 10000)
	s.setMode(modeList)
	root := NewRoot(s.ctx, s)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	up := tea.KeyPressMsg{Code: tea.KeyUp}
	b.ReportAllocs()
	for b.Loop() {
		root.Update(up)
		_ = root.View()
	}
}
