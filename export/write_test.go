package export

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/datafile"
)

// TestWriteRefusesDatabasesBeforeWritingAnything: when the minutes or one
// of their charts would land on the data file (a chart's name taken by a
// link to it, say), nothing at all is written, and the data file is as
// it was.
func TestWriteRefusesDatabasesBeforeWritingAnything(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "wg.db")
	body := []byte("SQLite format 3\x00 and the rest of the werkgroep")
	os.WriteFile(data, body, 0o600)
	doc := Document{Markdown: "# Verslag\n", Source: data,
		Files: []File{{Name: "schema-1.svg", Data: []byte("<svg/>")}, {Name: "schema-2.svg", Data: []byte("<svg/>")}}}

	out := t.TempDir()
	os.Symlink(data, filepath.Join(out, "schema-2.svg"))
	_, err := Write(doc, filepath.Join(out, "verslag.md"), "md")
	var refused *datafile.Error
	if !errors.As(err, &refused) || refused.Path != filepath.Join(out, "schema-2.svg") {
		t.Fatalf("Write = %v, want the chart refused", err)
	}
	if _, err := os.Stat(filepath.Join(out, "verslag.md")); err == nil {
		t.Error("the minutes were written though a chart was refused")
	}
	if _, err := os.Stat(filepath.Join(out, "schema-1.svg")); err == nil {
		t.Error("a chart was written though another was refused")
	}
	for _, target := range []string{data, data + "-wal", data + "-shm", data + "-journal"} {
		if _, err := Write(doc, target, "md"); !errors.As(err, &refused) {
			t.Errorf("Write over %s = %v, want a refusal", target, err)
		}
	}
	if got, _ := os.ReadFile(data); !bytes.Equal(got, body) {
		t.Error("the data file was changed")
	}
	for _, s := range datafile.SideSuffixes {
		if _, err := os.Stat(data + s); err == nil {
			t.Errorf("%s was made", data+s)
		}
	}
}

// TestWriteReplacesEarlierMinutesThroughALink: earlier minutes are replaced
// without a question; a link to them keeps pointing at the new text, and
// no temporary file stays behind.
func TestWriteReplacesEarlierMinutesThroughALink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "verslag-november.md")
	os.WriteFile(real, []byte("oud"), 0o644)
	link := filepath.Join(dir, "laatste.md")
	os.Symlink("verslag-november.md", link)
	paths, err := Write(Document{Markdown: "# Nieuw\n"}, link, "md")
	if err != nil || len(paths) != 1 || paths[0] != link {
		t.Fatalf("Write = %v, %v", paths, err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if got, _ := os.ReadFile(real); string(got) != "# Nieuw\n" {
		t.Errorf("the linked minutes hold %q", got)
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
