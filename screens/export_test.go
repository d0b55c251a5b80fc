package screens

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// openExport opens the export screen at session n, writing into a fresh
// folder, and runs its loading.
func openExport(t *testing.T, n int) (*Export, string, sessions.Werkgroep) {
	t.Helper()
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	c := sessions.Contribution{SessionID: ss[1].ID, StepID: ss[1].Steps[2].ID, ByGroup: true, Text: "Iedereen telt | *even* zwaar"}
	if err := ctx.Store.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
	s := NewExport(ctx, w.ID, n).(*Export)
	dir := t.TempDir()
	s.dir = dir
	s.SetSize(80, 21)
	lastNav = nil
	return runCmd(t, s, s.Init(), 0).(*Export), dir, w
}

func statusTexts() string {
	var out []string
	for _, m := range lastNav {
		switch m := m.(type) {
		case StatusMsg:
			out = append(out, m.Text)
		case ErrorMsg:
			out = append(out, "error: "+m.Err.Error())
		}
	}
	return strings.Join(out, "\n")
}

// noMarkdown fails when a preview shows Markdown syntax: heading marks,
// escapes, hard breaks, table pipes or list dashes.
func noMarkdown(t *testing.T, v string) {
	t.Helper()
	for i, l := range strings.Split(v, "\n") {
		body := strings.TrimLeft(l, " │")
		for _, bad := range []string{"# ", "\\", "| ", "- "} {
			if strings.HasPrefix(body, bad) || bad == "\\" && strings.Contains(body, bad) {
				t.Errorf("line %d shows Markdown (%q): %q", i+1, bad, l)
			}
		}
	}
}

func TestExportPreviewsTheChosenSession(t *testing.T) {
	s, dir, _ := openExport(t, 2)
	v := render(s, 80, 21)
	if got := s.path.Value(); got != filepath.Join(dir, "visie-participatie-bijeenkomst-2.md") {
		t.Errorf("path %q, want the working folder and the document's name", got)
	}
	for _, want := range []string{"‹ Bijeenkomst 2: Visie: ruimte voor verschillen ›", "Markdown (.md)",
		"Opslaan als  " + dir[:20], "  Visie & Participatie: verslag van bijeenkomst 2\n  ───"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	noMarkdown(t, v)
	var sc Screen = s
	sc = press(t, sc, "right")
	if v := render(sc, 80, 21); !strings.Contains(v, "verslag van bijeenkomst 3") || !strings.HasSuffix(s.path.Value(), "bijeenkomst-3.md") {
		t.Errorf("→ should show session 3:\n%s", v)
	}
	sc = press(t, sc, "left", "left", "left")
	if v := render(sc, 80, 21); !strings.Contains(v, "‹ alle bijeenkomsten ›") || !strings.HasSuffix(s.path.Value(), "alle-bijeenkomsten.md") {
		t.Errorf("← three times should show the whole process:\n%s", v)
	}
	sc = press(t, sc, "f")
	if v := render(sc, 80, 21); !strings.Contains(v, "HTML (.html") || !strings.HasSuffix(s.path.Value(), "alle-bijeenkomsten.html") {
		t.Errorf("f should switch to HTML:\n%s", v)
	}
}

func TestExportScrollsAndDrawsOnlyWhatFits(t *testing.T) {
	s, _, _ := openExport(t, 0)
	v := render(s, 80, 21)
	if n := strings.Count(v, "\n") + 1; n > 21 {
		t.Errorf("view has %d lines for a body of 21", n)
	}
	if !strings.Contains(v, "regel 1–") {
		t.Errorf("no position in the preview:\n%s", v)
	}
	var sc Screen = s
	sc = press(t, sc, "down", "down")
	if v := render(sc, 80, 21); !strings.Contains(v, "regel 3–") || strings.Contains(v, "# Visie & Participatie") {
		t.Errorf("↓↓ should scroll two lines:\n%s", v)
	}
	sc = press(t, sc, "end")
	_, _, total, _, _ := s.preview.position()
	if v := render(sc, 80, 21); !strings.Contains(v, "van "+strconv.Itoa(total)) || !strings.Contains(v, "–"+strconv.Itoa(total)+" van") {
		t.Errorf("end should show the last line of %d:\n%s", total, v)
	}
	render(sc, 40, 6) // small: no panic
}

func TestExportWritesAndAsksBeforeReplacing(t *testing.T) {
	s, dir, _ := openExport(t, 2)
	var sc Screen = s
	sc = press(t, sc, "w")
	want := filepath.Join(dir, "visie-participatie-bijeenkomst-2.md")
	b, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("w did not write %s: %v (%s)", want, err, statusTexts())
	}
	if !strings.Contains(string(b), "Iedereen telt \\| \\*even\\* zwaar — de groep") {
		t.Errorf("the file does not hold the minutes:\n%s", b)
	}
	if !strings.Contains(statusTexts(), "Verslag geschreven: "+want) {
		t.Errorf("status: %q", statusTexts())
	}
	// Earlier minutes of the same werkgroep, with front matter or from
	// before it (the heading first): replaced without a question.
	heading := b[bytes.Index(b, []byte("\n# "))+1:]
	heading = heading[:bytes.IndexByte(heading, '\n')+1]
	for _, older := range []string{
		"---\npagetitle: 'ouder'\nlang: nl\n\n---\n\n" + string(heading) + "een oudere versie\n",
		string(heading) + "\neen oudere versie\n",
	} {
		os.WriteFile(want, []byte(older), 0o600)
		lastNav = nil
		sc = press(t, sc, "w")
		if strings.Contains(statusTexts(), "bestaat al") {
			t.Errorf("earlier minutes should be replaced without a question: %q", statusTexts())
		}
		if b2, _ := os.ReadFile(want); !bytes.Equal(b2, b) {
			t.Errorf("the earlier minutes were not replaced:\n%s", b2)
		}
	}
	// Any other file, other minutes too: asked about once.
	os.WriteFile(want, []byte("---\npagetitle: 'Andere groep'\n\n---\n\n# Andere groep\n"), 0o600)
	lastNav = nil
	sc = press(t, sc, "w")
	if !strings.Contains(statusTexts(), "bestaat al") {
		t.Errorf("other minutes should be asked about first: %q", statusTexts())
	}
	sc = press(t, sc, "z") // any other key: the question is dropped
	os.WriteFile(want, []byte("oud"), 0o600)
	lastNav = nil
	sc = press(t, sc, "w")
	if !strings.Contains(statusTexts(), "bestaat al") {
		t.Errorf("a file that is not these minutes should be asked about first: %q", statusTexts())
	}
	if b, _ := os.ReadFile(want); string(b) != "oud" {
		t.Error("the question should come before anything is written")
	}
	sc = press(t, sc, "w")
	if b, _ := os.ReadFile(want); string(b) == "oud" {
		t.Error("w after the question should replace the file")
	}
	press(t, sc, "f", "w")
	html := strings.TrimSuffix(want, ".md") + ".html"
	if b, err := os.ReadFile(html); err != nil || !strings.HasPrefix(string(b), "<!DOCTYPE html>") {
		t.Errorf("html: %v", err)
	}
	lastNav = nil
	press(t, sc, "w")
	if strings.Contains(statusTexts(), "bestaat al") {
		t.Errorf("earlier HTML minutes should be replaced without a question: %q", statusTexts())
	}
}

