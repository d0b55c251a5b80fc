//go:build unix

package reliability

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestMistypedDataFolderIsRefused: --data or WERKGROEP_DATA in a folder
// that does not exist is refused by every command with the message that
// names the folder, and the folder is not made; run as an ordinary user.
func TestMistypedDataFolderIsRefused(t *testing.T) {
	cred := ordinaryUser(t)
	home := userDir(t, cred)
	missing := filepath.Join(home, "werkgroepn") // a typo of "werkgroepen"
	path := filepath.Join(missing, "buurt.db")
	out := filepath.Join(home, "kopie.db")
	commands := map[string][]string{
		"werkgroep": nil,
		"export":    {"export", "--out", filepath.Join(home, "verslag.md")},
		"backup":    {"backup", "--out", out},
		"demo":      {"demo"},
	}
	for name, args := range commands {
		for _, how := range []string{"--data", "WERKGROEP_DATA"} {
			t.Run(name+" with "+how, func(t *testing.T) {
				c := cliRun{home: home, user: cred}
				key, args := "data.nofolder", args
				if how == "--data" {
					args = append(append([]string{}, args...), "--data", path)
				} else {
					c.env, key = []string{"WERKGROEP_DATA=" + path}, "data.nofolder.env"
				}
				code, msg := c.run(t, args...)
				if want := nl.T(key, missing, path); code != 1 || !strings.Contains(msg, want) {
					t.Errorf("exit %d:\n%s\nwant exit 1 and %q", code, msg, want)
				}
				if _, err := os.Stat(missing); err == nil {
					t.Error("the mistyped folder was made")
				}
			})
		}
	}
}

// TestDefaultFolderIsMadeAndShown: without --data, the first run makes the
// data folder (0700, the user's own), and home and ? show which file is
// open, with ~ for the home folder, also at 80×24.
func TestDefaultFolderIsMadeAndShown(t *testing.T) {
	cred := ordinaryUser(t)
	home := userDir(t, cred)
	c := cliRun{home: home, user: cred}
	if code, msg := c.run(t, "demo"); code != 0 {
		t.Fatalf("exit %d:\n%s", code, msg)
	}
	dir := filepath.Join(home, "data", "werkgroep")
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("the data folder: %v, %v; want it made 0700", err, fi)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && cred != nil && st.Uid != cred.Uid {
		t.Errorf("the data folder is not the user's own")
	}
	tm := start(t, termOpts{cols: 80, rows: 24, home: home, user: cred})
	want := nl.T("data.file", "~/data/werkgroep/werkgroep.db")
	tm.waitFor(want, 10*time.Second)
	tm.send("?")
	tm.waitFor(say("help.title"), 5*time.Second)
	if s := tm.screen(); !strings.Contains(s, want) {
		t.Errorf("the help does not say which file is open:\n%s", s)
	}
	tm.send(keyCtrlC)
	if code := tm.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestCommandLineMessagesAreClean: names from the file and texts from the
// command line that hold escape sequences (a window title, a cleared
// screen, colour) reach the terminal as plain text in every message that
// echoes them.
func TestCommandLineMessagesAreClean(t *testing.T) {
	data := filepath.Join(t.TempDir(), "w.db")
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Buurt\x1b]0;gehackt\x07werk", "Zorg\x1b[2J\x1b[31mnetwerk\u009b0m"} {
		w := sessions.Werkgroep{Name: name} // the store keeps what it is given, as a file from elsewhere may hold
		if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	home := t.TempDir()
	out := filepath.Join(t.TempDir(), "v.md")
	cases := map[string]struct {
		args []string
		want []string
	}{
		"the list of werkgroepen":     {[]string{"export", "--data", data, "--out", out}, []string{"„Buurtwerk”", "„Zorgnetwerk”"}},
		"--werkgroep echoed back":     {[]string{"export", "--data", data, "--out", out, "--werkgroep", "\x1b]0;titel\x07Onbekend\x1b[2J"}, []string{"„Onbekend”"}},
		"--session echoed back":       {[]string{"export", "--data", data, "--out", out, "--session", "\x1b[2Jtwee"}, []string{"„twee”"}},
		"a name with no sessions":     {[]string{"export", "--data", data, "--out", out, "--werkgroep", "Zorg\x1b[2J\x1b[31mnetwerk\u009b0m", "--session", "9"}, []string{"„Zorgnetwerk”"}},
		"an unknown argument":         {[]string{"\x1b[2Jverslag"}, []string{"verslag"}},
		"an unknown flag":             {[]string{"--\x1b]0;x\x07data2"}, []string{"data2"}},
		"a data file with a sequence": {[]string{"export", "--out", out, "--data", data + "\x1b[2J"}, []string{data}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			code, msg := runCLI(t, home, c.args...)
			if code == 0 {
				t.Errorf("exit 0:\n%s", msg)
			}
			if strings.ContainsAny(msg, "\x1b\x07\u009b") {
				t.Errorf("an escape sequence reached the terminal: %q", msg)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("the message lacks %q: %q", w, msg)
				}
			}
		})
	}
}
