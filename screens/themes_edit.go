package screens

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// key handles a key in the mode at hand.
func (s *Themes) key(msg tea.KeyPressMsg) tea.Cmd {
	switch s.mode {
	case themesName:
		return s.nameKey(msg)
	case themesMerge:
		return s.mergeKey(msg)
	case themesSources:
		return s.sourcesKey(msg)
	case themesPresent:
		return s.presentKey(msg)
	}
	k := s.keys
	cur := &s.said
	if s.pane == paneThemes {
		cur = &s.theme
	}
	if k.listKeys.move(msg, cur) {
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		return s.ctx.Pop()
	case key.Matches(msg, k.Pane):
		s.pane = 1 - s.pane
	case key.Matches(msg, k.Present):
		s.mode, s.scroll = themesPresent, 0
	case key.Matches(msg, k.Loose):
		s.loose = !s.loose
		s.clamp()
	case key.Matches(msg, k.Sources):
		s.startSources()
	case key.Matches(msg, k.Undo):
		return s.undoLast()
	case key.Matches(msg, k.New):
		s.startName(0, "")
	case key.Matches(msg, k.Rename):
		if t, ok := s.targetTheme(); ok {
			s.startName(t.ID, t.Name)
		}
	case s.pane == paneThemes:
		return s.themeKey(msg)
	case key.Matches(msg, k.Mark):
		if cs := s.shown(); s.said.Index < len(cs) {
			id := cs[s.said.Index].ID
			s.marked[id] = !s.marked[id]
			s.said.Move(1)
		}
	case key.Matches(msg, k.Into):
		n := int(msg.Code - '0')
		if n > len(s.data.themes) {
			return Notify(s.ctx.T("themes.none.n", n))
		}
		return s.put(s.data.themes[n-1].ID, s.data.themes[n-1].Name)
	case key.Matches(msg, k.Out):
		return s.put(0, "")
	}
	return nil
}

// themeKey handles the keys that act on the theme under the cursor.
func (s *Themes) themeKey(msg tea.KeyPressMsg) tea.Cmd {
	t, ok := s.selectedTheme()
	if !ok {
		return nil
	}
	switch {
	case key.Matches(msg, s.keys.Merge):
		if len(s.data.themes) < 2 {
			return Notify(s.ctx.T("themes.merge.alone"))
		}
		s.mode, s.mergeOf = themesMerge, t.ID
		return Notify(s.ctx.T("themes.merge.which", t.Name))
	case key.Matches(msg, s.keys.Remove):
		return s.change(s.ctx.T("themes.removed", t.Name), func(st sessions.Store) error { return st.DeleteTheme(t.ID) })
	}
	return nil
}

// targetTheme is the theme a key is about: the selected one in the themes
// pane, the theme of the contribution under the cursor in the other.
func (s *Themes) targetTheme() (sessions.Theme, bool) {
	if s.pane == paneThemes {
		return s.selectedTheme()
	}
	if cs := s.shown(); s.said.Index < len(cs) {
		return sessions.ThemeOf(s.data.themes, cs[s.said.Index].ID)
	}
	return sessions.Theme{}, false
}

// change stores one change to the themes, keeping how they were for undo,
// and reloads them.
func (s *Themes) change(note string, fn func(sessions.Store) error) tea.Cmd {
	before := s.snapshot()
	if err := s.ctx.Store.Batch(fn); err != nil {
		return Fail(err)
	}
	cmd := s.reload()
	s.undo = append(s.undo, themesUndo{before: before, after: s.snapshot()})
	return tea.Batch(cmd, Notify(note))
}

// themesUndo is one change of this program's to the themes: how they were
// before it and how it left them. Undo puts back the first only while the
// stored themes are still the second: over a change another program made
// since, it would silently take that change away (issue 15 point 2).
type themesUndo struct{ before, after []sessions.Theme }

// sameThemes reports whether a and b hold the same themes, names and
// members in the same order.
func sameThemes(a, b []sessions.Theme) bool {
	return slices.EqualFunc(a, b, func(x, y sessions.Theme) bool {
		return x.ID == y.ID && x.Name == y.Name && x.Position == y.Position && slices.Equal(x.Members, y.Members)
	})
}

// reload reads the themes again after a change, at once: the screen
// shows the stored state, not a guess of it.
func (s *Themes) reload() tea.Cmd {
	ts, err := s.ctx.Store.Themes(s.stepID)
	if err != nil {
		return Fail(err)
	}
	s.data.themes = ts
	s.clamp()
	return nil
}

