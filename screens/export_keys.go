package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

type exportKeys struct {
	listKeys
	Prev, Next, Format, Path, Write, Enter, Done, Back key.Binding
}

func newExportKeys(c *Context) exportKeys {
	return exportKeys{
		listKeys: newListKeys(c),
		Prev:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", c.T("export.key.prev"))),
		Next:     key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", c.T("export.key.next"))),
		Format:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", c.T("export.key.format"))),
		Path:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.T("export.key.path"))),
		Write:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", c.T("export.key.write"))),
		Enter:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("export.key.write"))),
		Done:     key.NewBinding(key.WithKeys("tab", "esc"), key.WithHelp("tab/esc", c.T("export.key.done"))),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.back"))),
	}
}

func (e *Export) KeyMap() help.KeyMap {
	k := e.keys
	if e.Typing() {
		return keyMap{short: []key.Binding{k.Enter, k.Done}, full: [][]key.Binding{{k.Enter, k.Done}}}
	}
	return keyMap{
		short: []key.Binding{k.Prev, k.Next, k.Format, k.Path, k.Write, k.Back},
		full:  [][]key.Binding{{k.Prev, k.Next, k.Format, k.Path, k.Write, k.Back}, k.bindings()},
	}
}

func (e *Export) key(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := e.keys
	if e.preview.scroll(msg, k.listKeys) {
		return e, nil
	}
	if !key.Matches(msg, k.Write) {
		e.confirm = ""
	}
	switch {
	case key.Matches(msg, k.Back):
		return e, e.ctx.Pop()
	case !e.loaded:
		return e, nil
	case key.Matches(msg, k.Prev):
		e.choice = (e.choice + e.choices() - 1) % e.choices()
		return e, e.render()
	case key.Matches(msg, k.Next):
		e.choice = (e.choice + 1) % e.choices()
		return e, e.render()
	case key.Matches(msg, k.Format):
		e.html = !e.html
		return e, e.render()
	case key.Matches(msg, k.Path):
		e.path.CursorEnd()
		return e, e.path.Focus()
	case key.Matches(msg, k.Write):
		return e, e.write()
	}
	return e, nil
}

func (e *Export) typing(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, e.keys.Enter):
		e.path.Blur()
		return e, e.write()
	case key.Matches(msg, e.keys.Done):
		e.path.Blur()
		return e, nil
	}
	before := e.path.Value()
	var cmd tea.Cmd
	e.path, cmd = e.path.Update(msg)
	if e.path.Value() != before {
		e.edited, e.confirm = true, ""
	}
	return e, cmd
}
