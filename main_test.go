package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHelpInBothLanguages(t *testing.T) {
	for lang, want := range map[string]string{"nl": "Gebruik:", "en": "Usage:"} {
		var out, errb bytes.Buffer
		if code := run([]string{"--lang", lang, "--help"}, &out, &errb); code != 0 {
			t.Errorf("%s: exit %d", lang, code)
		}
		if !strings.Contains(errb.String(), want) || !strings.Contains(errb.String(), "\n  --data ") {
			t.Errorf("%s help:\n%s", lang, errb.String())
		}
	}
}

func TestRefusesAFileThatIsNotOurs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	body := []byte(strings.Repeat("mijn boodschappenlijst\n", 20))
	os.WriteFile(path, body, 0o644)
	var out, errb bytes.Buffer
	t.Setenv("LANG", "nl_NL.UTF-8")
	if code := run([]string{"--data", path}, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "geen werkgroep-bestand") || !strings.Contains(errb.String(), path) {
		t.Errorf("message: %q", errb.String())
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, body) {
		t.Error("the file was changed")
	}
}

func TestDataFromEnvironment(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	t.Setenv("WERKGROEP_DATA", path)
	var c commonFlags
	if got, _ := c.dataPath(); got != path {
		t.Errorf("dataPath %q, want %q", got, path)
	}
	c.data = "other.db"
	if got, _ := c.dataPath(); got != "other.db" {
		t.Errorf("--data should win over WERKGROEP_DATA, got %q", got)
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"--lang", "en", "frobnicate"}, &out, &errb); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errb.String(), "frobnicate") {
		t.Errorf("message %q", errb.String())
	}
}
