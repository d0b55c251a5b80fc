package screens

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// listKeys move a cursor; every list screen embeds them in its key map.
type listKeys struct {
	Up, Down, PageUp, PageDown, First, Last key.Binding
}

func newListKeys(c *Context) listKeys {
	return listKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", c.T("key.up"))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", c.T("key.down"))),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", c.T("key.pageup"))),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", c.T("key.pagedown"))),
		First:    key.NewBinding(key.WithKeys("home"), key.WithHelp("home", c.T("key.first"))),
		Last:     key.NewBinding(key.WithKeys("end"), key.WithHelp("end", c.T("key.last"))),
	}
}

// move applies a list key to cur and reports whether msg was one.
func (k listKeys) move(msg tea.KeyPressMsg, cur *cursor) bool {
	switch {
	case key.Matches(msg, k.Up):
		cur.Move(-1)
	case key.Matches(msg, k.Down):
		cur.Move(1)
	case key.Matches(msg, k.PageUp):
		cur.Move(-cur.Height)
	case key.Matches(msg, k.PageDown):
		cur.Move(cur.Height)
	case key.Matches(msg, k.First):
		cur.To(0)
	case key.Matches(msg, k.Last):
		cur.Last()
	default:
		return false
	}
	return true
}

func (k listKeys) bindings() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.First, k.Last}
}

// keyMap adapts short and full binding lists to help.KeyMap.
type keyMap struct {
	short []key.Binding
	full  [][]key.Binding
}

func (k keyMap) ShortHelp() []key.Binding  { return k.short }
func (k keyMap) FullHelp() [][]key.Binding { return k.full }