// put puts the marked contributions (or the one under the cursor) into a
// theme, or out of every theme with theme zero.
func (s *Themes) put(theme sessions.ID, name string) tea.Cmd {
	ids := s.picked()
	if len(ids) == 0 {
		return nil
	}
	note := s.ctx.T("themes.put", len(ids), name)
	if theme == 0 {
		note = s.ctx.T("themes.taken.out", len(ids))
	}
	step := s.stepID
	cmd := s.change(note, func(st sessions.Store) error { return st.PutInTheme(step, theme, ids) })
	clear(s.marked)
	if len(ids) == 1 && !s.loose {
		s.said.Move(1) // on to the next, as on a wall of stickies
	}
	return cmd
}

func (s *Themes) undoLast() tea.Cmd {
	if len(s.undo) == 0 {
		return Notify(s.ctx.T("themes.undo.none"))
	}
	last := s.undo[len(s.undo)-1]
	now, err := s.ctx.Store.Themes(s.stepID)
	if err != nil {
		return Fail(err)
	}
	if !sameThemes(now, last.after) { // changed elsewhere since: keep theirs
		s.undo = nil
		s.data.themes = now
		s.clamp()
		return Notify(s.ctx.T("themes.undo.changed"))
	}
	if err := s.ctx.Store.RestoreThemes(s.stepID, last.before); err != nil {
		return Fail(err)
	}
	s.undo = s.undo[:len(s.undo)-1]
	return tea.Batch(s.reload(), Notify(s.ctx.T("themes.undone")))
}

// startName opens the name input for a new theme (id zero) or a rename.
func (s *Themes) startName(id sessions.ID, name string) {
	s.mode, s.naming, s.was = themesName, id, name
	s.name.SetValue(name)
	s.name.CursorEnd()
	s.name.Focus()
}

func (s *Themes) nameKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Cancel):
		s.mode = themesWork
		s.name.Blur()
		return s.dropDraft()
	case key.Matches(msg, s.keys.Save):
		return tea.Batch(s.saveName(), s.dropDraft())
	}
	var cmd tea.Cmd
	s.name, cmd = s.name.Update(msg)
	s.draftSeq++
	seq := s.draftSeq
	return tea.Batch(cmd, s.ctx.Tick(draftDelay, func(time.Time) tea.Msg { return themesDraftTickMsg{seq: seq} }))
}

// themesDraftTickMsg comes a moment after a keystroke in the name.
type themesDraftTickMsg struct{ seq int }

// saveDraft keeps the half-typed name once typing pauses, off the input
// path, so that a crash loses at most a moment of typing.
func (s *Themes) saveDraft(m themesDraftTickMsg) tea.Cmd {
	if m.seq != s.draftSeq || s.mode != themesName {
		return nil
	}
	st, d := s.ctx.Store, sessions.Draft{Key: s.draftKey(), Text: s.name.Value()}
	return func() tea.Msg {
		if err := st.SaveDraft(d); err != nil {
			return ErrorMsg{Err: err}
		}
		return nil
	}
}

// dropDraft removes the kept name once it is stored or given up.
func (s *Themes) dropDraft() tea.Cmd {
	s.draftSeq++
	st, key := s.ctx.Store, s.draftKey()
	return func() tea.Msg {
		if err := st.SaveDraft(sessions.Draft{Key: key}); err != nil {
			return ErrorMsg{Err: err}
		}
		return nil
	}
}

// saveName stores the typed name: a new theme gets the marked
// contributions at once, so "mark, n, name, enter" makes a theme.
func (s *Themes) saveName() tea.Cmd {
	name := sessions.CleanLine(s.name.Value())
	if name == "" {
		return Notify(s.ctx.T("themes.name.empty"))
	}
	for _, t := range s.data.themes {
		if t.ID != s.naming && strings.EqualFold(t.Name, name) {
			return Notify(s.ctx.T("themes.name.taken", name))
		}
	}
	s.mode = themesWork
	s.name.Blur()
	id, step := s.naming, s.stepID
	if id != 0 {
		return s.rename(sessions.Theme{ID: id, StepID: step, Name: s.was}, name)
	}
	var ids []sessions.ID
	for _, c := range s.data.said {
		if s.marked[c.ID] {
			ids = append(ids, c.ID)
		}
	}
	clear(s.marked)
	cmd := s.change(s.ctx.T("themes.made", name, len(ids)), func(st sessions.Store) error {
		t := sessions.Theme{StepID: step, Name: name}
		if err := st.SaveTheme(&t); err != nil {
			return err
		}
		return st.PutInTheme(step, t.ID, ids)
	})
	s.theme.Last()
	return cmd
}

// mergeKey chooses the theme that the merged one goes into.
func (s *Themes) mergeKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if k.listKeys.move(msg, &s.theme) {
		return nil
	}
	switch {
	case key.Matches(msg, k.Cancel):
		s.mode = themesWork
	case key.Matches(msg, k.Choose):
		into, ok := s.selectedTheme()
		from := slices.IndexFunc(s.data.themes, func(t sessions.Theme) bool { return t.ID == s.mergeOf })
		if !ok || from < 0 || into.ID == s.mergeOf {
			return Notify(s.ctx.T("themes.merge.other"))
		}
		s.mode = themesWork
		f, step := s.data.themes[from], s.stepID
		return s.change(s.ctx.T("themes.merged", f.Name, into.Name), func(st sessions.Store) error {
			if err := st.PutInTheme(step, into.ID, f.Members); err != nil {
				return err
			}
			return st.DeleteTheme(f.ID)
		})
	}
	return nil
}

