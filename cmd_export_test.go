package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// exportData makes a data file with the named werkgroepen, the first with
// something said in session 1.
func exportData(t *testing.T, names ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i, name := range names {
		w := sessions.Werkgroep{Name: name, Theme: "Thema"}
		if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			ss, _ := st.Sessions(w.ID)
			c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, ByGroup: true, Text: "Relatie vóór doel | *altijd*"}
			if err := st.AddContribution(&c); err != nil {
				t.Fatal(err)
			}
		}
	}
	return path
}

func runExportCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(append([]string{"export", "--lang", "nl"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExportWritesTheOnlyWerkgroep(t *testing.T) {
	data := exportData(t, "Visie & Participatie")
	out := filepath.Join(t.TempDir(), "verslag.md")
	code, stdout, stderr := runExportCmd("--data", data, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.TrimSpace(stdout) != out {
		t.Errorf("printed %q, want the path %q", stdout, out)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	for _, want := range []string{"# Visie & Participatie: verslag van alle bijeenkomsten\n", "## Bijeenkomst 4:", "Relatie vóór doel \\| \\*altijd\\* — de groep"} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
}

func TestExportOneSessionAsHTML(t *testing.T) {
	data := exportData(t, "Visie & Participatie", "Tweede groep")
	out := filepath.Join(t.TempDir(), "b2.html")
	code, _, stderr := runExportCmd("--data", data, "--werkgroep", "visie & participatie", "--session", "2", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(b), "<!DOCTYPE html>") || !strings.Contains(string(b), "verslag van bijeenkomst 2</h1>") {
		t.Errorf("not the HTML of session 2:\n%.300s", b)
	}
	out2 := filepath.Join(t.TempDir(), "b2.txt")
	if code, _, stderr := runExportCmd("--data", data, "--werkgroep", "Tweede groep", "--format", "html", "--out", out2); code != 0 {
		t.Fatalf("--format html: exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(out2); !strings.HasPrefix(string(b), "<!DOCTYPE html>") {
		t.Error("--format html did not write HTML")
	}
}

func TestExportExplainsMistakes(t *testing.T) {
	data := exportData(t, "Visie & Participatie", "Tweede groep")
	dir := t.TempDir()
	out := filepath.Join(dir, "v.md")
	missing := filepath.Join(dir, "nergens.db")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--data", data, "--out", out}, 1, "„Visie & Participatie”, „Tweede groep”"},
		{[]string{"--data", data, "--werkgroep", "Derde", "--out", out}, 1, "Er is geen werkgroep „Derde”"},
		{[]string{"--data", data, "--werkgroep", "Tweede groep", "--session", "9", "--out", out}, 1, "geen bijeenkomst 9. Kies een nummer van 1 tot en met 4"},
		{[]string{"--data", data, "--werkgroep", "Tweede groep", "--session", "twee", "--out", out}, 2, "Bij --session hoort een nummer of all"},
		{[]string{"--data", data, "--werkgroep", "Tweede groep", "--format", "docx", "--out", out}, 2, "Bij --format hoort md of html"},
		{[]string{"--data", data, "--werkgroep", "Tweede groep"}, 2, "Zeg met --out waar"},
		{[]string{"--data", data, "--werkgroep", "Tweede groep", "--out", filepath.Join(dir, "geen-map", "v.md")}, 1, "Ik kan het verslag niet schrijven naar"},
		{[]string{"--data", missing, "--out", out}, 1, "bestaat niet"},
		{[]string{"--data", data, "--out", out, "extra"}, 2, "Dit begrijp ik niet: extra"},
	} {
		code, stdout, stderr := runExportCmd(c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) || stdout != "" {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want exit %d and %q", c.args, code, stderr, stdout, c.code, c.want)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a missing data file was created")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed export wrote a file")
	}
}

func TestExportHelpInBothLanguages(t *testing.T) {
	for lang, want := range map[string]string{"nl": "Voorbeelden:", "en": "Examples:"} {
		var out, errb bytes.Buffer
		if code := run([]string{"export", "--lang", lang, "--help"}, &out, &errb); code != 0 {
			t.Errorf("%s: --help exits %d", lang, code)
		}
		if !strings.Contains(errb.String(), want) || !strings.Contains(errb.String(), "werkgroep export --session 2 --out") ||
			!strings.Contains(errb.String(), "-werkgroep") {
			t.Errorf("%s help:\n%s", lang, errb.String())
		}
	}
}

// A name with escape sequences is listed cleaned in the messages; typing
// that cleaned name back with --werkgroep must find the werkgroep.
func TestExportFindsANameAsShown(t *testing.T) {
	path := exportData(t, "Evil\x1b]0;titel\x07\x1b[2JRood", "Tweede")
	code, _, errText := runExportCmd("--data", path, "--out", filepath.Join(t.TempDir(), "v.md"))
	if code == 0 || !strings.Contains(errText, "„EvilRood”") || strings.Contains(errText, "\x1b") {
		t.Fatalf("without --werkgroep: code %d, message %q; want the cleaned names listed", code, errText)
	}
	out := filepath.Join(t.TempDir(), "v.md")
	code, _, errText = runExportCmd("--data", path, "--werkgroep", "EvilRood", "--out", out)
	if code != 0 {
		t.Fatalf("--werkgroep EvilRood: code %d, message %q", code, errText)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), "\n# EvilRood") {
		t.Fatalf("minutes %q, %v; want those of the werkgroep shown as EvilRood", b, err)
	}
}

// A name typed into a contribution's text, by someone who chose not to
// be named (or to be named otherwise), is written as typed, and the
// command says where it is: only the words of the text, never whose.
func TestExportSaysWhereTheTextNamesSomeoneHidden(t *testing.T) {
	data := exportData(t, "Visie")
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := st.Werkgroepen()
	ss, _ := st.Sessions(ws[0].ID)
	anouk := sessions.Participant{WerkgroepID: ws[0].ID, Name: "Anouk Jansen", Naming: sessions.NotNamed, Paragraph: sessions.NotNamed}
	joost := sessions.Participant{WerkgroepID: ws[0].ID, Name: "Joost de Vries", Naming: sessions.FirstName, Paragraph: sessions.FirstName}
	for _, p := range []*sessions.Participant{&anouk, &joost} {
		if err := st.SaveParticipant(p); err != nil {
			t.Fatal(err)
		}
	}
	for _, text := range []string{"Anouk: als je ons als doelgroep ziet, zie je ons niet als mens.", "Joost zegt dat het beleid al klaar is."} {
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[3].ID, Text: text}
		if err := st.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	out := filepath.Join(t.TempDir(), "verslag.md")
	code, _, stderr := runExportCmd("--data", data, "--session", "1", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := "Let op: in bijeenkomst 1, stap 4 staat „Anouk”, een naam die de persoon niet overal wil zien.\n"
	if stderr != want {
		t.Errorf("stderr %q, want %q (Joost chose his first name: not said)", stderr, want)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "Anouk: als je ons") {
		t.Error("the text was changed; it must be written as typed")
	}
}
