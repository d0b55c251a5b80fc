package sessions

import (
	"strings"
	"testing"
)

// What Clean must do with what people type and paste: the regular cases
// and every finding of FuzzClean.
func TestClean(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Wie betaalt de koffie?", "Wie betaalt de koffie?"},
		{"trimmed", "  \n\t ruimte \n ", "ruimte"},
		{"inner spacing kept", "a  b\tc\n\nd", "a  b\tc\n\nd"},
		{"CRLF and CR", "een\r\ntwee\rdrie", "een\ntwee\ndrie"},
		{"colour", "\x1b[31mrood\x1b[0m", "rood"},
		{"truecolour", "\x1b[38;2;255;0;0mrood\x1b[m", "rood"},
		{"cursor moves", "a\x1b[2J\x1b[1;1Hb\x1b[10A\x1b[Kc", "abc"},
		{"private modes", "a\x1b[?1049hb\x1b[?25lc", "abc"},
		{"OSC title with BEL", "a\x1b]0;titel\x07b", "ab"},
		{"OSC title with ST", "a\x1b]2;titel\x1b\\b", "ab"},
		{"OSC 52 clipboard", "a\x1b]52;c;aGFsbG8=\x07b", "ab"},
		{"OSC 8 hyperlink", "\x1b]8;;https://x.nl\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC and PM", "a\x1b_apc\x1b\\b\x1b^pm\x1b\\c", "abc"},
		{"bracketed paste markers", "\x1b[200~geplakt\x1b[201~", "geplakt"},
		{"charset designation", "a\x1b(Bb\x1b)0c", "abc"},
		{"two-byte escapes", "a\x1b7b\x1b8c\x1bcd", "abcd"},
		{"lone escape at the end", "einde\x1b", "einde"},
		// Once a finding (RELIABILITY.md): ESC ESC kept the second one's
		// parameters as text.
		{"escape then escape", "a\x1b\x1b[31mb", "ab"},
		{"8-bit CSI", "a\u009b31mb", "ab"},
		{"8-bit OSC", "a\u009d0;titel\u009cb", "ab"},
		{"C0 controls", "a\x00b\x07c\x08d\x0be\x0cf\x7fg", "abcdefg"},
		{"C1 controls", "a\u0085b\u0080c", "abc"},
		{"invalid UTF-8", "a\xffb\xc3(c", "a\uFFFDb\uFFFD(c"},
		{"RTL", "مرحبا שלום", "مرحبا שלום"},
		{"combining", "e\u0301 n\u0303", "e\u0301 n\u0303"},
		{"emoji with joiners", "👩‍👩‍👧‍👦 🇳🇱 👍🏽", "👩‍👩‍👧‍👦 🇳🇱 👍🏽"},
		{"markup is text", "# kop | *x* <b> `c`", "# kop | *x* <b> `c`"},
	}
	for _, c := range cases {
		if got := Clean(c.in); got != c.want {
			t.Errorf("%s: Clean(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestCleanLine(t *testing.T) {
	for in, want := range map[string]string{
		"  Amira\n Haddou\t ": "Amira Haddou",
		"a\x1b[31m  b":        "a b",
		"\r\n":                "",
	} {
		if got := CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// A megabyte costs little: Clean is linear.
func TestCleanLarge(t *testing.T) {
	big := strings.Repeat("tekst \x1b[1mvet\x1b[0m ", 1<<16)
	got := Clean(big)
	if strings.ContainsRune(got, '\x1b') || !strings.HasPrefix(got, "tekst vet tekst vet") {
		t.Errorf("got %.40q", got)
	}
}
