package sessions

import (
	"strings"
	"unicode/utf8"
)

// Clean makes typed or pasted text safe to store, show and export: escape
// sequences and control characters other than line breaks and tabs are
// removed, invalid UTF-8 becomes U+FFFD, CR and CRLF become LF, and
// surrounding blank space is trimmed. What remains is plain text.
func Clean(s string) string {
	if alreadyClean(s) {
		// Most text is already clean (everything read back from the
		// file is): skip the copy. The export cleans every contribution.
		return strings.TrimSpace(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\x1b':
			i = skipEscape(rs, i)
		case r == 0x9b: // 8-bit CSI
			i = skipUntilFinal(rs, i+1)
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // 8-bit OSC, DCS, SOS, PM, APC
			i = skipString(rs, i+1)
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// other control characters are dropped
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// alreadyClean reports whether Clean would change nothing in s but the
// blank space around it: valid UTF-8 without control characters other
// than line breaks and tabs, and without CR.
func alreadyClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || (r >= 0x80 && r < 0xa0) {
			return false
		}
		i += size
	}
	return true
}

// CleanLine is Clean for one-line fields (names, titles, places): line
// breaks and tabs become single spaces.
func CleanLine(s string) string {
	return strings.Join(strings.Fields(Clean(s)), " ")
}

// skipEscape skips an escape sequence starting at rs[i] == ESC and returns
// the index of its last rune.
func skipEscape(rs []rune, i int) int {
	if i+1 >= len(rs) {
		return i
	}
	switch rs[i+1] {
	case '\x1b':
		return i // a doubled ESC: drop this one, the next starts a sequence
	case '[':
		return skipUntilFinal(rs, i+2)
	case ']', 'P', 'X', '^', '_':
		return skipString(rs, i+2)
	case '(', ')', '*', '+', '-', '.', '/', '#', '%', ' ':
		// designate character set and similar: ESC, intermediate, final
		if i+2 < len(rs) {
			return i + 2
		}
		return i + 1
	}
	return i + 1
}

// skipUntilFinal skips CSI parameters and intermediates up to the final
// byte (0x40–0x7e) and returns its index.
func skipUntilFinal(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		if rs[j] >= 0x40 && rs[j] <= 0x7e {
			return j
		}
		if rs[j] < 0x20 || rs[j] > 0x7e {
			// not a well-formed sequence: stop before this rune
			return j - 1
		}
	}
	return len(rs) - 1
}

// skipString skips an OSC/DCS-style string up to BEL or ST (ESC \ or 0x9c).
func skipString(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		switch rs[j] {
		case '\a', 0x9c:
			return j
		case '\x1b':
			if j+1 < len(rs) && rs[j+1] == '\\' {
				return j + 1
			}
			return j - 1 // a new escape starts: let the caller handle it
		}
	}
	return len(rs) - 1
}
