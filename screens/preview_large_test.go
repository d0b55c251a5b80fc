package screens

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The export screen's preview of the large demo's whole process, driven
// through Update: it shows the minutes rendered and its position in
// lines once laid out; after a resize it shows at once what the whole
// layout at the new width has at that place, and the lines again when
// that layout is there; end reaches the last line.
func TestExportPreviewOfTheLargeDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the large demo takes a few seconds to make")
	}
	ctx, w := largeContext(t)
	e := NewExport(ctx, w.ID, 0).(*Export)
	e.SetSize(100, 30)
	var sc Screen = runCmd(t, e, e.Init(), 0)
	v := render(sc, 100, 30)
	want := layoutBlocks(e.doc.Blocks(), 98)
	if !strings.Contains(v, "Voorbeeld, regel 1–") || !strings.Contains(v, "van "+strconv.Itoa(len(want))) {
		t.Fatalf("the preview should give its position in lines of %d:\n%s", len(want), v)
	}
	if !strings.Contains(v, "\n  "+want[0].text+"\n") || strings.HasPrefix(want[0].text, "#") {
		t.Errorf("the preview should show the minutes rendered, starting with %q:\n%s", want[0].text, v)
	}
	sc = press(t, sc, "pgdown", "pgdown", "down")
	e.SetSize(61, 20)
	narrow := layoutBlocks(e.doc.Blocks(), 59)
	lines := e.preview.visible(Styles{})
	e.preview.waitLaidOut()
	first, _, total, inLines, _ := e.preview.position()
	if !inLines || total != len(narrow) {
		t.Fatalf("after the whole layout: lines %v, total %d, want %d", inLines, total, len(narrow))
	}
	for i, l := range lines {
		if got, want := ansi.Strip(l), narrow[first-1+i].text; got != want {
			t.Fatalf("line %d after the resize is %q; the whole layout has %q there", i, got, want)
		}
	}
	sc = press(t, sc, "end")
	if v := render(sc, 61, 20); !strings.Contains(v, "–"+strconv.Itoa(total)+" van "+strconv.Itoa(total)) {
		t.Errorf("end should show the last line of %d:\n%s", total, v)
	}
}
