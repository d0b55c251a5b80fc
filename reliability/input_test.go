//go:build unix

package reliability

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"werkgroep/screens"
	"werkgroep/sessions"
)

// hostile is what people paste and type that a terminal program must not
// pass on raw: each with the words that must survive it.
var hostile = []struct {
	name, in string
	keep     []string // must be stored, shown and exported
	drop     []string // must be nowhere
}{
	{"colour", "rood:\x1b[31mROOD\x1b[0m en \x1b[1;4;38;2;255;0;0mvet\x1b[m", []string{"rood:ROOD en vet"}, []string{"[31m", "[1;4;38;2;255;0;0m"}},
	{"cursor moves", "voor\x1b[2J\x1b[1;1H\x1b[10Aachter\x1b[K\x1b7\x1b8", []string{"voorachter"}, []string{"[2J", "[1;1H"}},
	{"window title", "titel:\x1b]0;GEKAAPT\x07 en \x1b]2;OOK\x1b\\ klaar", []string{"titel: en  klaar"}, []string{"GEKAAPT", "OOK"}},
	{"clipboard", "klembord:\x1b]52;c;cm0gLXJmIH4=\x07 bleef leeg", []string{"klembord: bleef leeg"}, []string{"52;", "cm0gLXJmIH4="}},
	{"paste markers", "binnen\x1b[200~in\x1b[201~ uit", []string{"binnenin uit"}, []string{"200~", "201~"}},
	{"8-bit controls", "acht\u009b31mbit\u009d0;x\u009c klaar", []string{"achtbit klaar"}, []string{"31m"}},
	{"control characters", "bel\x07 nul\x00 terug\x08 vorm\x0c verwijder\x7f einde", []string{"bel nul terug vorm verwijder einde"}, nil},
	{"tabs", "kolom\teen\t\ttwee", []string{"kolom", "een", "twee"}, nil},
	{"carriage returns", "regel een\r\nregel twee\rregel drie", []string{"regel een", "regel twee", "regel drie"}, nil},
	{"invalid UTF-8", "fout:\xff\xfe\xc3(einde", []string{"fout:", "einde"}, nil},
	{"right to left", "مرحبا بالعالم و שלום עולם", []string{"مرحبا بالعالم", "שלום עולם"}, nil},
	{"combining", "e\u0301e\u0300 Z\u0324\u0354\u0367\u0311\u0313 n\u0303", []string{"e\u0301e\u0300", "n\u0303"}, nil},
	{"emoji and wide", "gezin 👩‍👩‍👧‍👦 vlag 🇳🇱 duim 👍🏽 漢字かな", []string{"👩‍👩‍👧‍👦", "🇳🇱", "👍🏽", "漢字かな"}, nil},
	{"markup", "# kop | pijp | *ster* <b>html</b> `code` [link](x) _", []string{"kop", "pijp", "ster", "html", "code"}, nil},
}

// TestHostileInputInTheProgram types and pastes every hostile text into
// the capture screen of the real program, in a terminal: the terminal's
// title and clipboard are never touched, the screen stays whole, and the
// file holds the text cleaned.
func TestHostileInputInTheProgram(t *testing.T) {
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, tm, 0)
	n := 0
	for _, h := range hostile {
		tm.paste(h.in)
		tm.send(keyEnter)
		n++
		tm.waitFor(captured(n), 5*time.Second)
	}
	// Typed rather than pasted: a stray end-of-paste marker and control
	// keys.
	tm.send("getypt\x07\x1b[201~verder" + keyEnter)
	n++
	tm.waitFor(captured(n), 5*time.Second)
	time.Sleep(100 * time.Millisecond)

	if title := tm.vt.Title(); title != "werkgroep" {
		t.Errorf("the terminal's title became %q", title)
	}
	raw := tm.output()
	for _, bad := range []string{"\x1b]52;", "GEKAAPT", "cm0gLXJmIH4="} {
		if strings.Contains(raw, bad) {
			t.Errorf("the program wrote %q to the terminal", bad)
		}
	}
	sc := tm.screen()
	if first := strings.SplitN(sc, "\n", 2)[0]; !strings.HasPrefix(first, "Buurtwerk · "+nl.T("session.n", 1)) {
		t.Errorf("the header is gone:\n%s", sc)
	}
	if !strings.Contains(sc, "enter "+nl.T("session.key.store")) {
		t.Errorf("the footer is gone:\n%s", sc)
	}
	got := texts(t, f.path, f.sessions[0].ID)
	if len(got) != len(hostile)+1 {
		t.Fatalf("%d entries stored, want %d", len(got), len(hostile)+1)
	}
	for i, h := range hostile {
		checkStored(t, h.name, got[i], h.keep, h.drop)
	}
	checkStored(t, "typed", got[len(hostile)], []string{"getyptverder"}, []string{"201~"})

	// The minutes hold the same text, as text.
	out := filepath.Join(t.TempDir(), "verslag.md")
	if code, msg := runCLI(t, t.TempDir(), "export", "--data", f.path, "--session", "1", "--out", out); code != 0 {
		t.Fatalf("export: %d %s", code, msg)
	}
	md, _ := os.ReadFile(out)
	checkPlain(t, "the minutes", string(md))
	for _, h := range hostile {
		for _, w := range h.drop {
			if strings.Contains(string(md), w) {
				t.Errorf("%s: the minutes hold %q", h.name, w)
			}
		}
	}
	for _, w := range []string{"ROOD", "voorachter", "klembord: bleef leeg", "مرحبا بالعالم", "👩‍👩‍👧‍👦", "漢字かな"} {
		if !strings.Contains(string(md), w) {
			t.Errorf("the minutes lack %q", w)
		}
	}
}

