package screens

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/export"
)

// BenchmarkPreviewLargeMinutes is the export screen's preview of the large
// demo's whole process (megabytes of minutes): "source" shows the
// Markdown as the screen did before (wrapped once per width), "rendered"
// the blocks laid out for the terminal. scroll is one key down and a
// render of the screen; layout is a resize: the minutes laid out for the
// new width as far as the window shows them, and the screen drawn (once
// per resize, never per key); full is the whole layout at the new width,
// which is made off the update path.
func BenchmarkPreviewLargeMinutes(b *testing.B) {
	ctx, w := largeContext(b)
	doc, err := export.Render(ctx.Store, export.Options{Werkgroep: w.ID})
	if err != nil {
		b.Fatal(err)
	}
	blocks := doc.Blocks()
	for _, c := range []struct {
		name string
		set  func(p *minutesPreview)
	}{
		{"source", func(p *minutesPreview) { p.set(doc.Markdown) }},
		{"rendered", func(p *minutesPreview) { p.setBlocks(blocks) }},
	} {
		e := NewExport(ctx, w.ID, 0).(*Export)
		e.Update(e.Init()())
		e.SetSize(100, 30)
		e.Update(exportRenderedMsg{seq: e.seq, doc: doc, blocks: blocks})
		c.set(&e.preview)
		e.SetSize(100, 30)
		e.preview.waitLaidOut()
		down := tea.KeyPressMsg{Code: tea.KeyDown}
		up := tea.KeyPressMsg{Code: tea.KeyUp}
		b.Run(c.name+"/scroll", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					e.Update(down)
				} else {
					e.Update(up)
				}
				_ = e.View()
			}
			e.preview.waitLaidOut()
			_, _, total, _, _ := e.preview.position()
			b.ReportMetric(float64(total), "lines")
		})
		// a resize as the screen has it: laid out for the new width
		// and drawn, on the update path
		b.Run(c.name+"/layout", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				e.SetSize(100+i%2, 30)
				_ = e.View()
			}
		})
		// the whole layout at a new width, made beside the update path
		b.Run(c.name+"/full", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				e.SetSize(100+i%2, 30)
				e.preview.waitLaidOut()
			}
		})
	}
}
