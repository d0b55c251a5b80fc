package screens

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// The projector's keys (f6 blank, f7 hold, f8 the schema) work in the
// leading program's session screen (session_room.go) and in the screens
// a facilitator opens from it on a step: the themes and the votes, where
// blanking or holding the projector while the votes come in matters
// most. roomControl is those keys for a screen of one step.

// setProjector makes the projector show p, or the step again when it
// shows p already. A program that does not lead says so and changes
// nothing; when nobody leads, or the lead's program has ended, it takes
// the lead. here is the lead as the screen stands, given the lead when
// this program has it. It returns the lead written, if it wrote one.
func setProjector(c *Context, werkgroep sessions.ID, p sessions.Projector, keyName string,
	here func(p sessions.Projector, mine *sessions.Lead) sessions.Lead) (sessions.Lead, bool, tea.Cmd) {
	if c.cannotWrite() {
		return sessions.Lead{}, false, Notify(c.T("file.readonly.key"))
	}
	l, err := c.Store.Lead(werkgroep)
	var mine *sessions.Lead
	switch {
	case errors.Is(err, sessions.ErrNotFound):
	case err != nil:
		return sessions.Lead{}, false, Fail(err)
	case l.Program != c.Program && !l.Ended:
		return sessions.Lead{}, false, Notify(c.T("room.beamer.notlead"))
	case l.Program == c.Program:
		mine = &l
	}
	if mine != nil && mine.Projector == p {
		p = sessions.ProjectNormal
	}
	next := here(p, mine)
	if err := c.Store.SetLead(next); err != nil {
		return sessions.Lead{}, false, Fail(err)
	}
	if p == sessions.ProjectNormal {
		return next, true, Notify(c.T("room.beamer.normal"))
	}
	return next, true, Notify(c.T("room.beamer."+string(p), keyName))
}

// projectorState is the words for what the projector shows when it is
// not the step, with the key that brings the step back; empty for the
// step itself.
func projectorState(c *Context, p sessions.Projector, blank, hold, schema key.Binding) string {
	switch p {
	case sessions.ProjectBlank:
		return c.T("room.state.blank", blank.Help().Key)
	case sessions.ProjectHold:
		return c.T("room.state.hold", hold.Help().Key)
	case sessions.ProjectSchema:
		return c.T("room.state.schema", schema.Help().Key)
	}
	return ""
}

// roomControl is the projector's keys on the screen of one step.
type roomControl struct {
	ctx                      *Context
	werkgroep, session, step sessions.ID
	elapsed                  func() time.Duration // the step's time as stored, for a lead taken here
	Blank, Hold, Schema      key.Binding
	shows                    sessions.Projector // while this program leads; empty when it does not
}

// roomControlMsg is the lead as a roomControl read it.
type roomControlMsg struct {
	to   *roomControl
	lead sessions.Lead
	has  bool
}

func newRoomControl(c *Context, werkgroep, session, step sessions.ID, elapsed func() time.Duration) *roomControl {
	b := binder(c)
	r := &roomControl{ctx: c, werkgroep: werkgroep, session: session, step: step, elapsed: elapsed,
		Blank: b([]string{"f6"}, "f6", "room.key.blank"), Hold: b([]string{"f7"}, "f7", "room.key.hold"),
		Schema: b([]string{"f8"}, "f8", "room.key.schema")}
	c.Editing(&r.Blank, &r.Hold, &r.Schema)
	return r
}

// read is a command that reads who leads.
func (r *roomControl) read() tea.Msg {
	l, err := r.ctx.Store.Lead(r.werkgroep)
	if err != nil && !errors.Is(err, sessions.ErrNotFound) {
		return ErrorMsg{Err: err}
	}
	return roomControlMsg{to: r, lead: l, has: err == nil}
}

// take is what read found.
func (r *roomControl) take(m roomControlMsg) {
	r.shows = ""
	if m.has && m.lead.Program == r.ctx.Program {
		r.shows = m.lead.Projector
	}
}

// key carries out one of the projector's keys; ok is false for any other.
func (r *roomControl) key(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	var p sessions.Projector
	var b key.Binding
	switch {
	case key.Matches(msg, r.Blank):
		p, b = sessions.ProjectBlank, r.Blank
	case key.Matches(msg, r.Hold):
		p, b = sessions.ProjectHold, r.Hold
	case key.Matches(msg, r.Schema):
		p, b = sessions.ProjectSchema, r.Schema
	default:
		return nil, false
	}
	here := func(p sessions.Projector, mine *sessions.Lead) sessions.Lead {
		if mine != nil {
			l := *mine
			l.Projector = p
			return l
		}
		return sessions.Lead{WerkgroepID: r.werkgroep, SessionID: r.session, StepID: r.step, Since: r.ctx.Now(),
			Program: r.ctx.Program, Elapsed: r.elapsed(), Projector: p}
	}
	l, wrote, cmd := setProjector(r.ctx, r.werkgroep, p, b.Help().Key, here)
	if wrote {
		r.shows = l.Projector
	}
	return cmd, true
}

// line is what the projector shows, in words, when it is not the step.
func (r *roomControl) line() string { return projectorState(r.ctx, r.shows, r.Blank, r.Hold, r.Schema) }

// keyMap adds the projector's keys to a screen's: in the footer before
// its last key, and in the full help under near.
func (r *roomControl) keyMap(km help.KeyMap, near key.Binding) help.KeyMap {
	hint := key.NewBinding(key.WithKeys("f6", "f7", "f8"), key.WithHelp("f6-f8", r.ctx.T("room.key.hint")))
	r.ctx.Editing(&hint)
	return withRoomKeys(km, []key.Binding{hint}, []key.Binding{r.Blank, r.Hold, r.Schema}, near)
}

// withRoomKeys puts short in km's footer before its last key (the way
// back), and full in its full help at the end of the column holding near
// (a column of their own would be cut off beside the others).
func withRoomKeys(km help.KeyMap, short, full []key.Binding, near key.Binding) help.KeyMap {
	s := km.ShortHelp()
	if n := len(s); n > 0 {
		s = append(append(s[:n-1:n-1], short...), s[n-1])
	} else {
		s = short
	}
	cols := km.FullHelp()
	out := make([][]key.Binding, len(cols), max(1, len(cols)))
	at := 0
	for i, col := range cols {
		out[i] = col
		for _, b := range col {
			if b.Help() == near.Help() {
				at = i
			}
		}
	}
	if len(out) == 0 {
		out = append(out, nil)
	}
	out[at] = append(append([]key.Binding{}, out[at]...), full...)
	return keyMap{short: s, full: out}
}
