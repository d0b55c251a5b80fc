package sessions

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks the promises of Clean on any input: valid UTF-8; no
// escape or control character but line break and tab; no carriage
// return; no blank space at the ends; cleaning twice changes nothing;
// and text that needed no cleaning comes out as it went in.
// The corpus is in testdata/fuzz/FuzzClean; .ci/extra runs it.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"", "gewone tekst", "\x1b[31mrood\x1b[0m", "a\x1b]0;t\x07b", "a\x1b]52;c;eA==\x1b\\b",
		"\x1b[200~plak\x1b[201~", "a\u009b1mb", "\xff\xfe", "\r\n\r", "e\u0301 👩‍👩‍👧", "\x1b", "\x1b]", "\x1b[", "\u009d",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Clean(in)
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", in, out)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("Clean(%q) = %q: holds %U", in, out, r)
			}
		}
		if strings.TrimSpace(out) != out {
			t.Fatalf("Clean(%q) = %q: blank space at the ends", in, out)
		}
		if again := Clean(out); again != out {
			t.Fatalf("Clean is not idempotent: %q -> %q -> %q", in, out, again)
		}
		if needsNothing(in) && out != strings.TrimSpace(in) {
			t.Fatalf("Clean(%q) = %q: plain text was changed", in, out)
		}
	})
}

// needsNothing reports whether s is valid UTF-8 without control
// characters other than line break and tab.
func needsNothing(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return false
		}
	}
	return true
}

// FuzzCleanLine: one line, no tabs, single spaces, nothing to trim.
func FuzzCleanLine(f *testing.F) {
	for _, s := range []string{"", "Amira  Haddou", "a\nb\tc", "\x1b[1mX\x1b[0m", " \r\n "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := CleanLine(in)
		if strings.ContainsAny(out, "\n\t\r") || strings.Contains(out, "  ") || strings.TrimSpace(out) != out {
			t.Fatalf("CleanLine(%q) = %q", in, out)
		}
		if !utf8.ValidString(out) || CleanLine(out) != out {
			t.Fatalf("CleanLine(%q) = %q: invalid or not idempotent", in, out)
		}
	})
}
