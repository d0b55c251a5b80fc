package screens

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Agenda is the agenda of one session: its steps in order, each with its
// kind and timebox. The facilitator adds, edits, skips, removes and
// reorders steps here, and names the session itself.
type Agenda struct {
	ctx       *Context
	keys      agendaKeys
	werkgroep sessions.ID
	wg        sessions.Werkgroep
	want      sessions.ID // the session asked for; 0 is the first
	sess      sessionSwitch
	cur       cursor
	loaded    bool
	form      *stepForm          // adding or editing a step
	clash     *stepClash         // changed elsewhere meanwhile: the person chooses (agenda_changed.go)
	sessForm  *agendaSessionForm // editing the session's title and purpose
	removing  *stepRemoval       // waiting for a yes
	width     int
	height    int
}

type agendaKeys struct {
	listKeys
	Add, Edit, Skip, Remove, MoveUp, MoveDown key.Binding
	PrevSession, NextSession, EditSession     key.Binding
	Back, Yes                                 key.Binding
}

func newAgendaKeys(c *Context) agendaKeys {
	k := agendaKeys{
		listKeys:    newListKeys(c),
		Add:         key.NewBinding(key.WithKeys("a"), key.WithHelp("a", c.T("agenda.key.add"))),
		Edit:        key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", c.T("agenda.key.edit"))),
		Skip:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", c.T("agenda.key.skip"))),
		Remove:      key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", c.T("agenda.key.remove"))),
		MoveUp:      key.NewBinding(key.WithKeys("K", "alt+up"), key.WithHelp("K", c.T("agenda.key.moveup"))),
		MoveDown:    key.NewBinding(key.WithKeys("J", "alt+down"), key.WithHelp("J", c.T("agenda.key.movedown"))),
		PrevSession: key.NewBinding(key.WithKeys("left", "shift+tab"), key.WithHelp("←", c.T("agenda.key.session"))),
		NextSession: key.NewBinding(key.WithKeys("right", "tab"), key.WithHelp("←/→", c.T("agenda.key.session"))),
		EditSession: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", c.T("agenda.key.sessionedit"))),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.back"))),
		Yes:         key.NewBinding(key.WithKeys("j", "y"), key.WithHelp(c.T("key.yes.key"), c.T("key.yes"))),
	}
	c.Editing(&k.Add, &k.Edit, &k.Skip, &k.Remove, &k.MoveUp, &k.MoveDown, &k.EditSession)
	return k
}

// NewAgenda shows the agenda of session (0: the first) of werkgroep.
func NewAgenda(ctx *Context, werkgroep, session sessions.ID) Screen {
	return &Agenda{ctx: ctx, keys: newAgendaKeys(ctx), werkgroep: werkgroep, want: session}
}

type agendaLoadedMsg struct {
	werkgroep sessions.ID
	wg        sessions.Werkgroep
	sessions  []sessions.Session
	err       error
}

func (a *Agenda) load() tea.Msg {
	msg := agendaLoadedMsg{werkgroep: a.werkgroep}
	msg.wg, msg.err = a.ctx.Store.Werkgroep(a.werkgroep)
	if msg.err == nil {
		msg.sessions, msg.err = a.ctx.Store.Sessions(a.werkgroep)
	}
	return msg
}

// reload reads the agenda again at once, after a change, so that the
// next key acts on what is stored.
func (a *Agenda) reload() tea.Cmd {
	return a.take(a.load().(agendaLoadedMsg))
}

func (a *Agenda) take(m agendaLoadedMsg) tea.Cmd {
	if m.werkgroep != a.werkgroep {
		return nil
	}
	if m.err != nil {
		return Fail(m.err)
	}
	var keep sessions.ID
	if st, ok := a.selected(); ok {
		keep = st.ID
	}
	a.wg, a.loaded = m.wg, true
	a.sess.set(m.sessions, a.want)
	a.layout()
	if keep != 0 {
		a.selectID(keep)
	}
	a.clash.refresh(slices.Values(a.steps()))
	return nil
}

func (a *Agenda) Init() tea.Cmd { return a.load }

func (a *Agenda) Title() string {
	switch {
	case a.form != nil:
		return a.form.heading(a.ctx)
	case a.sessForm != nil:
		return a.ctx.T("agenda.session.form", a.sessForm.orig.Number)
	}
	return a.ctx.T("agenda.title", a.wg.Name)
}

func (a *Agenda) Typing() bool { return a.form != nil || a.sessForm != nil || a.clash != nil }

