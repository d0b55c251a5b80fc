package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Home lists the werkgroepen in the file with their progress, and offers
// back a half-typed entry from an earlier run.
type Home struct {
	ctx     *Context
	keys    homeKeys
	list    []sessions.Summary
	drafts  []sessions.Draft
	cur     cursor
	loaded  bool
	confirm bool // waiting for a yes to delete the selected werkgroep
	width   int
	height  int
}

type homeKeys struct {
	listKeys
	Open, New, Edit, Delete, Resume, Yes key.Binding
}

// NewHome builds the home screen.
func NewHome(ctx *Context) *Home {
	c := ctx
	h := &Home{ctx: ctx, keys: homeKeys{
		listKeys: newListKeys(c),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("home.key.open"))),
		New:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", c.T("home.key.new"))),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", c.T("home.key.edit"))),
		Delete:   key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", c.T("home.key.delete"))),
		Resume:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", c.T("home.key.resume"))),
		Yes:      key.NewBinding(key.WithKeys("j", "y"), key.WithHelp(c.T("key.yes.key"), c.T("key.yes"))),
	}}
	ctx.Editing(&h.keys.New, &h.keys.Edit, &h.keys.Delete, &h.keys.Resume)
	return h
}

type homeLoadedMsg struct {
	list   []sessions.Summary
	drafts []sessions.Draft
	err    error
}

func (h *Home) load() tea.Msg {
	list, err := h.ctx.Store.Werkgroepen()
	if err != nil {
		return homeLoadedMsg{err: err}
	}
	drafts, err := h.ctx.Store.Drafts()
	return homeLoadedMsg{list: list, drafts: drafts, err: err}
}

// Init loads the list, unless Preload already did.
func (h *Home) Init() tea.Cmd {
	if h.loaded {
		return nil
	}
	return h.load
}

// Preload reads the list before the first frame, so that the first frame
// already shows it: one query, a few milliseconds even on a large file,
// instead of an extra frame. main runs it beside Bubble Tea's set-up and
// has Init wait for it (firstframe.go).
func (h *Home) Preload() {
	h.Update(h.load())
}

func (h *Home) Title() string { return "werkgroep · " + h.ctx.T("home.title") }

func (h *Home) Typing() bool { return false }

func (h *Home) SetSize(w, ht int) {
	h.width, h.height = w, ht
	h.fit()
}

// fit gives the list the lines that the notice of drafts, the gaps and
// the file's line leave.
func (h *Home) fit() {
	h.cur.SetHeight(h.height - 3 - max(1, len(h.draftLines())))
}

// draftLines is the notice that text was left unstored, wrapped to three
// lines at most (a 40-column window needs them); nil when there is none.
func (h *Home) draftLines() []string {
	if len(h.drafts) == 0 {
		return nil
	}
	lines := wrap(h.ctx.T("home.draft", len(h.drafts)), max(1, h.width))
	if len(lines) > 3 {
		lines = append(lines[:2], truncate(strings.Join(lines[2:], " "), h.width))
	}
	return lines
}

func (h *Home) KeyMap() help.KeyMap {
	k := h.keys
	if h.confirm {
		return keyMap{short: []key.Binding{k.Yes}}
	}
	short := []key.Binding{k.New}
	if len(h.list) > 0 {
		short = []key.Binding{k.Open, k.New, k.Edit}
	}
	if len(h.drafts) > 0 {
		short = append(short, k.Resume)
	}
	return keyMap{short: short, full: [][]key.Binding{{k.Open, k.New, k.Edit, k.Delete, k.Resume}, k.bindings()}}
}

func (h *Home) selected() (sessions.Summary, bool) {
	if h.cur.Index < len(h.list) {
		return h.list[h.cur.Index], true
	}
	return sessions.Summary{}, false
}

func (h *Home) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		if msg.err != nil {
			return h, Fail(msg.err)
		}
		keep := selectedID(&h.cur, h.list, summaryID)
		h.list, h.drafts, h.loaded = msg.list, msg.drafts, true
		h.fit()
		keepOn(&h.cur, h.list, keep, summaryID)
	case ResumeMsg, ChangedMsg:
		return h, h.load
	case tea.KeyPressMsg:
		return h.key(msg)
	}
	return h, nil
}

func summaryID(w sessions.Summary) sessions.ID { return w.ID }

func (h *Home) key(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := h.keys
	if h.confirm {
		h.confirm = false
		if w, ok := h.selected(); ok && key.Matches(msg, k.Yes) {
			if err := h.ctx.Store.DeleteWerkgroep(w.ID); err != nil {
				return h, Fail(err)
			}
			return h, tea.Batch(h.load, Notify(h.ctx.T("home.deleted", w.Name)))
		}
		return h, Notify(h.ctx.T("home.kept"))
	}
	if k.move(msg, &h.cur) {
		return h, nil
	}
	w, ok := h.selected()
	switch {
	case key.Matches(msg, k.New):
		return h, h.ctx.Push(NewWerkgroepForm(h.ctx, nil))
	case key.Matches(msg, k.Open) && ok:
		return h, h.ctx.Push(NewWerkgroepScreen(h.ctx, w.ID))
	case key.Matches(msg, k.Edit) && ok:
		wg := w.Werkgroep
		return h, h.ctx.Push(NewWerkgroepForm(h.ctx, &wg))
	case key.Matches(msg, k.Delete) && ok:
		h.confirm = true
		return h, Notify(h.ctx.T("home.confirm.delete", w.Name))
	case key.Matches(msg, k.Resume) && len(h.drafts) > 0:
		return h, resumeDraft(h.ctx, h.drafts[len(h.drafts)-1])
	}
	return h, nil
}

func (h *Home) View() string {
	s := h.ctx.Styles
	if !h.loaded {
		return ""
	}
	var b strings.Builder
	if lines := h.draftLines(); lines != nil {
		for _, l := range lines {
			b.WriteString(s.Warn.Render(l) + "\n")
		}
		b.WriteString("\n")
	}
	if len(h.list) == 0 {
		b.WriteString(s.Title.Render(h.ctx.T("home.empty.title")) + "\n\n")
		for _, l := range wrap(h.ctx.T("home.empty.body"), min(h.width, 72)) {
			b.WriteString(l + "\n")
		}
		b.WriteString("\n" + s.Subtle.Render(dataFileLine(h.ctx, h.width)))
		return b.String()
	}
	for i := h.cur.Top; i < h.cur.Bottom(); i++ {
		w := h.list[i]
		progress := h.ctx.T("home.progress", w.SessionsDone, w.Sessions, w.OpenActions)
		line := fmt.Sprintf("%s  %s", w.Name, s.Subtle.Render(progress))
		if i == h.cur.Index {
			line = s.Selected.Render(cursorMark+w.Name) + "  " + progress
		} else {
			line = "  " + line
		}
		b.WriteString(truncate(line, h.width) + "\n")
	}
	b.WriteString("\n" + s.Subtle.Render(dataFileLine(h.ctx, h.width)))
	return b.String()
}