// checkStored checks one stored text: plain, valid, what must stay is
// there, what must go is gone.
func checkStored(t *testing.T, name, got string, keep, drop []string) {
	t.Helper()
	checkPlain(t, name, got)
	for _, k := range keep {
		if !strings.Contains(got, k) {
			t.Errorf("%s: stored %q, which lacks %q", name, got, k)
		}
	}
	for _, d := range drop {
		if strings.Contains(got, d) {
			t.Errorf("%s: stored %q, which still holds %q", name, got, d)
		}
	}
}

// checkPlain fails when s is not valid UTF-8 or holds control characters
// other than line breaks and tabs.
func checkPlain(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s: not valid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			t.Errorf("%s: holds control character %U: %q", what, r, s)
			return
		}
	}
}

// TestHostileInputOnEveryFrame pastes the same texts straight into the
// capture screen (as tea.PasteMsg, with the bytes exactly as given, which
// a terminal might not pass on) and checks every frame: nothing but text
// and text styles, nothing wider than the terminal; and invalid UTF-8
// becomes U+FFFD.
func TestHostileInputOnEveryFrame(t *testing.T) {
	f := newFixture(t)
	for _, size := range [][2]int{{80, 24}, {40, 10}, {200, 60}} {
		a := newApp(t, f.path, func(ctx *screens.Context) screens.Screen {
			return screens.NewSessionScreen(ctx, f.werkgroep.ID, f.sessions[0].ID)
		}, size[0], size[1])
		for _, h := range hostile {
			frame := func(what string) {
				t.Helper()
				a.checkFrame(h.name + " (" + what + ")")
				for _, d := range h.drop {
					if strings.Contains(a.view(), d) {
						t.Errorf("%s (%s): the frame holds %q", h.name, what, d)
					}
				}
			}
			a.send(tea.PasteMsg{Content: h.in})
			frame("in the input")
			a.key("enter")
			frame("stored")
			a.key("esc") // the list, with the entry selected
			frame("in the list")
			a.key("f5") // the projector view
			frame("presented")
			a.key("esc", "i")
		}
	}
	got := texts(t, f.path, f.sessions[0].ID)
	if len(got) != 3*len(hostile) {
		t.Fatalf("%d stored, want %d", len(got), 3*len(hostile))
	}
	for i, h := range hostile {
		checkStored(t, h.name, got[i], h.keep, h.drop)
		if h.name == "invalid UTF-8" && !strings.Contains(got[i], "\uFFFD") {
			t.Errorf("invalid UTF-8 should become U+FFFD: %q", got[i])
		}
	}
}

// TestHugePasteAndLongLine pastes 1 MB at once and a single line of
// 10,000 characters into the real program: both are stored whole, the
// screen stays within the terminal, and typing after them still answers
// quickly.
func TestHugePasteAndLongLine(t *testing.T) {
	f := newFixture(t)
	tm := start(t, termOpts{args: []string{"--data", f.path}})
	openSession(t, tm, 0)

	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		b.WriteString("Dit is zin " + strconv.Itoa(i) + " van een heel lang verslag dat iemand plakte.\n")
	}
	mega := b.String()
	long := strings.Repeat("lang", 2500) // 10,000 characters, no spaces

	for i, text := range []string{mega, long} {
		began := time.Now()
		tm.paste(text)
		tm.send(keyEnter)
		tm.waitFor(captured(i+1), 30*time.Second)
		t.Logf("%d bytes pasted and stored in %v", len(text), time.Since(began).Round(time.Millisecond))
	}
	began := time.Now()
	tm.send("en nu gewoon verder" + keyEnter)
	tm.waitFor(captured(3), 10*time.Second)
	if d := time.Since(began); d > 2*time.Second {
		t.Errorf("typing after the big entries took %v", d)
	} else {
		t.Logf("a short entry after them: %v", d.Round(time.Millisecond))
	}
	cols, rows := tm.vt.Size()
	lines := strings.Split(tm.screen(), "\n")
	if len(lines) > rows {
		t.Errorf("%d rows on a %d-row screen", len(lines), rows)
	}
	for _, l := range lines {
		if utf8.RuneCountInString(l) > cols {
			t.Errorf("a row is wider than the screen: %q", l)
		}
	}
	got := texts(t, f.path, f.sessions[0].ID)
	if len(got) != 3 || got[0] != sessions.Clean(mega) || got[1] != long {
		t.Fatalf("stored %d entries; the big ones whole: %v, %v", len(got), len(got) > 0 && got[0] == sessions.Clean(mega), len(got) > 1 && got[1] == long)
	}
}
