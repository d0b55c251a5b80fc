package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// sessionKeys are the keys of the session screen. Capture keys work while
// typing, so they use ctrl or alt; list keys are single letters.
type sessionKeys struct {
	listKeys
	// while typing
	Store, Attribute, CycleKind, NextStep, PrevStep, Timer, Present, Leave, Newline key.Binding
	Kinds                                                                           []key.Binding
	// in the list
	Type, Edit, Delete, Undo, Move, Attrib, Next, Prev, ToggleTimer, Show key.Binding
	Status, Actions, People, Export, OpenSchema, Back, SetKind, Outcome   key.Binding
	GroupOnly                                                             key.Binding
	// presenting
	StopPresenting key.Binding
}

func newSessionKeys(c *Context) sessionKeys {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, c.T(desc)))
	}
	k := sessionKeys{
		listKeys:  newListKeys(c),
		Store:     b([]string{"enter"}, "enter", "session.key.store"),
		Attribute: b([]string{"tab"}, "tab", "session.key.who"),
		CycleKind: b([]string{"ctrl+t"}, "ctrl+t", "session.key.kind"),
		NextStep:  b([]string{"ctrl+n", "pgdown"}, "ctrl+n", "session.key.next"),
		PrevStep:  b([]string{"ctrl+p", "pgup"}, "ctrl+p", "session.key.prev"),
		Timer:     b([]string{"ctrl+s"}, "ctrl+s", "session.key.timer"),
		Present:   b([]string{"f5", "ctrl+o"}, "f5", "session.key.present"),
		Leave:     b([]string{"esc"}, "esc", "session.key.leave"),
		Newline:   b([]string{"alt+enter", "ctrl+j"}, "alt+enter", "session.key.newline"),

		Type:        b([]string{"i", "/", "enter"}, "i", "session.key.type"),
		Edit:        b([]string{"e"}, "e", "session.key.edit"),
		Delete:      b([]string{"x", "delete"}, "x", "session.key.delete"),
		Undo:        b([]string{"u"}, "u", "session.key.undo"),
		Move:        b([]string{"m"}, "m", "session.key.move"),
		Attrib:      b([]string{"w", "tab"}, "w", "session.key.who"),
		SetKind:     b([]string{"1", "2", "3", "4", "5", "6"}, "1-6", "session.key.setkind"),
		Next:        b([]string{"right", "l", "n"}, "→", "session.key.next"),
		Prev:        b([]string{"left", "h", "p"}, "←", "session.key.prev"),
		ToggleTimer: b([]string{"t", "space"}, "t", "session.key.timer"),
		Show:        b([]string{"v", "f5"}, "v", "session.key.present"),
		Status:      b([]string{"s"}, "s", "session.key.status"),
		Actions:     b([]string{"b"}, "b", "session.key.actions"),
		People:      b([]string{"a"}, "a", "session.key.people"),
		Export:      b([]string{"E"}, "E", "session.key.export"),
		OpenSchema:  b([]string{"o"}, "o", "session.key.schema"),
		Back:        b([]string{"esc"}, "esc", "key.back"),
		Outcome:     b([]string{"r"}, "r", "session.key.outcome"),
		GroupOnly:   b([]string{"g"}, "g", "grouponly.key"),

		StopPresenting: b([]string{"esc", "v", "f5", "q"}, "esc", "session.key.unpresent"),
	}
	for i := range 6 {
		d := string(rune('1' + i))
		k.Kinds = append(k.Kinds, key.NewBinding(key.WithKeys("alt+"+d), key.WithHelp("alt+"+d, c.T("kind."+string(rune('0'+i))))))
	}
	c.Editing(&k.Type, &k.Edit, &k.Delete, &k.Undo, &k.Move, &k.Attrib, &k.SetKind, &k.ToggleTimer, &k.Status, &k.Outcome)
	return k
}

func (s *SessionScreen) KeyMap() help.KeyMap {
	k := s.keys
	switch {
	case s.picker != nil:
		return keyMap{short: s.picker.bindings(), full: [][]key.Binding{s.picker.bindings()}}
	case s.mode == modePresent:
		return keyMap{short: []key.Binding{k.StopPresenting, k.Next, k.Prev}, full: [][]key.Binding{{k.StopPresenting, k.Next, k.Prev, k.Up, k.Down}}}
	case s.mode == modeCapture:
		short := []key.Binding{k.Store, k.Attribute, k.CycleKind, k.NextStep, k.Timer, k.Present, k.Leave}
		return keyMap{short: short, full: [][]key.Binding{
			{k.Store, k.Attribute, k.CycleKind, k.NextStep, k.PrevStep, k.Timer, k.Present, k.Leave},
			k.Kinds,
			{k.Newline},
		}}
	}
	short := []key.Binding{k.Type, k.Edit, k.Next, k.ToggleTimer, k.Show, k.Back}
	full := [][]key.Binding{
		{k.Type, k.Edit, k.Delete, k.Undo, k.Move, k.Attrib, k.SetKind, k.Outcome, k.GroupOnly},
		{k.Next, k.Prev, k.ToggleTimer, k.Show, k.Status, k.OpenSchema},
		{k.Actions, k.People, k.Export, k.Back},
		k.bindings(),
	}
	return keyMap{short: short, full: full}
}
