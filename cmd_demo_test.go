package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"werkgroep/i18n"
	"werkgroep/store"
)

func runDemoCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func demoWerkgroepenIn(t *testing.T, path string) int {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, err := st.Werkgroepen()
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

func TestDemoWritesAndTellsHowToOpen(t *testing.T) {
	t.Setenv("WERKGROEP_DATA", "")
	path := filepath.Join(t.TempDir(), "oefen.db")
	code, out, errs := runDemoCmd(t, "demo", "--data", path, "--lang", "nl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Visie & Participatie (voorbeeld)", path, "werkgroep --data " + path, "4 bijeenkomsten", "14 deelnemers", "verzonnen"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := demoWerkgroepenIn(t, path); n != 1 {
		t.Errorf("%d werkgroepen in the file, want 1", n)
	}

	code, out, _ = runDemoCmd(t, "demo", "--data", path, "--lang", "nl")
	if code != 0 || !strings.Contains(out, "niets toegevoegd") || !strings.Contains(out, "--data") {
		t.Errorf("second run: exit %d, output:\n%s", code, out)
	}
	if n := demoWerkgroepenIn(t, path); n != 1 {
		t.Errorf("second run left %d werkgroepen, want 1", n)
	}
}

func TestDemoSpeaksEnglish(t *testing.T) {
	path := filepath.Join(t.TempDir(), "practice.db")
	code, out, errs := runDemoCmd(t, "demo", "--lang", "en", "--data", path)
	if code != 0 || !strings.Contains(out, "Done.") || !strings.Contains(out, "Open it like this:") {
		t.Errorf("exit %d, output:\n%s%s", code, out, errs)
	}
}

func TestDemoDefaultFile(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the default folder is set through XDG_DATA_HOME on Linux only")
	}
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	t.Setenv("WERKGROEP_DATA", "")
	code, out, errs := runDemoCmd(t, "demo", "--lang", "nl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasSuffix(strings.TrimSpace(out), "\n  werkgroep") {
		t.Errorf("for the default file, plain `werkgroep` opens it; output:\n%s", out)
	}
	if n := demoWerkgroepenIn(t, filepath.Join(dir, "werkgroep", "werkgroep.db")); n != 1 {
		t.Errorf("%d werkgroepen in the default file", n)
	}
}

func TestDemoHelpAndMistakes(t *testing.T) {
	nl := i18n.For("nl")
	code, _, errs := runDemoCmd(t, "demo", "--help", "--lang", "nl")
	if code != 0 || !strings.Contains(errs, strings.SplitN(nl.T("demo.usage"), "\n", 2)[0]) || !strings.Contains(errs, "-size") {
		t.Errorf("help: exit %d:\n%s", code, errs)
	}
	path := filepath.Join(t.TempDir(), "x.db")
	code, _, errs = runDemoCmd(t, "demo", "--size", "huge", "--data", path, "--lang", "nl")
	if code != 2 || !strings.Contains(errs, "huge") {
		t.Errorf("bad size: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a bad size still made the file")
	}
	code, _, errs = runDemoCmd(t, "demo", "extra", "--lang", "nl")
	if code != 2 || !strings.Contains(errs, "extra") {
		t.Errorf("extra argument: exit %d: %s", code, errs)
	}
	notOurs := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(notOurs, []byte("my own notes, not a database"), 0o600)
	code, _, errs = runDemoCmd(t, "demo", "--data", notOurs, "--lang", "nl")
	if code != 1 || !strings.Contains(errs, "geen werkgroep-bestand") {
		t.Errorf("not a werkgroep file: exit %d: %s", code, errs)
	}
	if b, _ := os.ReadFile(notOurs); string(b) != "my own notes, not a database" {
		t.Error("the other file was changed")
	}
}

func TestDemoQuote(t *testing.T) {
	cases := map[string]string{"/tmp/w.db": "/tmp/w.db", "C:\\data\\w.db": "C:\\data\\w.db"}
	if runtime.GOOS == "windows" {
		cases["C:\\Mijn map\\w.db"] = `"C:\Mijn map\w.db"`
	} else {
		cases["/home/me/Application Support/w.db"] = "'/home/me/Application Support/w.db'"
		cases["/tmp/it's.db"] = `'/tmp/it'\''s.db'`
	}
	for in, want := range cases {
		if got := demoQuote(in); got != want {
			t.Errorf("demoQuote(%q) = %s, want %s", in, got, want)
		}
	}
}
