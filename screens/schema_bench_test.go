package screens

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// benchSchema is the schema screen of a werkgroep with 30 participants,
// all placed on every dimension in two sessions.
func benchSchema(b *testing.B) *Root {
	ctx, w := testContext(b)
	ss, _ := ctx.Store.Sessions(w.ID)
	for i := range 30 {
		p := sessions.Participant{WerkgroepID: w.ID, Name: fmt.Sprintf("Deelnemer %d", i+1), Naming: sessions.Naming(i % 4)}
		if err := ctx.Store.SaveParticipant(&p); err != nil {
			b.Fatal(err)
		}
		for _, se := range []sessions.Session{ss[0], ss[3]} {
			for d := 1; d <= sessions.SchemaDimensions; d++ {
				ctx.Store.SavePlacement(&sessions.Placement{SessionID: se.ID, ParticipantID: p.ID, Dimension: d, Now: 1 + (i+d)%7, Wish: 1 + (i*d)%7})
			}
		}
	}
	s := NewSchema(ctx, w.ID, ss[3].ID)
	s.Update(s.Init()())
	root := NewRoot(ctx, s)
	root.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return root
}

// BenchmarkSchemaNavigate is moving between people and lines, and between
// the views, with a render after each key: no storage involved.
func BenchmarkSchemaNavigate(b *testing.B) {
	root := benchSchema(b)
	keys := []tea.KeyPressMsg{keyMsg("tab"), keyMsg("down"), keyMsg("g"), keyMsg("i"), keyMsg("m"), keyMsg("up"), keyMsg("p")}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		root.Update(keys[i%len(keys)])
		_ = root.View()
	}
}

// BenchmarkSchemaPlace is one placement stored at once (a durable write)
// and the render after it.
func BenchmarkSchemaPlace(b *testing.B) {
	root := benchSchema(b)
	keys := []tea.KeyPressMsg{keyMsg("3"), keyMsg("right")}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		root.Update(keys[i%len(keys)])
		_ = root.View()
	}
}
