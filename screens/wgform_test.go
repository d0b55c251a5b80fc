package screens

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"werkgroep/sessions"
)

// setupOpen sizes s and runs its Init, as the root does on a push.
func setupOpen(t *testing.T, s Screen, w, h int) Screen {
	t.Helper()
	lastNav = nil
	s.SetSize(w, h)
	var cmd tea.Cmd
	if init := s.Init(); init != nil {
		s, cmd = s.Update(init())
		s = runCmd(t, s, cmd, 0)
	}
	return s
}

// paste sends text as one paste, as a terminal does.
func paste(t *testing.T, s Screen, text string) Screen {
	t.Helper()
	return drive(t, s, tea.PasteMsg{Content: text})
}

// clearField empties the focused one-line input.
func clearField(t *testing.T, s Screen) Screen {
	t.Helper()
	return press(t, s, "end", "ctrl+u")
}

// setupFits renders s at w×h and fails when a line is wider than w.
func setupFits(t *testing.T, s Screen, w, h int) string {
	t.Helper()
	out := render(s, w, h)
	for i, l := range strings.Split(out, "\n") {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%d×%d: line %d is %d wide: %q", w, h, i+1, n, l)
		}
	}
	return out
}

// sawNav reports whether drive saw a message of the same type as want.
func sawNav[T any]() bool {
	for _, m := range lastNav {
		if _, ok := m.(T); ok {
			return true
		}
	}
	return false
}

func TestWerkgroepFormCreatesFromTheVisionTemplate(t *testing.T) {
	ctx, _ := testContext(t)
	s := setupOpen(t, NewWerkgroepForm(ctx, nil), 80, 21)
	if !s.Typing() {
		t.Fatal("the form should have the keys, so that q is typed")
	}
	s = paste(t, s, "Buurt")
	s = typeText(t, s, " q")
	s = press(t, s, "enter")
	s = paste(t, s, "Zeggenschap\x1b[31m in\tde buurt")
	s = press(t, s, "enter")
	s = paste(t, s, "Elsje en Martin")
	press(t, s, "enter", "enter", "enter", "enter")

	list, err := ctx.Store.Werkgroepen()
	if err != nil || len(list) != 2 {
		t.Fatalf("want 2 werkgroepen, got %d (%v)", len(list), err)
	}
	w := list[1]
	if w.Name != "Buurt q" || w.Theme != "Zeggenschap in de buurt" || w.Trekkers != "Elsje en Martin" {
		t.Errorf("stored %+v", w.Werkgroep)
	}
	if w.Lang != sessions.Dutch || w.Template != sessions.VisionTemplate || w.Sessions != 4 || w.Order != sessions.SpokenOrder {
		t.Errorf("want a Dutch werkgroep with the four sessions, got %+v", w)
	}
	if !sawNav[PopMsg]() || !sawNav[StatusMsg]() {
		t.Errorf("want a pop and a notice, saw %v", lastNav)
	}
}

func TestWerkgroepFormEmptyTemplateInEnglish(t *testing.T) {
	ctx, _ := testContext(t)
	s := setupOpen(t, NewWerkgroepForm(ctx, nil), 80, 21)
	s = paste(t, s, "Small group")
	press(t, s, "enter", "enter", "enter", "down", "enter", "enter", "down", "enter")

	list, _ := ctx.Store.Werkgroepen()
	if len(list) != 2 {
		t.Fatalf("want a second werkgroep, got %d", len(list))
	}
	w := list[1]
	if w.Lang != sessions.English || w.Template != emptyTemplateName {
		t.Errorf("want English and the empty template, got %q %q", w.Lang, w.Template)
	}
	ses, err := ctx.Store.Sessions(w.ID)
	if err != nil || len(ses) != 1 {
		t.Fatalf("want one session, got %d (%v)", len(ses), err)
	}
	st := ses[0].Steps
	if len(st) != 2 || st[0].Kind != sessions.StepOpening || st[1].Kind != sessions.StepClosing {
		t.Fatalf("want an opening and a closing, got %+v", st)
	}
	if st[0].Title != "Welcome and check-in" || ses[0].Title != "First session" {
		t.Errorf("want English content, got %q / %q", ses[0].Title, st[0].Title)
	}
}

func TestWerkgroepFormNeedsAName(t *testing.T) {
	ctx, _ := testContext(t)
	s := setupOpen(t, NewWerkgroepForm(ctx, nil), 80, 21)
	s = paste(t, s, "   ")
	s = press(t, s, "enter", "enter", "enter", "enter", "enter", "enter")
	if list, _ := ctx.Store.Werkgroepen(); len(list) != 1 {
		t.Fatalf("a werkgroep without a name was stored")
	}
	if out := plain(s.View()); !strings.Contains(out, ctx.T("wgform.required")) {
		t.Errorf("want the message %q, got\n%s", ctx.T("wgform.required"), out)
	}
}

