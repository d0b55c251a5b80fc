package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// themesKeys are the keys of a themes step; keyMap shows those that apply.
type themesKeys struct {
	listKeys
	Pane, Mark, Into, Out, New, Rename, Merge, Remove, Undo key.Binding
	Loose, Sources, Present, Back                           key.Binding
	Save, Cancel, Choose, Toggle, Leave                     key.Binding
}

func newThemesKeys(c *Context) themesKeys {
	b := binder(c)
	k := themesKeys{
		listKeys: newListKeys(c),
		Pane:     b([]string{"tab"}, "tab", "themes.key.pane"),
		Mark:     b([]string{"space"}, "space", "themes.key.mark"),
		Into:     b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "themes.key.into"),
		Out:      b([]string{"0"}, "0", "themes.key.out"),
		New:      b([]string{"n"}, "n", "themes.key.new"),
		Rename:   b([]string{"r"}, "r", "themes.key.rename"),
		Merge:    b([]string{"m"}, "m", "themes.key.merge"),
		Remove:   b([]string{"x", "delete"}, "x", "themes.key.remove"),
		Undo:     b([]string{"u"}, "u", "themes.key.undo"),
		Loose:    b([]string{"f"}, "f", "themes.key.loose"),
		Sources:  b([]string{"b"}, "b", "themes.key.sources"),
		Present:  b([]string{"f5", "v"}, "f5", "session.key.present"),
		Back:     b([]string{"esc"}, "esc", "key.back"),
		Save:     b([]string{"enter"}, "enter", "themes.key.save"),
		Cancel:   b([]string{"esc"}, "esc", "themes.key.cancel"),
		Choose:   b([]string{"enter"}, "enter", "themes.key.choose"),
		Toggle:   b([]string{"space"}, "space", "themes.key.toggle"),
		Leave:    b([]string{"esc", "f5", "v", "q"}, "esc", "session.key.unpresent"),
	}
	// a file opened read-only: these would change it (file.go)
	c.Editing(&k.Into, &k.Out, &k.New, &k.Rename, &k.Merge, &k.Remove, &k.Undo, &k.Sources)
	return k
}

func (k themesKeys) keyMap(m themesMode, p themesPane) help.KeyMap {
	switch m {
	case themesName:
		return keyMap{short: []key.Binding{k.Save, k.Cancel}, full: [][]key.Binding{{k.Save, k.Cancel}}}
	case themesMerge:
		return keyMap{short: []key.Binding{k.Up, k.Down, k.Choose, k.Cancel}, full: [][]key.Binding{{k.Up, k.Down, k.Choose, k.Cancel}}}
	case themesSources:
		return keyMap{short: []key.Binding{k.Toggle, k.Save, k.Cancel}, full: [][]key.Binding{{k.Up, k.Down, k.Toggle, k.Save, k.Cancel}}}
	case themesPresent:
		return keyMap{short: []key.Binding{k.Leave, k.Up, k.Down}, full: [][]key.Binding{{k.Leave, k.Up, k.Down}}}
	}
	if p == paneThemes {
		short := []key.Binding{k.Pane, k.New, k.Rename, k.Merge, k.Remove, k.Undo, k.Back}
		return keyMap{short: short, full: [][]key.Binding{
			{k.Pane, k.New, k.Rename, k.Merge, k.Remove, k.Undo},
			{k.Loose, k.Sources, k.Present, k.Back},
			k.bindings(),
		}}
	}
	short := []key.Binding{k.Mark, k.Into, k.Out, k.New, k.Pane, k.Undo, k.Back}
	return keyMap{short: short, full: [][]key.Binding{
		{k.Mark, k.Into, k.Out, k.New, k.Rename, k.Undo},
		{k.Pane, k.Loose, k.Sources, k.Present, k.Back},
		k.bindings(),
	}}
}
