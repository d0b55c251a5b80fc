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
// render of the screen; layout is laying the minutes out again for a new
// width (once per resize, never per key).
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
			b.ReportMetric(float64(len(e.preview.lines)), "lines")
		})
		b.Run(c.name+"/layout", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				e.SetSize(100+i%2, 30)
			}
		})
	}
}
