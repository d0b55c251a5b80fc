package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// schemaKeys are the tension schema's keys, in every mode; KeyMap shows
// only those that apply to the mode at hand.
type schemaKeys struct {
	NextPerson, PrevPerson, Up, Down, Left, Right  key.Binding
	Point, Clear, Now, Wish, Example, Save, Cancel key.Binding
	Count, More, Less, Erase                       key.Binding
	Place, Stickers, Group, Movement, Individuals  key.Binding
	ScrollUp, ScrollDown, Back                     key.Binding
	// pairs, only to show two keys as one in the short help line
	persons, dims, values key.Binding
}

func newSchemaKeys(c *Context) schemaKeys {
	b := func(keys []string, shown, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(shown, c.T(help)))
	}
	k := schemaKeys{
		NextPerson:  b([]string{"tab"}, "tab", "schema.key.person.next"),
		PrevPerson:  b([]string{"shift+tab"}, "shift+tab", "schema.key.person.prev"),
		Up:          b([]string{"up", "k"}, "↑", "schema.key.dim.prev"),
		Down:        b([]string{"down", "j"}, "↓", "schema.key.dim.next"),
		Left:        b([]string{"left", "h"}, "←", "schema.key.left"),
		Right:       b([]string{"right", "l"}, "→", "schema.key.right"),
		Point:       b([]string{"1", "2", "3", "4", "5", "6", "7"}, "1–7", "schema.key.point"),
		Clear:       b([]string{"0", "backspace", "delete", "x"}, "0/⌫", "schema.key.clear"),
		Now:         b([]string{"n"}, "n", "schema.key.now"),
		Wish:        b([]string{"w"}, "w", "schema.key.wish"),
		Example:     b([]string{"e", "enter"}, "e", "schema.key.example"),
		Save:        b([]string{"enter"}, "enter", "schema.key.save"),
		Cancel:      b([]string{"esc"}, "esc", "schema.key.cancel"),
		Count:       b([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "0–9", "schema.key.count"),
		More:        b([]string{"+", "="}, "+", "schema.key.more"),
		Less:        b([]string{"-"}, "-", "schema.key.less"),
		Erase:       b([]string{"backspace", "delete"}, "⌫", "schema.key.erase"),
		Place:       b([]string{"p"}, "p", "schema.key.place"),
		Stickers:    b([]string{"s"}, "s", "schema.key.stickers"),
		Group:       b([]string{"g"}, "g", "schema.key.group"),
		Movement:    b([]string{"m"}, "m", "schema.key.movement"),
		Individuals: b([]string{"i"}, "i", "schema.key.individuals"),
		ScrollUp:    b([]string{"pgup"}, "pgup", "schema.key.scroll.up"),
		ScrollDown:  b([]string{"pgdown"}, "pgdn", "schema.key.scroll.down"),
		Back:        b([]string{"esc"}, "esc", "key.back"),
		persons:     b([]string{"tab", "shift+tab"}, "tab", "schema.key.persons"),
		dims:        b([]string{"up", "down"}, "↑/↓", "schema.key.dims"),
		values:      b([]string{"left", "right"}, "←/→", "schema.key.values"),
	}
	c.Editing(&k.Point, &k.Clear, &k.Example, &k.Save, &k.More, &k.Less, &k.Erase)
	return k
}

// modes are the keys that switch between the four views.
func (k schemaKeys) modes() []key.Binding {
	return []key.Binding{k.Place, k.Stickers, k.Group, k.Movement}
}

// keyMap is the help for one mode: the short line first, then all. The
// short line must fit 80 cells with the root's own keys; each view hints
// at its other keys in a line of its own.
func (k schemaKeys) keyMap(m schemaMode, editing bool) help.KeyMap {
	if editing {
		return keyMap{short: []key.Binding{k.Save, k.Cancel}, full: [][]key.Binding{{k.Save, k.Cancel}}}
	}
	var short, full []key.Binding
	switch m {
	case modePlace:
		short = []key.Binding{k.persons, k.dims, k.values} // the rest is hinted on screen
		full = []key.Binding{k.NextPerson, k.PrevPerson, k.Up, k.Down, k.Left, k.Right, k.Point, k.Clear, k.Now, k.Wish, k.Example}
	case modeStickers:
		short = []key.Binding{k.dims, k.values, k.Count}
		full = []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Now, k.Wish, k.Count, k.More, k.Less, k.Erase}
	case modeGroup:
		short = []key.Binding{k.dims, k.Individuals, k.Movement}
		full = []key.Binding{k.Up, k.Down, k.Individuals, k.ScrollUp, k.ScrollDown}
	case modeMovement:
		short = []key.Binding{k.dims, k.Group, k.Place}
		full = []key.Binding{k.Up, k.Down}
	}
	return keyMap{short: short, full: [][]key.Binding{full, append(k.modes(), k.Back)}}
}
