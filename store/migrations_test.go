package store

import (
	"fmt"
	"io/fs"
	"testing"
)

// TestMigrationsAreNumberedWithoutGaps: user_version counts the
// migrations applied, so they must be numbered 001, 002, … with no gap and
// no number twice. A gap (a 006 landing before a 005) would make a file
// made in between skip the late one, or run another twice.
func TestMigrationsAreNumberedWithoutGaps(t *testing.T) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		n++
		if want := fmt.Sprintf("%03d_", n); len(e.Name()) < 4 || e.Name()[:4] != want {
			t.Errorf("migration %q is number %d in order: name it %s…", e.Name(), n, want)
		}
	}
	if n != SchemaVersion() {
		t.Errorf("%d files, schema version %d", n, SchemaVersion())
	}
}
