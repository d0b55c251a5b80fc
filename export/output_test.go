package export

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"werkgroep/sessions"
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// visibleText is what a reader of a page sees, roughly: tags gone,
// entities decoded.
func visibleText(page string) string {
	if i := strings.Index(page, "<body>"); i >= 0 {
		page = page[i:]
	}
	return html.UnescapeString(tagRE.ReplaceAllString(page, ""))
}

// TestNotNamedIsNeverNamed renders every kind of output and looks for any
// word of the names of people who chose not to be named.
func TestNotNamedIsNeverNamed(t *testing.T) {
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		st, w := fixture(t, lang)
		for _, session := range []int{0, 1, 2, 3} {
			for _, format := range []string{"md", "html"} {
				doc, err := Render(st, Options{Werkgroep: w.ID, Session: session, Format: format})
				if err != nil {
					t.Fatal(err)
				}
				out := strings.ToLower(doc.Name + "\n" + doc.Markdown + "\n" + string(doc.HTML))
				for _, name := range hiddenNames {
					for _, word := range strings.Fields(strings.ToLower(name)) {
						if strings.Contains(out, word) {
							t.Errorf("%s session %d %s: %q of a participant who is not named appears", lang, session, format, word)
						}
					}
				}
			}
		}
	}
}

// TestAttendanceCountsTheUnnamed checks that people who are not named are
// counted, and that a fixture name of each naming choice appears as chosen.
func TestAttendanceCountsTheUnnamed(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	doc, err := Render(st, Options{Werkgroep: w.ID, Session: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"- Aanwezig: Anna de Vries en 2 deelnemers die niet genoemd willen worden",
		"- Afgemeld: E.v.D.",
		"- Afwezig: Bram",
		"Dit verslag is nog niet vastgesteld.",
		"(10 min, overgeslagen)",
	} {
		if !strings.Contains(doc.Markdown, want) {
			t.Errorf("missing %q in\n%s", want, doc.Markdown)
		}
	}
	if strings.Contains(doc.Markdown, "Bram Kok") || strings.Contains(doc.Markdown, "Elsje") {
		t.Error("a participant appears with more of their name than they chose")
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	st, w := fixture(t, sessions.English)
	doc, err := Render(st, Options{Werkgroep: w.ID, Session: 1, Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	page := string(doc.HTML)
	for _, want := range []string{`<!DOCTYPE html>`, `<html lang="en">`, `<meta charset="utf-8">`,
		`<title>Visie &amp; Participatie: minutes of session 1</title>`, `<style>`, `border: 1px solid`, `<table>`, "</html>\n"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "<link", "src=", "href=", "@import", "url(", "raw HTML omitted"} {
		if strings.Contains(page, bad) {
			t.Errorf("HTML has %q", bad)
		}
	}
	if strings.Count(page, "<h1>") != 1 {
		t.Error("the HTML needs exactly one h1")
	}
}

func TestWriteIsPrivateAndWhole(t *testing.T) {
	st, w := fixture(t, sessions.Dutch)
	doc, err := Render(st, Options{Werkgroep: w.ID, Session: 1, Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	doc.Files = []File{{Name: "schema-1.svg", Data: []byte("<svg/>")}}
	dir := t.TempDir()
	out := filepath.Join(dir, "verslag.html")
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths, err := Write(doc, out, "html")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 2 || paths[0] != out || paths[1] != filepath.Join(dir, "schema-1.svg") {
		t.Fatalf("wrote %v", paths)
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", p, fi.Mode().Perm())
		}
	}
	if got, _ := os.ReadFile(out); string(got) != string(doc.HTML) {
		t.Error("the HTML file does not hold the rendered page")
	}
	md := filepath.Join(dir, "verslag.md")
	if _, err := Write(doc, md, "md"); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(md); string(got) != doc.Markdown {
		t.Error("the Markdown file does not hold the Markdown")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("left %d files behind, want 3 (no temporary files)", len(entries))
	}
	if _, err := Write(doc, filepath.Join(dir, "nowhere", "x.md"), "md"); err == nil {
		t.Error("writing into a missing folder should fail")
	}
	if _, err := Write(doc, dir, "md"); err == nil {
		t.Error("writing over a folder should fail")
	}
	if _, err := Write(Document{Markdown: "# x\n"}, filepath.Join(dir, "y.html"), "html"); err == nil {
		t.Error("html without rendered HTML should fail")
	}
}
