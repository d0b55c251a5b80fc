package store

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOpenMakesFilesPrivate: a data file others can read (copied from
// elsewhere), with its -wal and -shm, is made readable by its owner only
// when opened, and Open says so once; a second open has nothing to say.
// When the mode cannot be changed, the file is left and opened anyway,
// and Open says that.
func TestOpenMakesFilesPrivate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gekopieerd.db")
	s, _ := filled(t, path, 5)
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Chmod(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := Open(path) // a second program on the same file
	if err != nil {
		t.Fatal(err)
	}
	mc := st.ModeChange()
	if mc == nil || mc.Err != nil || mc.From != 0o644 || mc.To != 0o600 {
		t.Errorf("ModeChange %+v, want 0644 → 0600", mc)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want 0600", filepath.Base(p), fi.Mode().Perm())
		}
	}
	st.Close()
	s.Close()
	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if mc := st.ModeChange(); mc != nil {
		t.Errorf("a private file gave %+v", mc)
	}
	st.Close()

	// A file whose mode cannot be changed (immutable for root, not ours
	// for anyone else: both refuse chmod).
	os.Chmod(path, 0o644)
	lockFile(t, path)
	if os.Geteuid() != 0 {
		t.Skip("an ordinary user cannot make a file that is not theirs here")
	}
	st, err = Open(path)
	if err != nil {
		t.Fatalf("a file whose mode cannot be changed is not opened: %v", err)
	}
	defer st.Close()
	if mc := st.ModeChange(); mc == nil || mc.Err == nil || mc.To != 0o644 {
		t.Errorf("ModeChange %+v, want the failure to change 0644", mc)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want it left 0644", fi.Mode().Perm())
	}
}