func TestExportPathIsTyped(t *testing.T) {
	s, dir, _ := openExport(t, 1)
	var sc Screen = s
	sc = press(t, sc, "tab")
	if !sc.Typing() {
		t.Fatal("tab should put the keys in the path field")
	}
	sc = press(t, sc, "ctrl+u")
	own := filepath.Join(dir, "eigen-verslag.md")
	sc = drive(t, sc, tea.PasteMsg{Content: strings.TrimSuffix(own, ".md")})
	sc = typeText(t, sc, ".md")
	lastNav = nil
	sc = press(t, sc, "enter")
	if sc.Typing() {
		t.Error("enter should leave the field")
	}
	if _, err := os.Stat(own); err != nil {
		t.Fatalf("enter did not write the typed path: %v (%s)", err, statusTexts())
	}
	sc = press(t, sc, "right")
	if got := sc.(*Export).path.Value(); got != own {
		t.Errorf("a typed path changed with the session: %q", got)
	}
	sc = press(t, sc, "f")
	if got := sc.(*Export).path.Value(); got != strings.TrimSuffix(own, ".md")+".html" {
		t.Errorf("the extension should follow the format: %q", got)
	}
	sc = press(t, sc, "tab", "ctrl+u")
	sc = drive(t, sc, tea.PasteMsg{Content: filepath.Join(dir, "geen-map", "x.md")})
	lastNav = nil
	sc = press(t, sc, "enter")
	if !strings.Contains(statusTexts(), "error: Ik kan het verslag niet schrijven naar") {
		t.Errorf("a missing folder should be a plain error: %q", statusTexts())
	}
	sc = press(t, sc, "tab", "esc")
	if sc.Typing() {
		t.Error("esc should leave the field")
	}
	lastNav = nil
	press(t, sc, "esc")
	if len(lastNav) != 1 {
		t.Fatalf("esc should go back, got %v", lastNav)
	}
	if _, ok := lastNav[0].(PopMsg); !ok {
		t.Errorf("esc sent %T, want PopMsg", lastNav[0])
	}
}

func TestExportDropsStaleRenders(t *testing.T) {
	s, _, _ := openExport(t, 1)
	before := s.doc.Markdown
	s.Update(exportRenderedMsg{seq: s.seq - 1})
	if s.doc.Markdown != before {
		t.Error("an older render replaced the newer one")
	}
	_, cmd := s.Update(exportWrittenMsg{paths: []string{"v.md", "schema-1.svg", "schema-4.svg"}})
	if msg, ok := cmd().(StatusMsg); !ok || msg.Text != "Verslag geschreven: v.md · ook 2 bestand(en) in dezelfde map" {
		t.Errorf("written beside: %v", cmd())
	}
	if km := s.KeyMap(); len(km.ShortHelp()) == 0 || len(km.FullHelp()) == 0 {
		t.Error("no help")
	}
}
