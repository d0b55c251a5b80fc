//go:build unix

package reliability

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"werkgroep/store"
)

// runCLI runs werkgroep without a terminal and returns its exit code and
// everything it printed.
func runCLI(t *testing.T, home string, args ...string) (int, string) {
	t.Helper()
	bin := binary(t) // built first: on a busy machine the build alone can take most of the 20 s
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = baseEnv(home)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("werkgroep %s did not finish: %s", strings.Join(args, " "), out.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String()
}

// fingerprint is the content of a file and of anything beside it that
// SQLite could make (-wal, -shm, -journal).
func fingerprint(t *testing.T, path string) string {
	t.Helper()
	var b strings.Builder
	for _, f := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		fi, err := os.Stat(f)
		switch {
		case err != nil:
			fmt.Fprintf(&b, "%s: none\n", filepath.Base(f))
		case fi.IsDir():
			fmt.Fprintf(&b, "%s: folder %v\n", filepath.Base(f), fi.Mode())
		default:
			data, _ := os.ReadFile(f)
			fmt.Fprintf(&b, "%s: %v %x\n", filepath.Base(f), fi.Mode(), sha256.Sum256(data))
		}
	}
	return b.String()
}

// TestBadFilesAreRefusedUntouched gives every command a file it must not
// use: each one says in plain words what is wrong with which file and
// what to do, does not panic, and leaves the file exactly as it was.
func TestBadFilesAreRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	home := t.TempDir()
	rng := rand.New(rand.NewPCG(6, 6))

	random := filepath.Join(dir, "willekeurig.db")
	noise := make([]byte, 64*1024)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	os.WriteFile(random, noise, 0o600)

	// Another program's database, in WAL mode with a WAL of its own.
	foreign := filepath.Join(dir, "ander-programma.sqlite")
	db, err := sql.Open("sqlite", foreign+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	db.Exec(`CREATE TABLE boodschappen (wat TEXT); INSERT INTO boodschappen VALUES ('melk'), ('brood')`)
	db.Close()

	newer := filepath.Join(dir, "nieuwer.db")
	st, err := store.Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, _ = sql.Open("sqlite", newer)
	db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, store.SchemaVersion()+1))
	db.Close()

	f := newFixture(t)
	whole, _ := os.ReadFile(f.path)
	truncated := filepath.Join(dir, "afgebroken.db")
	os.WriteFile(truncated, whole[:len(whole)/2], 0o600)
	header := filepath.Join(dir, "alleen-kop.db")
	os.WriteFile(header, whole[:60], 0o600)

	folder := filepath.Join(dir, "een-map")
	os.Mkdir(folder, 0o700)

	cases := []struct {
		name, path string
		key        string // the message, from the catalog
	}{
		{"random bytes", random, "open.notwerkgroep"},
		{"another program's SQLite", foreign, "open.notwerkgroep"},
		{"a newer schema", newer, "open.newer"},
		{"truncated", truncated, "open.damaged"},
		{"only a header", header, "open.notwerkgroep"},
		{"a folder", folder, "open.directory"},
	}
	commands := [][]string{
		{},
		{"export", "--out", filepath.Join(dir, "verslag.md")},
		{"backup", "--out", filepath.Join(dir, "kopie.db")},
		{"demo"},
	}
	for _, c := range cases {
		for _, cmd := range commands {
			name := c.name + "/" + strings.Join(append([]string{"werkgroep"}, cmd...)[:min(2, len(cmd)+1)], " ")
			t.Run(name, func(t *testing.T) {
				before := fingerprint(t, c.path)
				args := append(append([]string{}, cmd...), "--data", c.path)
				code, out := runCLI(t, home, args...)
				want, wantCode := nl.T(c.key, c.path), 1
				switch {
				case c.key == "open.damaged" && len(cmd) > 0 && cmd[0] == "backup":
					// A backup of a damaged file rescues what can be read
					// (TestDamagedFileInTheProgram): not a whole copy.
					want, wantCode = fragments("backup.rescued")[1], 3
					defer os.Remove(filepath.Join(dir, "kopie.db"))
				case c.key == "open.damaged":
					want = nl.T(c.key, c.path, strings.TrimSuffix(c.path, ".db")+"-gered.db")
				}
				if code != wantCode {
					t.Errorf("exit %d, want %d; output:\n%s", code, wantCode, out)
				}
				if !strings.Contains(out, want) {
					t.Errorf("the message should be %q:\n%s", want, out)
				}
				if strings.Contains(out, "panic") || strings.Contains(out, "goroutine ") {
					t.Errorf("a panic:\n%s", out)
				}
				if after := fingerprint(t, c.path); after != before {
					t.Errorf("the file or its neighbours changed:\nbefore\n%safter\n%s", before, after)
				}
			})
		}
	}
	for _, made := range []string{"verslag.md", "kopie.db"} {
		if _, err := os.Stat(filepath.Join(dir, made)); err == nil {
			t.Errorf("%s was written from a bad file", made)
		}
	}
}

