package i18n

import (
	"strings"
	"testing"
)

func TestLanguagesHaveTheSameKeys(t *testing.T) {
	for _, pair := range [][2]Lang{{NL, EN}, {EN, NL}} {
		for _, k := range Keys(pair[0]) {
			v, ok := catalogOf(pair[1]).strings()[k]
			if !ok {
				t.Errorf("%s has %q, %s does not", pair[0], k, pair[1])
			}
			if strings.TrimSpace(v) == "" && ok {
				t.Errorf("%s: %q is empty", pair[1], k)
			}
			if strings.Count(catalogOf(pair[0]).strings()[k], "%") != strings.Count(v, "%") && ok {
				t.Errorf("%q: %s and %s differ in placeholders", k, pair[0], pair[1])
			}
		}
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_GB.UTF-8")
	if FromEnv("") != "en" {
		t.Error("LANG=en_GB should give English")
	}
	t.Setenv("LANG", "nl_NL.UTF-8")
	if FromEnv("") != "nl" || FromEnv("en") != "en" {
		t.Error("flag should win, nl_NL should give Dutch")
	}
	t.Setenv("LANG", "C")
	if FromEnv("") != "nl" {
		t.Error("C should give the default, Dutch")
	}
}
