package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// outcomeKeys are the outcome form's keys. The four outcomes have a key
// each: 1–4 while the choice has the focus, alt+1–4 while typing the note,
// like the kinds in the session screen.
type outcomeKeys struct {
	Pick, PickTyping, Up, Down, Switch, Enter, Save, Cancel key.Binding
}

func newOutcomeKeys(c *Context) outcomeKeys {
	return outcomeKeys{
		Pick:       key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", c.T("oc.key.pick"))),
		PickTyping: key.NewBinding(key.WithKeys("alt+1", "alt+2", "alt+3", "alt+4"), key.WithHelp("alt+1-4", c.T("oc.key.pick.typing"))),
		Up:         key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", c.T("key.up"))),
		Down:       key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", c.T("key.down"))),
		Switch:     key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", c.T("oc.key.switch"))),
		Enter:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("oc.key.enter"))),
		Save:       key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", c.T("oc.key.save"))),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("oc.key.cancel"))),
	}
}

func (f *OutcomeForm) KeyMap() help.KeyMap {
	if f.clash != nil {
		return f.clash.keyMap()
	}
	k := f.keys
	pick := k.Pick
	if f.focus == focusNote {
		pick = k.PickTyping
	}
	enter := k.Enter
	if f.focus == focusNote && f.pick < 0 {
		enter.SetHelp("enter", f.ctx.T("oc.key.save"))
	} else if f.focus == focusNote {
		enter.SetHelp("enter", f.ctx.T("oc.key.take"))
	}
	return keyMap{
		short: []key.Binding{pick, enter, k.Switch, k.Cancel},
		full:  [][]key.Binding{{k.Pick, k.PickTyping, k.Up, k.Down}, {k.Switch, enter, k.Save, k.Cancel}},
	}
}
