package export_test

import (
	"path/filepath"
	"testing"

	"werkgroep/demo"
	"werkgroep/export"
	"werkgroep/sessions"
	"werkgroep/store"
)

// largeWerkgroep is the large demo (10,400 contributions, 40 people, 300
// actions) in a file of its own, made once per benchmark.
func largeWerkgroep(b *testing.B) (*store.Store, sessions.Werkgroep) {
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
	return st, w
}

// BenchmarkExportWhole is the minutes of the whole process of the large
// werkgroep, read from the file and rendered (PERFORMANCE.md: target
// 100 ms for Markdown). HTML adds the Markdown-to-HTML pass and the
// charts inline.
func BenchmarkExportWhole(b *testing.B) {
	st, w := largeWerkgroep(b)
	for _, format := range []string{"md", "html"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				doc, err := export.Render(st, export.Options{Werkgroep: w.ID, Session: 0, Format: format})
				if err != nil {
					b.Fatal(err)
				}
				size = len(doc.Markdown) + len(doc.HTML)
			}
			b.ReportMetric(float64(size), "bytes/doc")
		})
	}
}
