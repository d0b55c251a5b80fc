package screens

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The session screen's parts (typing, the list, the projector) each have
// their own keys; the actions they share (step, clock, projector) are one
// sharedKey each, so help names them once and alike in every part. While
// typing only their ctrl and function keys act (the letters are typed);
// the list pages with pgup and pgdown.

// sharedKey is one shared action: the same help in every part, the keys
// that work in each.
type sharedKey struct {
	typing, list, present key.Binding
}

func (k sharedKey) in(m sessionMode) key.Binding {
	switch m {
	case modeCapture:
		return k.typing
	case modePresent:
		return k.present
	}
	return k.list
}

type sharedKeys struct {
	NextStep, PrevStep, Clock, Projector sharedKey
	// The room (session_room.go): what werkgroep present shows, set from
	// the leading program, and whether this one follows the lead. Function
	// keys, so that they work alike while typing.
	Blank, Hold, Schema, Follow sharedKey
	// Phones (phones.go): open or close the session to phones, and confirm
	// the name a phone gave. Function keys while typing and on the
	// projector, so that the letters stay text; in the list also T and B.
	Phones, ConfirmPhone sharedKey
	// RoomHint names the projector's three keys at once in the footer.
	RoomHint key.Binding
}

func newSharedKeys(c *Context) sharedKeys {
	shared := func(helpKey, desc string, typing, list, present []string) sharedKey {
		b := func(keys []string) key.Binding {
			return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, c.T(desc)))
		}
		return sharedKey{typing: b(typing), list: b(list), present: b(present)}
	}
	b := binder(c)
	k := sharedKeys{
		NextStep: shared("ctrl+n", "session.key.next",
			[]string{"ctrl+n", "pgdown"}, []string{"ctrl+n", "right", "l", "n"}, []string{"ctrl+n", "pgdown", "right", "l", "n"}),
		PrevStep: shared("ctrl+p", "session.key.prev",
			[]string{"ctrl+p", "pgup"}, []string{"ctrl+p", "left", "h", "p"}, []string{"ctrl+p", "pgup", "left", "h", "p"}),
		Clock: shared("ctrl+s", "session.key.timer",
			[]string{"ctrl+s"}, []string{"ctrl+s", "t", "space"}, []string{"ctrl+s", "t", "space"}),
		Projector: shared("f5", "session.key.present",
			[]string{"f5", "ctrl+o"}, []string{"f5", "ctrl+o", "v"}, []string{"f5", "ctrl+o", "v"}),
	}
	room := func(keys, desc string) sharedKey {
		return shared(keys, desc, []string{keys}, []string{keys}, []string{keys})
	}
	k.Blank = room("f6", "room.key.blank")
	k.Hold = room("f7", "room.key.hold")
	k.Schema = room("f8", "room.key.schema")
	k.Follow = room("f9", "room.key.follow")
	k.Phones = sharedKey{
		typing:  b([]string{"f3"}, "f3", "phones.key.toggle"),
		list:    b([]string{"T", "f3"}, "T/f3", "phones.key.toggle"),
		present: b([]string{"f3"}, "f3", "phones.key.toggle"),
	}
	k.ConfirmPhone = sharedKey{
		typing:  b([]string{"f4"}, "f4", "phones.key.confirm"),
		list:    b([]string{"B", "f4"}, "B/f4", "phones.key.confirm"),
		present: b([]string{"f4"}, "f4", "phones.key.confirm"),
	}
	k.RoomHint = key.NewBinding(key.WithKeys("f6", "f7", "f8"), key.WithHelp("f6-f8", c.T("room.key.hint")))
	c.Editing(&k.Clock.typing, &k.Clock.list, &k.Clock.present)
	c.Editing(&k.Blank.typing, &k.Blank.list, &k.Blank.present, &k.Hold.typing, &k.Hold.list, &k.Hold.present,
		&k.Schema.typing, &k.Schema.list, &k.Schema.present, &k.RoomHint)
	return k
}

// sharedAction is what a shared key asks of the screen.
type sharedAction int

const (
	noShared sharedAction = iota
	sharedNext
	sharedPrev
	sharedClock
	sharedProjector
	sharedBlank
	sharedHold
	sharedSchema
	sharedFollow
	sharedPhones
	sharedConfirmPhone
)

// match is the shared action msg asks for in part m, if any.
func (k sharedKeys) match(msg tea.KeyPressMsg, m sessionMode) sharedAction {
	switch {
	case key.Matches(msg, k.NextStep.in(m)):
		return sharedNext
	case key.Matches(msg, k.PrevStep.in(m)):
		return sharedPrev
	case key.Matches(msg, k.Clock.in(m)):
		return sharedClock
	case key.Matches(msg, k.Projector.in(m)):
		return sharedProjector
	case key.Matches(msg, k.Blank.in(m)):
		return sharedBlank
	case key.Matches(msg, k.Hold.in(m)):
		return sharedHold
	case key.Matches(msg, k.Schema.in(m)):
		return sharedSchema
	case key.Matches(msg, k.Follow.in(m)):
		return sharedFollow
	case key.Matches(msg, k.Phones.in(m)):
		return sharedPhones
	case key.Matches(msg, k.ConfirmPhone.in(m)):
		return sharedConfirmPhone
	}
	return noShared
}

// bindings are the shared keys as part m shows them in its help.
func (k sharedKeys) bindings(m sessionMode) []key.Binding {
	return []key.Binding{k.NextStep.in(m), k.PrevStep.in(m), k.Clock.in(m), k.Projector.in(m)}
}

// roomBindings are the room's keys as part m shows them in its full help.
func (k sharedKeys) roomBindings(m sessionMode) []key.Binding {
	return []key.Binding{k.Blank.in(m), k.Hold.in(m), k.Schema.in(m), k.Follow.in(m), k.Phones.in(m), k.ConfirmPhone.in(m)}
}

// binder makes bindings with their help in the chrome's language.
func binder(c *Context) func(keys []string, helpKey, desc string) key.Binding {
	return func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, c.T(desc)))
	}
}
