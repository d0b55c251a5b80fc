package screens

import (
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/demo"
	"werkgroep/sessions"
	"werkgroep/store"
)

// largeContext is the large demo (10,400 contributions over four
// sessions, 40 participants placed in sessions 1 and 4) in a file of its
// own, made once per benchmark or test, about a second.
func largeContext(b testing.TB) (*Context, sessions.Werkgroep) {
	b.Helper()
	st, err := store.Open(filepath.Join(b.TempDir(), "large.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, demo.Options{Size: demo.Large})
	if err != nil {
		b.Fatal(err)
	}
	ctx := NewContext(st, "nl")
	ctx.Now = func() time.Time { return time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC) }
	ctx.Tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	return ctx, w
}

// BenchmarkKeystrokeLargeFile is one typed character on the capture screen
// of the large file, in the step that holds the most contributions, loaded
// from the file as the program does: update and render.
func BenchmarkKeystrokeLargeFile(b *testing.B) {
	ctx, w := largeContext(b)
	ss, err := ctx.Store.Sessions(w.ID)
	if err != nil {
		b.Fatal(err)
	}
	var se sessions.Session
	var step sessions.ID
	most := 0
	for _, s := range ss {
		cs, err := ctx.Store.Contributions(s.ID)
		if err != nil {
			b.Fatal(err)
		}
		per := map[sessions.ID]int{}
		for _, c := range cs {
			per[c.StepID]++
			if per[c.StepID] > most {
				most, se, step = per[c.StepID], s, c.StepID
			}
		}
	}
	s := newSessionAt(ctx, w.ID, se.ID, step, 0)
	root := NewRoot(ctx, s)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	root.Update(s.Init()())
	if got := len(s.(*sessionAt).current()); got != most {
		b.Fatalf("step shows %d contributions, want %d", got, most)
	}
	keys := []tea.KeyPressMsg{{Code: 'a', Text: "a"}, {Code: tea.KeyBackspace}}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		root.Update(keys[i%2])
		_ = root.View()
	}
	b.ReportMetric(float64(most), "contributions")
}

// BenchmarkSchemaGroup40 is the tension schema's group view of the large
// file's fourth session, 40 participants placed on every line: moving
// between the lines and switching the individual marks, with a render
// after each key.
func BenchmarkSchemaGroup40(b *testing.B) {
	ctx, w := largeContext(b)
	ss, err := ctx.Store.Sessions(w.ID)
	if err != nil {
		b.Fatal(err)
	}
	se := ss[3]
	placed, err := ctx.Store.Placements(se.ID)
	if err != nil {
		b.Fatal(err)
	}
	people := map[sessions.ID]bool{}
	for _, p := range placed {
		if p.ParticipantID != 0 { // 0 is the group's own mark
			people[p.ParticipantID] = true
		}
	}
	if len(people) != 40 {
		b.Fatalf("%d people placed, want 40", len(people))
	}
	s := NewSchema(ctx, w.ID, se.ID)
	s.Update(s.Init()())
	root := NewRoot(ctx, s)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	root.Update(keyMsg("g"))
	if s.(*Schema).mode != modeGroup {
		b.Fatal("not in the group view")
	}
	keys := []tea.KeyPressMsg{keyMsg("down"), keyMsg("i"), keyMsg("down"), keyMsg("i"), keyMsg("up"), keyMsg("up")}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		root.Update(keys[i%len(keys)])
		_ = root.View()
	}
}
