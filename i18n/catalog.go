// Package i18n holds every user-facing string, per language. The program's
// chrome follows --lang or LANG; minutes follow the werkgroep's language.
//
// Strings live in one file per area and language (core_nl.go, core_en.go,
// export_nl.go, ...); each registers its table in init. A test checks that
// both languages have the same keys and no empty text.
//
// The tables are plain data that the program carries as it is: nothing is
// built when the program starts, and a language's lookup map is built the
// first time it is asked for (PERFORMANCE.md: building both at start cost
// a millisecond of the first frame).
package i18n

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

// Lang is a language code: "nl" or "en".
type Lang string

const (
	NL Lang = "nl"
	EN Lang = "en"
)

// entry is one string of a language.
type entry struct{ key, text string }

// catalog is one language: its tables, and the map built from them.
type catalog struct {
	tables [][]entry
	once   sync.Once
	m      map[string]string
}

var nl, en catalog

func catalogOf(l Lang) *catalog {
	if l == EN {
		return &en
	}
	return &nl
}

// add registers a table of a language; called from init in the area files.
func add(l Lang, t []entry) {
	c := catalogOf(l)
	c.tables = append(c.tables, t)
}

// strings is the lookup map of a language, built on first use.
func (c *catalog) strings() map[string]string {
	c.once.Do(func() {
		n := 0
		for _, t := range c.tables {
			n += len(t)
		}
		c.m = make(map[string]string, n)
		for _, t := range c.tables {
			for _, e := range t {
				if _, dup := c.m[e.key]; dup {
					panic("i18n: duplicate key " + e.key)
				}
				c.m[e.key] = e.text
			}
		}
	})
	return c.m
}

// Catalog looks up strings in one language.
type Catalog struct {
	Lang Lang
	m    map[string]string
}

// For returns the catalog of a language; anything but English is Dutch.
func For(l string) Catalog {
	if Lang(l) == EN {
		return Catalog{Lang: EN, m: en.strings()}
	}
	return Catalog{Lang: NL, m: nl.strings()}
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
	for k := range catalogOf(l).strings() {
		out = append(out, k)
	}
	return out
}