// TestUnwritableLocation: a new data file where nothing can be written gets a
// clear message and no panic. As root, permissions do not stop writes, so
// the place used is inside a regular file, which no one can write.
func TestUnwritableLocation(t *testing.T) {
	dir := t.TempDir()
	home := t.TempDir()
	places := map[string]string{}
	file := filepath.Join(dir, "gewoon-bestand.txt")
	os.WriteFile(file, []byte("tekst\n"), 0o600)
	places["inside a file"] = filepath.Join(file, "werkgroep.db")
	if os.Geteuid() != 0 {
		locked := filepath.Join(dir, "op-slot")
		os.Mkdir(locked, 0o500)
		places["a folder without write permission"] = filepath.Join(locked, "werkgroep.db")
		// A werkgroep file that may be read but not written opens
		// read-only: TestReadOnlyFileInTheProgram.
	}
	for name, path := range places {
		t.Run(name, func(t *testing.T) {
			before := fingerprint(t, path)
			code, out := runCLI(t, home, "--data", path)
			if code != 1 {
				t.Errorf("exit %d, want 1:\n%s", code, out)
			}
			for _, want := range append(fragments("open.cannotwrite"), path) {
				if !strings.Contains(out, want) {
					t.Errorf("the message does not say %q:\n%s", want, out)
				}
			}
			if strings.Contains(out, "panic") {
				t.Errorf("a panic:\n%s", out)
			}
			if after := fingerprint(t, path); after != before {
				t.Errorf("changed:\n%s\n%s", before, after)
			}
		})
	}
}

// TestEmptyFileIsANewDataFile: an empty file (made by touch, say) is
// taken as a new data file: the program starts with its first step, and
// the file becomes a werkgroep file readable by its owner only.
func TestEmptyFileIsANewDataFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leeg.db")
	os.WriteFile(path, nil, 0o644)
	tm := start(t, termOpts{args: []string{"--data", path}})
	tm.waitFor(nl.T("home.empty.title"), 5*time.Second)
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	st, err := store.Open(path)
	if err != nil {
		t.Fatalf("the file is not a werkgroep file now: %v", err)
	}
	st.Close()
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
}

// TestOpenFailsAfterTheCheck: a file that passes the quick check but
// cannot be opened (its WAL's place is taken by a folder) fails while the
// terminal is being set up, because the program opens the file beside that
// (PERFORMANCE.md). It still ends as a refused file does: nothing drawn,
// the terminal given back, the plain message on stderr, exit 1, the file
// untouched.
func TestOpenFailsAfterTheCheck(t *testing.T) {
	f := newFixture(t)
	if err := os.Mkdir(f.path+"-wal", 0o700); err != nil {
		t.Fatal(err)
	}
	before := fingerprint(t, f.path)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	tm.endsWith1AndGivesBack()
	stderr := tm.errOutput()
	for _, want := range append(fragments("open.cannotwrite"), f.path) {
		if !strings.Contains(stderr, want) {
			t.Errorf("the message does not say %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
		t.Errorf("a panic:\n%s", stderr)
	}
	if s := tm.screen(); strings.TrimSpace(s) != "" {
		t.Errorf("something was drawn:\n%s", s)
	}
	if after := fingerprint(t, f.path); after != before {
		t.Errorf("the file changed:\n%s\n%s", before, after)
	}
}
