package export

import (
	"bytes"
	"path/filepath"
	"testing"

	"werkgroep/demo"
	"werkgroep/store"
)

// TestSectionsRenderAsWhole: converting the minutes section by section
// (which keeps memory down, see sections) gives the same HTML as
// converting them whole, for the small and the large demo in both
// languages' minutes and the participatieparagraaf alone.
func TestSectionsRenderAsWhole(t *testing.T) {
	for _, size := range []string{demo.Small, demo.Large} {
		st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		w, err := demo.Fill(st, demo.Options{Size: size})
		if err != nil {
			t.Fatal(err)
		}
		for _, render := range []func() (Document, error){
			func() (Document, error) { return Render(st, Options{Werkgroep: w.ID}) },
			func() (Document, error) { return Render(st, Options{Werkgroep: w.ID, Session: 2}) },
			func() (Document, error) { return RenderParagraaf(st, Options{Werkgroep: w.ID}) },
		} {
			doc, err := render()
			if err != nil {
				t.Fatal(err)
			}
			var whole, parts bytes.Buffer
			if err := markdownParser().Convert([]byte(doc.Markdown), &whole); err != nil {
				t.Fatal(err)
			}
			secs := sections(doc.Markdown)
			for _, s := range secs {
				if err := markdownParser().Convert([]byte(s), &parts); err != nil {
					t.Fatal(err)
				}
			}
			if size == demo.Large && len(secs) < 2 {
				t.Errorf("%s: %d sections, want the minutes cut at their headings", doc.Name, len(secs))
			}
			if !bytes.Equal(whole.Bytes(), parts.Bytes()) {
				t.Errorf("%s (%s demo): HTML by sections differs from the whole", doc.Name, size)
			}
		}
	}
}
