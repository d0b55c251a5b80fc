package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"werkgroep/demo"
	"werkgroep/sessions"
	"werkgroep/store"
)

// markdownParser reads the minutes as CommonMark with GFM tables, and
// nothing else: no linkify, no raw HTML (there is none to pass through).
// The tests read the minutes back with it; the program itself does not
// need it (html.go).
func markdownParser() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table))
}

// TestHTMLIsWhatGoldmarkReads: the HTML export, written from the blocks,
// is byte for byte what goldmark makes of the Markdown export, for every
// minutes the program writes: each session and the whole process of the
// fixture in both languages (every naming choice, tricky typed text), the
// small and the large demo, and the participatieparagraaf alone. Charts
// stay images here; TestSchemaChartsInline checks them inline.
func TestHTMLIsWhatGoldmarkReads(t *testing.T) {
	type source struct {
		name string
		st   sessions.Store
		w    sessions.ID
	}
	var sources []source
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		st, w := fixture(t, lang)
		sources = append(sources, source{"fixture-" + string(lang), st, w.ID})
	}
	for _, size := range []string{demo.Small, demo.Large} {
		st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		w, err := demo.Fill(st, demo.Options{Size: size})
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, source{size + " demo", st, w.ID})
	}
	for _, src := range sources {
		for session := range 5 {
			m, err := load(src.st, Options{Werkgroep: src.w, Session: session})
			if err != nil {
				t.Fatal(err)
			}
			sameAsGoldmark(t, src.name+" session "+string(rune('0'+session)), m.document())
			if session == 0 {
				sameAsGoldmark(t, src.name+" paragraaf", m.paragraafDocument())
			}
		}
	}
}

// sameAsGoldmark compares the HTML of w with goldmark's reading of its
// Markdown, and names the first line where they part.
func sameAsGoldmark(t *testing.T, name string, w *mdWriter) {
	t.Helper()
	var want, got bytes.Buffer
	if err := markdownParser().Convert([]byte(w.String()), &want); err != nil {
		t.Fatal(err)
	}
	w.html(&got, nil)
	if bytes.Equal(got.Bytes(), want.Bytes()) {
		return
	}
	gl, wl := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			t.Errorf("%s: line %d of the HTML is\n%q\ngoldmark reads\n%q", name, i+1, gl[i], wl[i])
			return
		}
	}
	t.Errorf("%s: the HTML has %d lines, goldmark's %d", name, len(gl), len(wl))
}

// TestInlineHTML: the little markup that escape.go writes, and what a
// CommonMark reader makes of it.
func TestInlineHTML(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                  "plain",
		`a \* b \| c \\ d`:       `a * b | c \ d`,
		`\a stays`:               `\a stays`,
		"eind\\":                 "eind\\",
		"een\\\n  twee":          "een<br>\ntwee",
		"Afsluiting&#46;":        "Afsluiting.",
		"x&#92;":                 `x\`,
		"&#x3C;b&#60;":           "&lt;b&lt;",
		"&#0;&#1114112;":         "\uFFFD\uFFFD",
		"&#12345678; &#; &x;":    "&amp;#12345678; &amp;#; &amp;x;",
		`<b> & "q" 'a'`:          `&lt;b&gt; &amp; &quot;q&quot; 'a'`,
		"Visie \\& Participatie": "Visie &amp; Participatie",
	} {
		var b bytes.Buffer
		inlineHTML(&b, in)
		if b.String() != want {
			t.Errorf("inlineHTML(%q) = %q, want %q", in, b.String(), want)
		}
	}
}

// TestDirtyNamesAreCleanedEverywhere: a file written by another tool or an
// older version may hold names with control characters, escape sequences
// or invalid UTF-8 (the program's own forms clean them). The minutes clean
// them wherever a name appears, also in the participatieparagraaf where a
// name is written after the text, and the HTML still matches goldmark.
func TestDirtyNamesAreCleanedEverywhere(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := sessions.Werkgroep{Name: "W", Lang: sessions.Dutch}
	if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, err := st.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"Ann\x00e Vos", "Ann\x07e \x1b[31mVos\x1b[0m", "A\xff\xfeB Vos", "Ann\re\tVos"} {
		p := sessions.Participant{WerkgroepID: w.ID, Name: name, Naming: sessions.FullName, Paragraph: sessions.FullName}
		if err := st.SaveParticipant(&p); err != nil {
			t.Fatal(err)
		}
		c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, ParticipantID: p.ID,
			Kind: sessions.Idee, Text: "idee " + string(rune('a'+i))}
		if err := st.AddContribution(&c); err != nil {
			t.Fatal(err)
		}
		if err := st.SetOutcome(c.ID, sessions.Adopted, "visietekst"); err != nil {
			t.Fatal(err)
		}
	}
	m, err := load(st, Options{Werkgroep: w.ID})
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []*mdWriter{m.document(), m.paragraafDocument()} {
		md := doc.String()
		for i, r := range md {
			if r < 0x20 && r != '\n' || r == 0x7f || r == 0x1b {
				t.Errorf("the minutes hold %q at byte %d:\n%s", r, i, md)
				break
			}
		}
		if strings.Contains(md, "\uFFFD\uFFFD") {
			t.Errorf("invalid UTF-8 in a name became more than one U+FFFD:\n%s", md)
		}
		sameAsGoldmark(t, "dirty names", doc)
	}
}
