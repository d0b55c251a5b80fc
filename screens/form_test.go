package screens

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
)

// formScreen shows a bare formHost as a screen, so that the test helpers
// can drive it.
type formScreen struct {
	host *formHost
	out  formOutcome
}

func (f *formScreen) Init() tea.Cmd { return f.host.init() }
func (f *formScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	out, cmd := f.host.update(msg)
	if out != formBusy {
		f.out = out
	}
	return f, cmd
}
func (f *formScreen) View() string        { return f.host.view() }
func (f *formScreen) SetSize(w, h int)    { f.host.setSize(w, h) }
func (f *formScreen) KeyMap() help.KeyMap { return f.host.keyMap() }
func (f *formScreen) Typing() bool        { return true }
func (f *formScreen) Title() string       { return "form" }
func (f *formScreen) helpKeys() string    { return helpText(f.host.keyMap()) }

// helpText is the short help as "key desc" pairs.
func helpText(km help.KeyMap) string {
	var out []string
	for _, b := range km.ShortHelp() {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(out, " · ")
}

// testForm is a form of a line, a choice and a text, with a page between
// the first two that shows only when the choice is "other".
type testForm struct {
	formScreen
	line, choice, text, other string
}

func newTestForm(t *testing.T) (*testForm, *Context) {
	t.Helper()
	ctx, _ := testContext(t)
	f := &testForm{choice: "a"}
	f.host = newPagedForm(ctx,
		formPage{fields: []huh.Field{
			huh.NewInput().Title("Line").Value(&f.line).Validate(requiredText("line needed")),
			huh.NewSelect[string]().Title("Choice").Value(&f.choice).
				Options(huh.NewOption("a", "a"), huh.NewOption("other", "other")),
		}},
		formPage{fields: []huh.Field{huh.NewInput().Title("Other").Value(&f.other)},
			hide: func() bool { return f.choice != "other" }},
		formPage{fields: []huh.Field{huh.NewText().Title("Text").Value(&f.text)}},
	).titled("Heading")
	setupOpen(t, &f.formScreen, 60, 20)
	return f, ctx
}

func TestFormHelpFollowsTheFocusedField(t *testing.T) {
	f, ctx := newTestForm(t)
	k := newFormKeys(ctx)
	want := func(step string, bindings ...key.Binding) {
		t.Helper()
		if got, w := f.helpKeys(), helpText(keyMap{short: bindings}); got != w {
			t.Errorf("%s: help %q, want %q", step, got, w)
		}
	}
	want("line", k.Next, k.Prev, k.Cancel)
	paste(t, &f.formScreen, "iets")
	press(t, &f.formScreen, "enter")
	want("choice", k.Choose, k.Next, k.Prev, k.Cancel)
	press(t, &f.formScreen, "enter")
	want("text, the last field", k.Save, k.NewLine, k.Prev, k.Cancel)
}

func TestFormShowsTheProblemOnItsOwnLine(t *testing.T) {
	f, _ := newTestForm(t)
	press(t, &f.formScreen, "enter")
	lines := strings.Split(plain(f.View()), "\n")
	if len(lines) < 3 || lines[0] != "Heading" || lines[1] != "! line needed" {
		t.Fatalf("want the heading, then the problem:\n%s", strings.Join(lines, "\n"))
	}
	if f.out != formBusy {
		t.Error("an empty required line let the form go on")
	}
}

func TestFormCleansPasteAndKeepsTheSpaceBetweenWords(t *testing.T) {
	f, _ := newTestForm(t)
	paste(t, &f.formScreen, "Buurthuis\x1b[31m")
	paste(t, &f.formScreen, "\r\n De Pijp\x00")
	if f.line != "Buurthuis De Pijp" {
		t.Errorf("line %q", f.line)
	}
}

func TestFormEscCancels(t *testing.T) {
	f, _ := newTestForm(t)
	press(t, &f.formScreen, "esc")
	if f.out != formCancelled {
		t.Errorf("esc gave %v", f.out)
	}
}

func TestFormSubmitsAfterTheLastField(t *testing.T) {
	f, _ := newTestForm(t)
	paste(t, &f.formScreen, "iets")
	press(t, &f.formScreen, "enter", "enter")
	paste(t, &f.formScreen, "tekst")
	press(t, &f.formScreen, "enter")
	if f.out != formSubmitted || f.text != "tekst" {
		t.Errorf("outcome %v, text %q", f.out, f.text)
	}
}

func TestFormFitsAfterAResize(t *testing.T) {
	f, _ := newTestForm(t)
	for _, sz := range [][2]int{{80, 24}, {30, 8}, {12, 4}, {1, 1}} {
		f.SetSize(sz[0], sz[1])
		lines := strings.Split(f.View(), "\n")
		if len(lines) > sz[1] {
			t.Errorf("%d×%d: %d lines", sz[0], sz[1], len(lines))
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > sz[0] {
				t.Errorf("%d×%d: line %q too wide", sz[0], sz[1], plain(l))
			}
		}
	}
}

func TestCleanKeepSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "",
		"woord":                  "woord",
		" en nog\t":              " en nog ",
		"\r\n De Pijp\x00":       " De Pijp",
		"Buurthuis\x1b[31m":      "Buurthuis",
		"\n":                     "\n",
		"\r":                     "\n",
		" ":                      " ",
		"\x1b[31m":               "",
		"  twee  spaties  ":      " twee  spaties ",
		"a\r\nb":                 "a\nb",
		"\x1b]0;titel\x07 kleur": "kleur",
	} {
		if got := cleanKeepSpace(in); got != want {
			t.Errorf("cleanKeepSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDatesAsPeopleWriteThem(t *testing.T) {
	ctx, _ := testContext(t) // today is 2026-11-22
	for in, want := range map[string]string{
		"": "", "2026-12-01": "2026-12-01", "1-12-2026": "2026-12-01", "01/12/2026": "2026-12-01",
		"1-12": "2026-12-01", "vandaag": "2026-11-22", "Today": "2026-11-22", "morgen": "2026-11-23",
	} {
		if got, ok := normalDate(ctx, in); !ok || got != want {
			t.Errorf("%q: %q %v, want %q", in, got, ok, want)
		}
	}
	for _, bad := range []string{"32-13-2026", "morgenvroeg", "2026-02-30", "abc"} {
		if _, ok := normalDate(ctx, bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
}

// Keys that follow an Enter before Bubble Tea has run anything else (a
// fast typist, a busy machine) go to the field the Enter moved to, also
// across a page: huh's moves are settled in the update of the key itself
// (form_settle.go).
func TestFormKeysAfterEnterGoToTheNextField(t *testing.T) {
	ctx, _ := testContext(t)
	var name, theme, lead string
	f := &formScreen{host: newPagedForm(ctx,
		formPage{fields: []huh.Field{
			huh.NewInput().Title("Naam").Value(&name),
			huh.NewInput().Title("Thema").Value(&theme),
		}},
		formPage{fields: []huh.Field{huh.NewInput().Title("Trekkers").Value(&lead)}},
	)}
	setupOpen(t, f, 60, 20)
	// the keys go straight in, none of the commands they return is run
	for _, k := range []string{"V", "i", "s", "enter", "S", "a", "enter", "F", "e"} {
		f.Update(keyMsg(k))
	}
	f.Update(keyMsg("enter"))
	if name != "Vis" || theme != "Sa" || lead != "Fe" {
		t.Fatalf("name %q, theme %q, leads %q; want \"Vis\", \"Sa\", \"Fe\"", name, theme, lead)
	}
	if f.out != formSubmitted {
		t.Errorf("Enter on the last field gave %v, want the form submitted", f.out)
	}
}