// startSources lists the sessions to gather from, the chosen ones ticked.
func (s *Themes) startSources() {
	s.mode = themesSources
	s.chosen = map[sessions.ID]bool{}
	for _, id := range s.data.sources {
		s.chosen[id] = true
	}
	if len(s.chosen) == 0 {
		s.chosen[s.sessionID] = true
	}
	s.src.SetLen(len(s.data.all))
}

func (s *Themes) sourcesKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if k.listKeys.move(msg, &s.src) {
		return nil
	}
	switch {
	case key.Matches(msg, k.Cancel):
		s.mode = themesWork
	case key.Matches(msg, k.Toggle):
		if s.src.Index < len(s.data.all) {
			id := s.data.all[s.src.Index].ID
			s.chosen[id] = !s.chosen[id]
		}
	case key.Matches(msg, k.Save):
		var ids []sessions.ID
		for _, se := range s.data.all {
			if s.chosen[se.ID] {
				ids = append(ids, se.ID)
			}
		}
		if len(ids) == 0 {
			return Notify(s.ctx.T("themes.sources.none"))
		}
		if len(ids) == 1 && ids[0] == s.sessionID {
			ids = nil // its own session: the default
		}
		if err := s.ctx.Store.SetThemeSources(s.stepID, ids); err != nil {
			return Fail(err)
		}
		s.mode = themesWork
		return s.load
	}
	return nil
}

func (s *Themes) presentKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Leave):
		s.mode = themesWork
	case key.Matches(msg, s.keys.Up):
		s.scroll = max(0, s.scroll-1)
	case key.Matches(msg, s.keys.Down):
		s.scroll++ // the board stops at its last row
	}
	return nil
}

// rename gives theme t (as it was when the rename began) the name name:
// when someone else renamed or removed it meanwhile, nothing is stored
// and the person chooses (conflict_screen.go).
func (s *Themes) rename(t sessions.Theme, name string) tea.Cmd {
	before := s.snapshot()
	base := themeName{t, t.Name}
	mine := base
	mine.Name = name
	_, ok, x, cmd := s.themeRecord().saved(base, mine, true)
	switch {
	case x != nil:
		return askOver(s.ctx, x, s.Title(), func() (themeName, error) { return s.storedTheme(t.ID) },
			func(c clashChoice, th themeName) tea.Cmd {
				if c == clashEdit {
					s.startName(th.ID, th.Name)
					s.was = th.was // saved over theirs next
					return nil
				}
				return s.reload()
			})
	case !ok:
		return cmd
	}
	reload := s.reload()
	s.undo = append(s.undo, themesUndo{before: before, after: s.snapshot()})
	return tea.Batch(reload, noteOr(cmd, s.ctx.T("themes.renamed", name)))
}

// themeName is a theme being renamed as a record: the name it had when
// the rename began is its version (Store.RenameTheme).
type themeName struct {
	sessions.Theme
	was string
}

func (s *Themes) themeRecord() *record[themeName] {
	return &record[themeName]{ctx: s.ctx,
		store: func(t *themeName) error {
			var err error
			if t.ID == 0 { // removed meanwhile: mine as a new theme
				err = s.ctx.Store.SaveTheme(&t.Theme)
			} else {
				err = s.ctx.Store.RenameTheme(t.Theme, t.was)
			}
			if now, changed := sessions.Changed[sessions.Theme](err); changed {
				return &sessions.ErrChanged[themeName]{Current: themeName{now, now.Name}}
			}
			t.was = t.Name
			return err
		},
		merge: func(base, mine, theirs themeName, m sessions.Merge) (themeName, bool) {
			t, ok := sessions.MergeTheme(base.Theme, mine.Theme, theirs.Theme, m)
			return themeName{t, theirs.was}, ok
		},
		lines:  func(t themeName) []string { return []string{t.Name} },
		ref:    func(t *themeName) (*sessions.ID, *int64) { return &t.ID, nil },
		rebase: func(dst *themeName, from themeName) { dst.was = from.was },
		intro:  "conflict.theme", gone: "conflict.gone.theme"}
}

// storedTheme is theme id as stored now.
func (s *Themes) storedTheme(id sessions.ID) (themeName, error) {
	ts, err := s.ctx.Store.Themes(s.stepID)
	for _, t := range ts {
		if t.ID == id {
			return themeName{t, t.Name}, err
		}
	}
	if err == nil {
		err = sessions.ErrNotFound
	}
	return themeName{}, err
}
