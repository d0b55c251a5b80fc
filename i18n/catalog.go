// Package i18n holds every user-facing string, per language. The program's
// chrome follows --lang or LANG; minutes follow the werkgroep's language.
//
// Strings live in one file per area and language (core_nl.go, core_en.go,
// export_nl.go, ...); each registers its map in init. A test checks that
// both languages have the same keys and no empty text.
package i18n

import (
	"fmt"
	"os"
	"strings"
)

// Lang is a language code: "nl" or "en".
type Lang string

const (
	NL Lang = "nl"
	EN Lang = "en"
)

var catalogs = map[Lang]map[string]string{NL: {}, EN: {}}

// add registers strings for a language; called from init in the area files.
func add(l Lang, m map[string]string) {
	for k, v := range m {
		if _, dup := catalogs[l][k]; dup {
			panic("i18n: duplicate key " + k)
		}
		catalogs[l][k] = v
	}
}

// Catalog looks up strings in one language.
type Catalog struct {
	Lang Lang
	m    map[string]string
}

// For returns the catalog of a language; anything but English is Dutch.
func For(l string) Catalog {
	if Lang(l) == EN {
		return Catalog{Lang: EN, m: catalogs[EN]}
	}
	return Catalog{Lang: NL, m: catalogs[NL]}
}

// T returns the string for key, formatted with args when given. A missing
// key shows itself, so that it is noticed (and the catalog test fails).
func (c Catalog) T(key string, args ...any) string {
	s, ok := c.m[key]
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Has reports whether key exists.
func (c Catalog) Has(key string) bool { _, ok := c.m[key]; return ok }

// FromEnv picks the chrome language: the flag when given, else LANG,
// LC_ALL or LC_MESSAGES; Dutch when none says English.
func FromEnv(flag string) string {
	if flag != "" {
		return string(For(flag).Lang)
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "en") {
				return string(EN)
			}
			return string(NL)
		}
	}
	return string(NL)
}

// Keys lists the keys of a language, for tests.
func Keys(l Lang) []string {
	var out []string
	for k := range catalogs[l] {
		out = append(out, k)
	}
	return out
}