func TestWerkgroepFormEditKeepsTheSteps(t *testing.T) {
	ctx, w := testContext(t)
	before, _ := ctx.Store.Sessions(w.ID)
	s := setupOpen(t, NewWerkgroepForm(ctx, &w), 80, 21)
	if strings.Contains(plain(s.View()), ctx.T("wgform.template")) {
		t.Error("editing should not offer a template")
	}
	s = clearField(t, s)
	s = paste(t, s, "Nieuwe naam")
	press(t, s, "enter", "enter", "enter", "down", "enter", "enter")

	got, err := ctx.Store.Werkgroep(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Nieuwe naam" || got.Lang != sessions.English || got.Theme != w.Theme {
		t.Errorf("stored %+v", got)
	}
	after, _ := ctx.Store.Sessions(w.ID)
	if after[0].Steps[0].Title != before[0].Steps[0].Title {
		t.Errorf("a new language rewrote the steps: %q", after[0].Steps[0].Title)
	}
	if !sawNav[PopMsg]() {
		t.Error("want a pop after saving")
	}
}

// The order of the minutes is chosen in the form and remembered: the
// form opens on the stored choice, and saving another stores that.
func TestWerkgroepFormChoosesTheOrderOfTheMinutes(t *testing.T) {
	ctx, w := testContext(t)
	s := setupOpen(t, NewWerkgroepForm(ctx, &w), 80, 24)
	s = press(t, s, "enter", "enter", "enter", "enter")
	if out := plain(s.View()); !strings.Contains(out, ctx.T("wgform.order")) || !strings.Contains(out, ctx.T("wgform.order.kind")) {
		t.Fatalf("the form should offer the order of the minutes:\n%s", out)
	}
	press(t, s, "down", "enter")
	got, _ := ctx.Store.Werkgroep(w.ID)
	if got.Order != sessions.ByKind {
		t.Fatalf("stored order %q, want by kind", got.Order)
	}

	s = setupOpen(t, NewWerkgroepForm(ctx, &got), 80, 24)
	press(t, s, "enter", "enter", "enter", "enter", "enter") // change nothing
	got, _ = ctx.Store.Werkgroep(w.ID)
	if got.Order != sessions.ByKind {
		t.Fatalf("saving the form unchanged made the order %q", got.Order)
	}
}

func TestWerkgroepFormEscCancels(t *testing.T) {
	ctx, _ := testContext(t)
	s := setupOpen(t, NewWerkgroepForm(ctx, nil), 80, 21)
	s = paste(t, s, "Half")
	press(t, s, "esc")
	if !sawNav[PopMsg]() {
		t.Error("esc should go back")
	}
	if list, _ := ctx.Store.Werkgroepen(); len(list) != 1 {
		t.Error("esc stored a werkgroep")
	}
}

func TestWerkgroepFormFits(t *testing.T) {
	ctx, w := testContext(t)
	for _, s := range []Screen{NewWerkgroepForm(ctx, nil), NewWerkgroepForm(ctx, &w)} {
		s = setupOpen(t, s, 80, 24)
		s = press(t, s, "enter", "enter", "enter")
		setupFits(t, s, 80, 24)
		out := setupFits(t, s, 40, 12)
		if !strings.Contains(out, "┃") {
			t.Errorf("the focused field should be in view at 40×12:\n%s", out)
		}
	}
}

// rootDrive sends msg to the root and feeds it what its commands return,
// as the program loop does; it reports whether the program quit.
func rootDrive(t *testing.T, r *Root, msg tea.Msg) (quit bool) {
	t.Helper()
	queue := []tea.Msg{msg}
	for len(queue) > 0 && len(queue) < 100 {
		m := queue[0]
		queue = queue[1:]
		if _, ok := m.(tea.QuitMsg); ok {
			return true
		}
		_, cmd := r.Update(m)
		queue = append(queue, runQuick(cmd)...)
	}
	return false
}

// runQuick runs cmd and the batches in it, leaving out what waits (ticks).
func runQuick(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case m := <-done:
		if b, ok := m.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, runQuick(c)...)
			}
			return out
		}
		if m == nil {
			return nil
		}
		return []tea.Msg{m}
	case <-time.After(200 * time.Millisecond):
		return nil
	}
}

func TestWerkgroepFormFromHomeThroughTheRoot(t *testing.T) {
	ctx, _ := testContext(t)
	r := NewRoot(ctx, NewHome(ctx))
	rootDrive(t, r, tea.WindowSizeMsg{Width: 80, Height: 24})
	rootDrive(t, r, r.Init()())
	rootDrive(t, r, keyMsg("n"))
	if _, ok := r.Active().(*WerkgroepForm); !ok {
		t.Fatalf("n should open the form, got %T", r.Active())
	}
	for _, k := range []string{"q", "?"} {
		if rootDrive(t, r, keyMsg(k)) {
			t.Fatalf("%s in the name field quit the program", k)
		}
	}
	rootDrive(t, r, tea.PasteMsg{Content: " uit de buurt"})
	for range 6 { // name, theme, trekkers, language, order, template
		rootDrive(t, r, keyMsg("enter"))
	}
	if _, ok := r.Active().(*Home); !ok {
		t.Fatalf("after saving the home screen should be back, got %T", r.Active())
	}
	list, _ := ctx.Store.Werkgroepen()
	if len(list) != 2 || list[1].Name != "q? uit de buurt" {
		t.Fatalf("stored %+v", list)
	}
	if out := plain(r.View().Content); !strings.Contains(out, "q? uit de buurt") || !strings.Contains(out, "is gemaakt") {
		t.Errorf("home should list it and say it was made:\n%s", out)
	}
}
