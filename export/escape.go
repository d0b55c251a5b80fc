package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"werkgroep/sessions"
)

// Whatever people typed must come out of the minutes as the same text:
// never as markup, never breaking a table. These functions turn typed text
// into CommonMark (with GFM tables) that renders as exactly that text. They
// escape what CommonMark, GFM and pandoc's gfm reader could read as markup,
// and leave the rest alone so that the Markdown stays readable.
//
// Whitespace is normalised the way a browser shows it anyway: runs of
// spaces and tabs become one space, and lines are trimmed.

// escapeLine is text that must stay on one line: a heading, an agenda
// item, a name. Line breaks become spaces.
func escapeLine(s string) string {
	return escapeText(oneLine(s), false)
}

// escapeHeading is escapeLine for the text of a heading. Punctuation at the
// end is written as a character reference, so that the heading reads the
// same and markdownlint's MD026 does not take it for a typo.
func escapeHeading(s string) string {
	return escapeText(oneLine(s), true)
}

// escapeCell is text for a table cell: one line, pipes escaped.
func escapeCell(s string) string {
	return escapeText(oneLine(s), false)
}

// escapeBlock is text that may span lines, inside a list item whose
// content starts indent columns in. Each line break becomes a hard line
// break (a backslash at the end of the line), and the next line is
// indented so that it stays in the item. Empty lines are left out.
func escapeBlock(s string, indent int) string {
	return joinBlock(escapedLines(s), indent)
}

// escapedLines is s as the lines escapeBlock joins: cleaned, squeezed,
// escaped, empty ones left out. Text may be added at the end of the last
// line (an attribution) without escaping the line again: how a character
// is escaped never depends on a space or the end of the line after it.
func escapedLines(s string) []string {
	lines := blockLines(s)
	for i, l := range lines {
		// goldmark reads an escaped backslash before the hard break as
		// two backslashes and no break: write that one as a reference.
		if i < len(lines)-1 && strings.HasSuffix(l, "\\") {
			lines[i] = escapeText(l[:len(l)-1], false) + "&#92;"
			continue
		}
		lines[i] = escapeText(l, false)
	}
	return lines
}

// joinBlock joins escaped lines with hard line breaks, each next line
// indented by indent spaces.
func joinBlock(lines []string, indent int) string {
	if len(lines) == 1 {
		return lines[0] // most items: no copy
	}
	n := 0
	for _, l := range lines {
		n += len(l) + 2 + indent
	}
	var b strings.Builder
	b.Grow(n)
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\\\n")
			for range indent {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// oneLine cleans s and puts it on one line with single spaces.
func oneLine(s string) string {
	return squeeze(strings.ReplaceAll(sessions.Clean(s), "\n", " "))
}

// blockLines cleans s and returns its non-empty lines, each squeezed.
func blockLines(s string) []string {
	var out []string
	for _, l := range strings.Split(sessions.Clean(s), "\n") {
		if l = squeeze(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// squeeze turns runs of spaces and tabs into one space and trims them at
// both ends. Other blank characters (a no-break space) are kept: CommonMark
// does not treat them as indentation.
func squeeze(s string) string {
	if !strings.Contains(s, "\t") && !strings.Contains(s, "  ") &&
		!strings.HasPrefix(s, " ") && !strings.HasSuffix(s, " ") && utf8.ValidString(s) {
		return s // nothing to squeeze: most text
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// headingPunctuation is what MD026 finds wrong at the end of a heading.
const headingPunctuation = ".,;:!。，；：！"

// escapeText escapes one squeezed line. With entityLast, trailing
// punctuation is written as a numeric character reference.
func escapeText(line string, entityLast bool) string {
	if plain(line, entityLast) {
		return line // nothing to escape: most text
	}
	rs := []rune(line)
	lead := leadingMarker(rs)
	var b strings.Builder
	b.Grow(len(line) + 8)
	for i, r := range rs {
		if entityLast && i == len(rs)-1 && strings.ContainsRune(headingPunctuation, r) {
			fmt.Fprintf(&b, "&#%d;", r)
			continue
		}
		if needsEscape(rs, i) || i == lead {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapable holds the characters that needsEscape may ask to escape,
// but for # and :, which plain checks where they stand.
const escapable = "\\`*[]<|~$_&"

// plain reports whether escapeText would return line as it is: valid
// UTF-8 with no character that needs a backslash, no block marker at the
// start and, with entityLast, no punctuation at the end.
func plain(line string, entityLast bool) bool {
	if strings.ContainsAny(line, escapable) || !utf8.ValidString(line) {
		return false
	}
	for j := 0; j < len(line); j++ {
		switch line[j] {
		case '#':
			if j == 0 || line[j-1] == ' ' {
				return false
			}
		case ':':
			if j == 0 || (j+1 < len(line) && isEmojiCodeRune(rune(line[j+1]))) {
				return false
			}
		}
	}
	if entityLast && line != "" {
		last, _ := utf8.DecodeLastRuneInString(line)
		if strings.ContainsRune(headingPunctuation, last) {
			return false
		}
	}
	if line == "" {
		return true
	}
	switch line[0] {
	case '>', '-', '+', '=':
		return false
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return !(i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')'))
}

// needsEscape reports whether rs[i] must be backslash-escaped wherever it
// stands in a line.
func needsEscape(rs []rune, i int) bool {
	r := rs[i]
	switch r {
	case '\\', '`', '*', '[', ']', '<', '|', '~', '$':
		// escapes, code, emphasis, links, HTML and autolinks, table
		// cells, strikethrough and fences, and pandoc's maths
		return true
	case '_':
		// inside a word (snake_case, most URLs) it cannot be emphasis
		return !(i > 0 && i+1 < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i+1]))
	case '&':
		// only where it could start an entity (&amp; &#35;), so that a URL
		// with a query (?a=1&b=2) stays one link for readers that link them
		return entityAhead(rs[i+1:])
	case '#':
		// an ATX heading at the start, or a heading's closing sequence
		return i == 0 || rs[i-1] == ' '
	case ':':
		// a pandoc emoji code (:smile:), or a table's delimiter row
		return i == 0 || (i+1 < len(rs) && isEmojiCodeRune(rs[i+1]))
	}
	return false
}

// leadingMarker is the index of the character that would make the start of
// a line a block (quote, list item, thematic break, setext underline), or
// -1. Escaping that one character keeps the line plain text.
func leadingMarker(rs []rune) int {
	if len(rs) == 0 {
		return -1
	}
	switch rs[0] {
	case '>', '-', '+', '=':
		return 0
	}
	i := 0
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > 0 && i < len(rs) && (rs[i] == '.' || rs[i] == ')') {
		return i
	}
	return -1
}

// entityAhead reports whether rs starts like the rest of a character
// reference: an optional #, letters or digits, and a semicolon.
func entityAhead(rs []rune) bool {
	j := 0
	if j < len(rs) && rs[j] == '#' {
		j++
	}
	start := j
	for j < len(rs) && (isASCIILetter(rs[j]) || rs[j] >= '0' && rs[j] <= '9') {
		j++
	}
	return j < len(rs) && rs[j] == ';' && (j > start || start == 1)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isEmojiCodeRune(r rune) bool {
	return isASCIILetter(r) || r >= '0' && r <= '9' || r == '_' || r == '+' || r == '-'
}
