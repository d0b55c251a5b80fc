package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --participatieparagraaf writes the paragraph alone, as a document of its
// own (its front matter, then its level-1 heading), in Markdown or HTML.
func TestExportParagraafAlone(t *testing.T) {
	data := exportData(t, "Visie & Participatie")
	dir := t.TempDir()
	md := filepath.Join(dir, "paragraaf.md")
	code, stdout, stderr := runExportCmd("--data", data, "--participatieparagraaf", "--out", md)
	if code != 0 || strings.TrimSpace(stdout) != md {
		t.Fatalf("exit %d, printed %q: %s", code, stdout, stderr)
	}
	b, _ := os.ReadFile(md)
	got := string(b)
	if !strings.HasPrefix(got, "---\npagetitle: 'Participatieparagraaf: Visie & Participatie'\n") ||
		!strings.Contains(got, "\n---\n\n# Participatieparagraaf: Visie & Participatie\n") {
		t.Errorf("does not start with its own level-1 heading:\n%.200s", got)
	}
	for _, want := range []string{"## Hoe mensen betrokken zijn geweest", "## Wat er met de inbreng is gedaan",
		"### Nog open (1)", "Relatie vóór doel \\| \\*altijd\\* — de groep (bijeenkomst 1)"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(got, "verslag van") || strings.Contains(got, "## Bijeenkomst 1") {
		t.Error("the paragraph alone has the minutes in it")
	}
	html := filepath.Join(dir, "paragraaf.html")
	if code, _, stderr := runExportCmd("--data", data, "--participatieparagraaf", "--format", "html", "--out", html); code != 0 {
		t.Fatalf("html: exit %d: %s", code, stderr)
	}
	page, _ := os.ReadFile(html)
	if !strings.Contains(string(page), "<title>Participatieparagraaf: Visie &amp; Participatie</title>") ||
		strings.Count(string(page), "<h1>") != 1 {
		t.Errorf("html page:\n%.400s", page)
	}
	if fi, err := os.Stat(html); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("html file not private: %v", err)
	}
}

// Without the flag, the whole-process minutes end with the paragraph.
func TestExportAllEndsWithTheParagraaf(t *testing.T) {
	data := exportData(t, "Visie & Participatie")
	out := filepath.Join(t.TempDir(), "alles.md")
	if code, _, stderr := runExportCmd("--data", data, "--session", "all", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	i := strings.Index(string(b), "\n## Participatieparagraaf\n")
	if i < 0 || strings.Contains(string(b)[i+1:], "\n## ") {
		t.Error("the whole-process minutes do not end with the participatieparagraaf")
	}
}
