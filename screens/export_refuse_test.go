package screens

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestExportNeverWritesOverTheDataFile: typed as the place for the
// minutes, the open data file, its side files and a link to it are refused
// with a plain status line, also on the second w that would otherwise
// replace an existing file, and the data file stays as it was.
func TestExportNeverWritesOverTheDataFile(t *testing.T) {
	s, dir, _ := openExport(t, 2)
	data := s.ctx.Store.Path()
	link := filepath.Join(dir, "verslag.md")
	if err := os.Symlink(data, link); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		path string
		want string
	}{
		"the data file":       {data, s.ctx.T("refused.data", data)},
		"its WAL":             {data + "-wal", s.ctx.T("refused.side", data+"-wal", data)},
		"its journal":         {data + "-journal", s.ctx.T("refused.side", data+"-journal", data)},
		"a link to the file":  {link, s.ctx.T("refused.link", link, data)},
		"the data file again": {data, s.ctx.T("refused.data", data)},
	}
	var sc Screen = s
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			before, _ := os.ReadFile(data)
			sc = press(t, sc, "tab", "ctrl+u")
			sc = drive(t, sc, tea.PasteMsg{Content: c.path})
			lastNav = nil
			sc = press(t, sc, "enter") // write
			sc = press(t, sc, "w")     // and once more, as if to confirm
			want, got := c.want, statusTexts()
			if strings.Count(got, want) != 2 || strings.Contains(got, "error:") {
				t.Errorf("status lines:\n%s\nwant twice the plain status %q", got, want)
			}
			if after, _ := os.ReadFile(data); !bytes.Equal(before, after) {
				t.Error("the data file was changed")
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Error("the link was replaced")
			}
		})
	}
	if _, err := os.Stat(data + "-journal"); err == nil {
		t.Error("a file was made at the journal's place")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only the link: nothing written", len(entries))
	}
}