func (a *Agenda) SetSize(w, h int) {
	a.width, a.height = w, h
	a.layout()
	if a.form != nil {
		a.form.host.setSize(w, h)
	}
	if a.sessForm != nil {
		a.sessForm.host.setSize(w, h)
	}
}

func (a *Agenda) KeyMap() help.KeyMap {
	k := a.keys
	switch {
	case a.clash != nil:
		return a.clash.keyMap()
	case a.form != nil:
		return a.form.host.keyMap()
	case a.sessForm != nil:
		return a.sessForm.host.keyMap()
	case a.removing != nil:
		return keyMap{short: []key.Binding{k.Yes}}
	}
	// the footer has room for about four keys besides ? and q; the rest
	// is under ? (and ←/→ is named in the heading)
	short := []key.Binding{k.Add, k.EditSession, k.Back}
	if len(a.steps()) > 0 {
		short = []key.Binding{k.Add, k.Edit, k.Skip, k.Remove}
	}
	return keyMap{short: short, full: [][]key.Binding{
		{k.Add, k.Edit, k.Skip, k.Remove, k.MoveUp, k.MoveDown},
		{k.NextSession, k.EditSession, k.Back},
		k.bindings(),
	}}
}

// steps is the agenda of the session shown.
func (a *Agenda) steps() []sessions.Step {
	se, _ := a.sess.current()
	return se.Steps
}

func (a *Agenda) selected() (sessions.Step, bool) {
	st := a.steps()
	if a.cur.Index < len(st) {
		return st[a.cur.Index], true
	}
	return sessions.Step{}, false
}

// selectID puts the cursor on step id, when it is on the agenda shown.
func (a *Agenda) selectID(id sessions.ID) {
	for i, st := range a.steps() {
		if st.ID == id {
			a.cur.To(i)
		}
	}
}

func (a *Agenda) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case agendaLoadedMsg:
		return a, a.take(msg)
	case ResumeMsg:
		if a.form == nil && a.sessForm == nil {
			return a, a.load
		}
	case ChangedMsg: // an open form keeps its text; the list behind it follows
		return a, a.load
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && a.clash != nil {
		return a, a.clashKey(k)
	}
	switch {
	case a.form != nil:
		return a, a.updateStepForm(msg)
	case a.sessForm != nil:
		return a, a.updateSessionForm(msg)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if a.removing != nil {
			return a, a.removeKey(k)
		}
		return a.key(k)
	}
	return a, nil
}

func (a *Agenda) key(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := a.keys
	if key.Matches(msg, k.Back) {
		return a, a.ctx.Pop()
	}
	// the moves come first: K and J must not reach the list's k and j
	switch {
	case !a.loaded:
		return a, nil
	case key.Matches(msg, k.MoveUp):
		return a, a.move(-1)
	case key.Matches(msg, k.MoveDown):
		return a, a.move(1)
	case key.Matches(msg, k.PrevSession), key.Matches(msg, k.NextSession):
		delta := 1
		if key.Matches(msg, k.PrevSession) {
			delta = -1
		}
		if a.sess.move(delta) {
			se, _ := a.sess.current()
			a.want = se.ID
			a.cur.To(0)
			a.layout()
		}
		return a, nil
	}
	if k.move(msg, &a.cur) {
		return a, nil
	}
	st, ok := a.selected()
	_, hasSession := a.sess.current()
	switch {
	case key.Matches(msg, k.Add) && hasSession:
		return a, a.openStepForm(sessions.Step{Kind: sessions.StepActivity})
	case key.Matches(msg, k.Edit) && ok:
		return a, a.openStepForm(st)
	case key.Matches(msg, k.EditSession) && hasSession:
		return a, a.openSessionForm()
	case key.Matches(msg, k.Skip) && ok:
		mine := st
		mine.Skipped = !st.Skipped
		stored, merged := a.saveStep(st, mine)
		if !stored {
			return a, merged
		}
		note := "agenda.skip.off"
		if mine.Skipped {
			note = "agenda.skip.on"
		}
		return a, tea.Batch(a.reload(), noteOr(merged, a.ctx.T(note, st.Title)))
	case key.Matches(msg, k.Remove) && ok:
		return a, a.startRemoval(st)
	}
	return a, nil
}

// move swaps the selected step with its neighbour; the cursor follows it.
func (a *Agenda) move(delta int) tea.Cmd {
	st, ok := a.selected()
	if !ok {
		return nil
	}
	if err := a.ctx.Store.MoveStep(st.ID, delta); err != nil {
		return Fail(err)
	}
	cmd := a.reload()
	a.selectID(st.ID)
	return cmd
}
