package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/i18n"
	"werkgroep/sessions"
	"werkgroep/store"
)

// werkgroep present says what is wrong before it takes the terminal: its
// help, an unknown argument, a missing file, and a file with more than
// one werkgroep and no --werkgroep. None of these changes the file.
func TestPresentExplainsBeforeItStarts(t *testing.T) {
	nl := i18n.For("nl")
	dir := t.TempDir()
	data := filepath.Join(dir, "w.db")
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Buurtwerk", "Zorg en Welzijn"} {
		if err := st.CreateWerkgroep(&sessions.Werkgroep{Name: n}, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	before, _ := os.ReadFile(data)
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"present", "--help"}, 0, "werkgroep present [--data BESTAND] [--werkgroep NAAM]"},
		{[]string{"present", "--data", data, "extra"}, 2, nl.T("present.args", "extra")},
		{[]string{"present", "--data", filepath.Join(dir, "weg.db")}, 1, nl.T("export.nodata", filepath.Join(dir, "weg.db"))},
		{[]string{"present", "--data", data}, 1, "--werkgroep"},
		{[]string{"present", "--data", data, "--werkgroep", "Geen"}, 1, "„Geen”"},
	} {
		var out, errs bytes.Buffer
		t.Setenv("LANG", "nl_NL.UTF-8")
		if code := run(c.args, &out, &errs); code != c.code || !strings.Contains(errs.String(), c.says) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", c.args, code, errs.String(), c.code, c.says)
		}
	}
	if after, _ := os.ReadFile(data); !bytes.Equal(before, after) {
		t.Error("the data file changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "weg.db")); err == nil {
		t.Error("a missing file was made")
	}
}
