package screens

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// fakeFile is the store's FileState, set by the test.
type fakeFile struct {
	readOnly bool
	damage   error
}

func (f *fakeFile) ReadOnly() bool { return f.readOnly }
func (f *fakeFile) Damage() error  { return f.damage }
func (f *fakeFile) Path() string   { return "/data/wg.db" }

type damaged struct{}

func (damaged) Error() string { return "database disk image is malformed (11)" }
func (damaged) Damaged() bool { return true }

// feed sends msgs to the root and runs the commands it returns, as the
// program loop would (timers are not run: the context's Tick does nothing).
func feed(root *Root, msgs ...tea.Msg) {
	queue := msgs
	for n := 0; len(queue) > 0 && n < 500; n++ {
		m := queue[0]
		queue = queue[1:]
		_, cmd := root.Update(m)
		queue = append(queue, results(cmd)...)
	}
}

func results(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch m := cmd().(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, results(c)...)
		}
		return out
	default:
		return []tea.Msg{m}
	}
}

// TestReadOnlyEverywhere: on a file opened read-only every screen says so
// in its header, the session opens in its list, and a key that would
// change something says "alleen lezen" in the status line and changes
// nothing; keys that only look still work.
func TestReadOnlyEverywhere(t *testing.T) {
	ctx, w := testContext(t)
	ctx.File = &fakeFile{readOnly: true}
	root := NewRoot(ctx, NewHome(ctx))
	feed(root, tea.WindowSizeMsg{Width: 100, Height: 30})
	feed(root, results(root.Init())...)
	header := func() string { return strings.SplitN(plain(root.render()), "\n", 2)[0] }
	if !strings.HasPrefix(header(), "alleen lezen · ") {
		t.Fatalf("home header %q", header())
	}
	feed(root, keyMsg("n"))
	if !strings.Contains(plain(root.render()), ctx.T("file.readonly.key")) {
		t.Errorf("n on home did not say read-only:\n%s", plain(root.render()))
	}
	feed(root, keyMsg("enter"))
	feed(root, keyMsg("enter"))
	s, ok := root.Active().(*SessionScreen)
	if !ok {
		t.Fatalf("enter, enter opened %T", root.Active())
	}
	if s.mode != modeList || s.Typing() {
		t.Errorf("the session opened in mode %d (typing %v), want its list", s.mode, s.Typing())
	}
	if !strings.HasPrefix(header(), "alleen lezen · ") {
		t.Errorf("session header %q", header())
	}
	feed(root, keyMsg("right"), keyMsg("left")) // moving takes the lead, which a read-only file cannot
	if root.status != "" {
		t.Errorf("moving between steps on a read-only file said %q", root.status)
	}
	for _, k := range []string{"i", "e", "x", "s"} {
		feed(root, keyMsg(k))
		if root.status != ctx.T("file.readonly.key") {
			t.Errorf("%s in the session did not say read-only", k)
		}
	}
	feed(root, tea.PasteMsg{Content: "geplakt"})
	feed(root, keyMsg("right")) // moving on still works
	if s.step != 1 || strings.Contains(plain(root.render()), "geplakt") {
		t.Errorf("step %d; view:\n%s", s.step, plain(root.render()))
	}
	ss, _ := ctx.Store.Sessions(w.ID)
	if cs, _ := ctx.Store.Contributions(ss[0].ID); len(cs) != 0 {
		t.Errorf("something was stored: %+v", cs)
	}
}

// TestDamageNotice: once damage is known, the frame shows a notice with
// the file and the rescue command above the status line, the screen
// gets less room, and a write refused for it is said plainly.
func TestDamageNotice(t *testing.T) {
	ctx, _ := testContext(t)
	f := &fakeFile{}
	ctx.File = f
	root := NewRoot(ctx, NewHome(ctx))
	feed(root, tea.WindowSizeMsg{Width: 80, Height: 24})
	_, before := root.bodySize()
	f.damage = damaged{}
	feed(root, FileCheckedMsg{Err: f.damage})
	view := plain(root.render())
	if !strings.Contains(strings.ReplaceAll(view, "\n", " "), "werkgroep backup --data /data/wg.db --out /data/wg-gered.db") {
		t.Errorf("no rescue command in the notice:\n%s", view)
	}
	if _, after := root.bodySize(); after >= before {
		t.Errorf("body height %d after the notice, %d before", after, before)
	}
	feed(root, ErrorMsg{Err: fmtErr(damaged{})})
	view = plain(root.render())
	if !strings.Contains(view, say(ctx, "file.damaged.refused")) || strings.Contains(view, "malformed") {
		t.Errorf("the refused write is not said plainly:\n%s", view)
	}
	if lines := strings.Split(view, "\n"); len(lines) != 24 {
		t.Errorf("%d lines, want 24", len(lines))
	}
}

func fmtErr(err error) error { return errors.Join(errors.New("add contribution"), err) }

// say is the start of a catalog text, up to its first verb.
func say(ctx *Context, key string) string {
	s := ctx.T(key)
	if i := strings.IndexByte(s, '%'); i >= 0 {
		s = s[:i]
	}
	return s[:min(len(s), 40)]
}

// TestReadOnlyThemesAndVotes: on a file opened read-only the themes and
// voting screens offer no key that would change the file, so the root
// answers those keys with "alleen lezen" (issue 11 point 4).
func TestReadOnlyThemesAndVotes(t *testing.T) {
	for _, ro := range []bool{false, true} {
		ctx, _ := testContext(t)
		ctx.File = &fakeFile{readOnly: ro}
		tk, vk := newThemesKeys(ctx), newVotesKeys(ctx)
		for name, b := range map[string]bool{
			"themes n": tk.New.Enabled(), "themes 1-9": tk.Into.Enabled(), "themes m": tk.Merge.Enabled(),
			"themes u": tk.Undo.Enabled(), "votes +": vk.More.Enabled(), "votes n": vk.Add.Enabled(),
			"votes 0-9 stickers": vk.Count.Enabled(), "votes ]": vk.MoreDots.Enabled(),
		} {
			if b == ro {
				t.Errorf("read-only %v: %s enabled %v", ro, name, b)
			}
		}
		if !tk.Present.Enabled() || !vk.Results.Enabled() {
			t.Errorf("read-only %v: looking (f5, results) should stay possible", ro)
		}
	}
}
