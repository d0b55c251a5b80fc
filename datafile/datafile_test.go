package datafile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// sqliteHeader is how every SQLite database begins.
var sqliteHeader = []byte("SQLite format 3\x00" + "rest of the page")

func TestCheckRefusesDatabasesAndTheirSideFiles(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "wg.db")
	os.WriteFile(data, sqliteHeader, 0o600)
	os.WriteFile(data+"-wal", []byte("wal"), 0o600) // -shm and -journal do not exist
	other := filepath.Join(dir, "ander.sqlite")
	os.WriteFile(other, sqliteHeader, 0o600)
	minutes := filepath.Join(dir, "verslag.md")
	os.WriteFile(minutes, []byte("# Verslag\n"), 0o600)

	link := func(name, to string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(to, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hard := filepath.Join(dir, "hard.md")
	if err := os.Link(data, hard); err != nil {
		t.Fatal(err)
	}
	hardWal := filepath.Join(dir, "hard-wal.md")
	if err := os.Link(data+"-wal", hardWal); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o700)
	dirLink := link("map", sub)
	os.WriteFile(filepath.Join(sub, "x.db"), sqliteHeader, 0o600)

	cases := []struct {
		name, target, data string
		want               Reason // 0: allowed
	}{
		{"the data file", data, data, IsData},
		{"the data file by a relative-looking path", filepath.Join(dir, "sub", "..", "wg.db"), data, IsData},
		{"its WAL", data + "-wal", data, IsSideFile},
		{"its shared memory, not there yet", data + "-shm", data, IsSideFile},
		{"its journal, not there yet", data + "-journal", data, IsSideFile},
		{"a symbolic link to it", link("link.md", data), data, IsData},
		{"a link to a link to it", link("link2.md", filepath.Join(dir, "link.md")), data, IsData},
		{"a hard link to it", hard, data, IsData},
		{"a hard link to its WAL", hardWal, data, IsSideFile},
		{"a dangling link to where its journal would be", link("dangling.md", data+"-journal"), data, IsSideFile},
		{"another SQLite database", other, data, IsDatabase},
		{"a link to another database", link("other.md", other), data, IsDatabase},
		{"a database through a linked folder", filepath.Join(dirLink, "x.db"), data, IsDatabase},
		{"the data file, with no data file open", data, "", IsDatabase},
		{"earlier minutes", minutes, data, 0},
		{"a new file", filepath.Join(dir, "nieuw.md"), data, 0},
		{"a link to earlier minutes", link("laatste.md", minutes), data, 0},
		{"a name like the WAL of another file", filepath.Join(dir, "verslag.md-wal"), data, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := Check(c.target, c.data)
			var e *Error
			switch {
			case c.want == 0 && err != nil:
				t.Errorf("refused: %v", err)
			case c.want != 0 && !errors.As(err, &e):
				t.Errorf("allowed (%v), want refused", err)
			case c.want != 0 && e.Reason != c.want:
				t.Errorf("reason %d, want %d", e.Reason, c.want)
			case c.want != 0 && e.Path != c.target:
				t.Errorf("the error names %q, want %q", e.Path, c.target)
			}
		})
	}
}

func TestResolveFollowsLinksToTheEnd(t *testing.T) {
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	real := filepath.Join(dir, "echt.md")
	os.Symlink("echt.md", filepath.Join(dir, "a.md"))
	os.Symlink(filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md"))
	if got := Resolve(filepath.Join(dir, "b.md")); got != real {
		t.Errorf("Resolve = %q, want %q (even though it does not exist yet)", got, real)
	}
	if got := Resolve(real); got != real {
		t.Errorf("Resolve of a plain path = %q", got)
	}
}
