package export

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"werkgroep/sessions"
)

// tricky is text people type that Markdown would read as markup.
var tricky = []string{
	"# kop", "## twee", "kop #", "C# en F#", "a | b", "| begint met pijp |", "*ster*", "**vet**", "_lijn_",
	"snake_case_naam", "__init__", "<script>alert('x')</script>", "<b>vet</b>", "a < b > c", "<http://example.com>",
	"`code`", "```fence```", "~~~", "~~weg~~", "[ ] taak", "[x] klaar", "[link](http://example.com)",
	"![plaatje](x.png)", "[^1]", "[a]: http://example.com", "1. lijst", "1) lijst", "2026. jaar", "- streep",
	"+ plus", "* ster", "> quote", ">> dubbel", "= gelijk", "===", "---", "***", "___", "- - -", ":---",
	": definitie", ":smile: en :+1:", "&amp; &#35; &copy;", "AT&T", "a & b", "\\", "eind\\", "\\*niet\\*",
	"$x$ en $$y$$", "emoji 🎉👩🏽‍🦱 klaar", "https://example.com/a_b?c=1&d=2#kop", "www.example.com",
	"regel een\nregel twee", "    vier spaties\n\tmet tab", "een\n\n\ntwee", "lijst:\n- een\n- twee\n1. drie",
	"eind met punt.", "vraag?", "uitroep!", "dubbel:", "a  b\t\tc", "trailing  \nspaces  ", "\u00a0nbsp\u00a0",
	"<!-- comment -->", "<div>\nblok\n</div>", "\\\n", "a\\\nb", "#", "|", "-", "1.", "*", "`", "<", "&",
}

var spacesRE = regexp.MustCompile(`[ \t]+`)

// wantLines is how typed text should read back: cleaned, lines trimmed,
// runs of spaces single, empty lines gone. It is written apart from the
// code under test on purpose.
func wantLines(s string) []string {
	var out []string
	for _, l := range strings.Split(sessions.Clean(s), "\n") {
		l = strings.Trim(spacesRE.ReplaceAllString(l, " "), " ")
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// htmlOf renders md with the same parser the HTML export uses.
func htmlOf(t testing.TB, md string) string {
	t.Helper()
	var b bytes.Buffer
	if err := markdownParser().Convert([]byte(md), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// textBetween checks that got is prefix + inner + suffix, that inner holds
// no markup but line breaks, and returns inner as text.
func textBetween(t testing.TB, got, prefix, suffix, md string) string {
	t.Helper()
	if !strings.HasPrefix(got, prefix) || !strings.HasSuffix(got, suffix) || len(got) < len(prefix)+len(suffix) {
		t.Fatalf("markdown %q rendered as %q, want %s…%s", md, got, prefix, suffix)
	}
	inner := strings.ReplaceAll(got[len(prefix):len(got)-len(suffix)], "<br>\n", "\n")
	if strings.ContainsAny(inner, "<>") {
		t.Fatalf("markdown %q became markup: %q", md, got)
	}
	return html.UnescapeString(inner)
}

// roundTrip renders s in every context the minutes use and checks that
// what a reader sees is the text that was typed.
func roundTrip(t testing.TB, s string) {
	t.Helper()
	lines := wantLines(s)
	if len(lines) == 0 {
		return
	}
	block, one := strings.Join(lines, "\n"), strings.Join(lines, " ")
	// check renders the one block in w as Markdown, reads it back with
	// goldmark, and checks that the reader sees the text as typed and that
	// the HTML export writes what goldmark writes.
	check := func(context string, w *mdWriter, prefix, suffix, want string) {
		t.Helper()
		md := w.String()
		read := htmlOf(t, md)
		if got := textBetween(t, read, prefix, suffix, md); got != want {
			t.Fatalf("%s: typed %q, wrote %q, reads %q, want %q", context, s, md, got, want)
		}
		var ours bytes.Buffer
		w.html(&ours, nil)
		if ours.String() != read {
			t.Fatalf("%s: typed %q, wrote %q; the HTML export writes\n%q\nwhere goldmark reads\n%q", context, s, md, ours.String(), read)
		}
	}
	var item, para, heading, agenda, cell mdWriter
	item.bullets([]string{escapeBlock(s, 2) + " — E.v.D."})
	check("list item", &item, "<ul>\n<li>", " — E.v.D.</li>\n</ul>\n", block)
	para.para(escapeBlock(s, 0))
	check("paragraph", &para, "<p>", "</p>\n", block)
	heading.heading(3, "3. "+escapeHeading(s))
	check("heading", &heading, "<h3>3. ", "</h3>\n", one)
	agenda.numbered([]string{escapeLine(s) + " (15 min)"})
	check("agenda", &agenda, "<ol>\n<li>", " (15 min)</li>\n</ol>\n", one)
	cell.table([]string{"Wat", "Wie"}, [][]string{{escapeCell(s), ""}})
	check("cell", &cell,
		"<table>\n<thead>\n<tr>\n<th>Wat</th>\n<th>Wie</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>",
		"</td>\n<td>—</td>\n</tr>\n</tbody>\n</table>\n", one)
}

func TestEscapedTextReadsAsTyped(t *testing.T) {
	for _, s := range tricky {
		roundTrip(t, s)
	}
}

func TestEscapeKeepsPlainTextPlain(t *testing.T) {
	for in, want := range map[string]string{
		"Visie & Participatie":         "Visie & Participatie",
		"Wat vinden we belangrijk?":    "Wat vinden we belangrijk?",
		"snake_case en https://x.nl/a": "snake_case en https://x.nl/a",
		"Onderlegger: de spanning":     "Onderlegger: de spanning",
		"1. lijst":                     "1\\. lijst",
		"- streep":                     "\\- streep",
		"a | b":                        "a \\| b",
		"<script>":                     "\\<script>",
		"C# en # kop":                  "C# en \\# kop",
	} {
		if got := escapeLine(in); got != want {
			t.Errorf("escapeLine(%q) = %q, want %q", in, got, want)
		}
	}
	if got := escapeHeading("Afsluiting."); got != "Afsluiting&#46;" {
		t.Errorf("heading punctuation: %q", got)
	}
	if got := escapeBlock("een\n\n  twee  \n", 2); got != "een\\\n  twee" {
		t.Errorf("block: %q", got)
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		roundTrip(t, s)
	})
}
