package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// votesKeys are the keys of a voting step; keyMap shows those that apply.
type votesKeys struct {
	listKeys
	NextVoter, PrevVoter, More, Less, Set, Clear key.Binding
	Stickers, Count, Uncount, Add, Remove        key.Binding
	MoreDots, LessDots, Names, Results, Present  key.Binding
	Back, Leave                                  key.Binding
}

func newVotesKeys(c *Context) votesKeys {
	b := binder(c)
	k := votesKeys{
		listKeys:  newListKeys(c),
		NextVoter: b([]string{"tab"}, "tab", "votes.key.voter.next"),
		PrevVoter: b([]string{"shift+tab"}, "shift+tab", "votes.key.voter.prev"),
		More:      b([]string{"+", "=", "right", "l"}, "+/→", "votes.key.more"),
		Less:      b([]string{"-", "left", "h"}, "-/←", "votes.key.less"),
		Set:       b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "votes.key.set"),
		Clear:     b([]string{"0", "backspace", "delete"}, "0", "votes.key.clear"),
		Stickers:  b([]string{"s"}, "s", "votes.key.stickers"),
		Count:     b([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "0-9", "votes.key.count"),
		Uncount:   b([]string{"backspace", "delete"}, "⌫", "votes.key.uncount"),
		Add:       b([]string{"n"}, "n", "votes.key.add"),
		Remove:    b([]string{"x"}, "x", "votes.key.remove"),
		MoreDots:  b([]string{"]"}, "]", "votes.key.dots.more"),
		LessDots:  b([]string{"["}, "[", "votes.key.dots.less"),
		Names:     b([]string{"w"}, "w", "votes.key.names"),
		Results:   b([]string{"r"}, "r", "votes.key.results"),
		Present:   b([]string{"f5", "v"}, "f5", "session.key.present"),
		Back:      b([]string{"esc"}, "esc", "key.back"),
		Leave:     b([]string{"esc", "f5", "v", "q"}, "esc", "session.key.unpresent"),
	}
	// a file opened read-only: these would change it (file.go)
	c.Editing(&k.More, &k.Less, &k.Set, &k.Clear, &k.Count, &k.Uncount, &k.Add, &k.Remove, &k.MoreDots, &k.LessDots, &k.Names)
	return k
}

func (k votesKeys) keyMap(m votesMode) help.KeyMap {
	switch m {
	case votesPresent:
		return keyMap{short: []key.Binding{k.Leave}, full: [][]key.Binding{{k.Leave}}}
	case votesStickers:
		short := []key.Binding{k.Count, k.More, k.Less, k.Uncount, k.Stickers, k.Back}
		return keyMap{short: short, full: [][]key.Binding{{k.Up, k.Down, k.Count, k.More, k.Less, k.Uncount}, {k.Stickers, k.Results, k.Present, k.Back}}}
	case votesResults:
		return keyMap{short: []key.Binding{k.Results, k.Present, k.Back}, full: [][]key.Binding{{k.Results, k.Present, k.Back}}}
	}
	short := []key.Binding{k.NextVoter, k.More, k.Less, k.Set, k.Add, k.Results, k.Back}
	return keyMap{short: short, full: [][]key.Binding{
		{k.NextVoter, k.PrevVoter, k.Up, k.Down, k.More, k.Less, k.Set, k.Clear},
		{k.Add, k.Remove, k.Stickers, k.MoreDots, k.LessDots, k.Names},
		{k.Results, k.Present, k.Back},
	}}
}
