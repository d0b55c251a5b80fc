package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// reviewKeys are the review screen's keys. The filters have a key each,
// named after the Dutch word (b bijeenkomst, s stap, o soort, u uitkomst,
// d deelnemer); shift goes back through the values.
type reviewKeys struct {
	listKeys
	Session, Step, Kind, Outcome, Who, Back   key.Binding
	Clear, Search, Mark, All, Set, Jump, Quit key.Binding
	GroupOnly                                 key.Binding
	// while typing the search
	Done, ClearSearch key.Binding
}

func newReviewKeys(c *Context) reviewKeys {
	b := func(keys []string, h, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(h, c.T(desc)))
	}
	k := reviewKeys{
		listKeys:    newListKeys(c),
		Session:     b([]string{"b"}, "b", "review.key.session"),
		Step:        b([]string{"s"}, "s", "review.key.step"),
		Kind:        b([]string{"o"}, "o", "review.key.kind"),
		Outcome:     b([]string{"u"}, "u", "review.key.outcome"),
		Who:         b([]string{"d"}, "d", "review.key.who"),
		Back:        b([]string{"B", "S", "O", "U", "D"}, "B/S/O/U/D", "review.key.back"),
		Clear:       b([]string{"x"}, "x", "review.key.clear"),
		Search:      b([]string{"/"}, "/", "review.key.search"),
		Mark:        b([]string{"space"}, "space", "review.key.mark"),
		All:         b([]string{"*", "ctrl+a"}, "*", "review.key.all"),
		Set:         b([]string{"r", "enter"}, "r", "review.key.set"),
		Jump:        b([]string{"n"}, "n", "review.key.jump"),
		GroupOnly:   b([]string{"g"}, "g", "grouponly.key"),
		Quit:        b([]string{"esc"}, "esc", "key.back"),
		Done:        b([]string{"enter"}, "enter", "review.key.done"),
		ClearSearch: b([]string{"esc"}, "esc", "review.key.clearq"),
	}
	c.Editing(&k.Set)
	return k
}

func (s *Review) KeyMap() help.KeyMap {
	k := s.keys
	if s.searching {
		return keyMap{short: []key.Binding{k.Done, k.ClearSearch, k.Up, k.Down},
			full: [][]key.Binding{{k.Done, k.ClearSearch, k.Up, k.Down}}}
	}
	return keyMap{
		short: []key.Binding{k.Set, k.Mark, k.Outcome, k.Search, k.Jump, k.Quit},
		full: [][]key.Binding{
			{k.Set, k.Mark, k.All, k.Jump, k.GroupOnly, k.Quit},
			{k.Session, k.Step, k.Kind, k.Outcome, k.Who, k.Back, k.Clear, k.Search},
			k.bindings(),
		},
	}
}
