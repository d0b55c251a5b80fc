package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Actions shows the decisions and actions of one session, in two parts
// that tab switches between, and (key o) the actions of earlier sessions
// that are still open. Decisions and actions are added, edited and
// deleted here; space moves an action to its next status at once.
type Actions struct {
	ctx                *Context
	keys               actionsKeys
	werkgroep, session sessions.ID
	current            sessions.Session
	decisions          []sessions.Decision
	decCur             cursor
	mine, earlier      actionList
	earlierIDs         map[sessions.ID]bool // shown once, kept while their status changes
	people             []sessions.Participant
	focus              actionsPart
	confirm            bool          // waiting for a yes to delete the selected item
	guard              approvalGuard // a change to approved minutes asks first (session_approved.go)
	wantDecision       sessions.ID   // select this one after the next load
	wantAction         sessions.ID
	decForm            *decisionForm
	actForm            *actionForm
	clash              *actionsClash // changed elsewhere meanwhile: the person chooses (actions_clash.go)
	loaded             bool
	width, height      int
}

type actionsPart int

const (
	partDecisions actionsPart = iota
	partActions
	partEarlier // the second view, key o
)

type actionsKeys struct {
	listKeys
	Switch, Add, Edit, Delete, Cycle, Earlier, Current, Back, Yes key.Binding
}

func newActionsKeys(c *Context) actionsKeys {
	k := actionsKeys{
		listKeys: newListKeys(c),
		Switch:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.T("actions.key.switch"))),
		Add:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", c.T("actions.key.add"))),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", c.T("actions.key.edit"))),
		Delete:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", c.T("actions.key.delete"))),
		Cycle:    key.NewBinding(key.WithKeys("space"), key.WithHelp(c.T("actions.key.space"), c.T("actions.key.cycle"))),
		Earlier:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", c.T("actions.key.earlier"))),
		Current:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", c.T("actions.key.current"))),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.back"))),
		Yes:      key.NewBinding(key.WithKeys("j", "y"), key.WithHelp(c.T("key.yes.key"), c.T("key.yes"))),
	}
	c.Editing(&k.Add, &k.Edit, &k.Delete, &k.Cycle)
	return k
}

// NewActions builds the decisions-and-actions screen of a session.
func NewActions(ctx *Context, werkgroep, session sessions.ID) Screen {
	a := &Actions{ctx: ctx, keys: newActionsKeys(ctx), werkgroep: werkgroep, session: session,
		earlierIDs: map[sessions.ID]bool{}, focus: partDecisions}
	a.earlier.origin = true
	return a
}

type actionsLoadedMsg struct {
	current   sessions.Session
	all       []sessions.Session
	decisions []sessions.Decision
	actions   []sessions.Action
	people    []sessions.Participant
	err       error
}

func (a *Actions) load() tea.Msg {
	var m actionsLoadedMsg
	st := a.ctx.Store
	if m.current, m.err = st.Session(a.session); m.err != nil {
		return m
	}
	if m.all, m.err = st.Sessions(a.werkgroep); m.err != nil {
		return m
	}
	if m.decisions, m.err = st.Decisions(a.session); m.err != nil {
		return m
	}
	if m.actions, m.err = st.Actions(a.werkgroep); m.err != nil {
		return m
	}
	m.people, m.err = st.Participants(a.werkgroep)
	return m
}

func (a *Actions) apply(m actionsLoadedMsg) {
	// a reload keeps each cursor on its record, unless a new one is wanted
	if a.wantDecision == 0 {
		a.wantDecision = selectedID(&a.decCur, a.decisions, decisionID)
	}
	keepMine, keepEarlier := a.wantAction, a.wantAction
	if a.wantAction == 0 {
		keepMine = selectedID(&a.mine.cur, a.mine.items, actionID)
		keepEarlier = selectedID(&a.earlier.cur, a.earlier.items, actionID)
	}
	a.current, a.decisions, a.people, a.loaded = m.current, m.decisions, m.people, true
	numbers := map[sessions.ID]int{}
	for _, se := range m.all {
		numbers[se.ID] = se.Number
	}
	names := map[sessions.ID]string{}
	for _, p := range m.people {
		names[p.ID] = sessions.CleanLine(p.Name)
	}
	var mine []sessions.Action
	for _, x := range m.actions {
		if x.SessionID == a.session {
			mine = append(mine, x)
		}
	}
	earlier := earlierOpen(m.actions, numbers, a.current.Number, a.earlierIDs)
	for _, l := range []*actionList{&a.mine, &a.earlier} {
		l.names, l.numbers = names, numbers
	}
	a.mine.set(mine)
	a.earlier.set(earlier)
	a.layout()
	keepOn(&a.decCur, a.decisions, a.wantDecision, decisionID)
	keepOn(&a.mine.cur, a.mine.items, keepMine, actionID)
	keepOn(&a.earlier.cur, a.earlier.items, keepEarlier, actionID)
	a.wantDecision, a.wantAction = 0, 0
}

func decisionID(d sessions.Decision) sessions.ID { return d.ID }
func actionID(x sessions.Action) sessions.ID     { return x.ID }

func (a *Actions) Init() tea.Cmd { return a.load }

func (a *Actions) Title() string {
	if !a.loaded {
		return a.ctx.T("actions.title.plain")
	}
	return a.ctx.T("actions.title", a.current.Number)
}

func (a *Actions) Typing() bool { return a.form() != nil || a.clash != nil }

// form is the open form, if any.
func (a *Actions) form() *formHost {
	switch {
	case a.decForm != nil:
		return a.decForm.formHost
	case a.actForm != nil:
		return a.actForm.formHost
	}
	return nil
}

func (a *Actions) SetSize(w, h int) {
	a.width, a.height = w, h
	if f := a.form(); f != nil {
		f.setSize(w, h)
	}
	a.layout()
}

func (a *Actions) KeyMap() help.KeyMap {
	k := a.keys
	if a.clash != nil {
		return a.clash.keyMap()
	}
	if f := a.form(); f != nil {
		return f.keyMap()
	}
	if a.confirm {
		return keyMap{short: []key.Binding{k.Yes}}
	}
	var short []key.Binding
	switch a.focus {
	case partDecisions:
		short = []key.Binding{k.Add, k.Edit, k.Delete, k.Switch, k.Earlier, k.Back}
	case partActions:
		short = []key.Binding{k.Add, k.Cycle, k.Edit, k.Delete, k.Switch, k.Earlier, k.Back}
	case partEarlier:
		short = []key.Binding{k.Cycle, k.Edit, k.Delete, k.Current, k.Back}
	}
	full := [][]key.Binding{{k.Add, k.Edit, k.Delete, k.Cycle}, {k.Switch, k.Earlier, k.Back}, k.bindings()}
	if a.focus == partEarlier {
		full[1] = []key.Binding{k.Current, k.Back}
	}
	return keyMap{short: short, full: full}
}

func (a *Actions) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case actionsLoadedMsg:
		if msg.err != nil {
			return a, Fail(msg.err)
		}
		a.apply(msg)
		a.refreshClash()
		return a, nil
	case ResumeMsg, ChangedMsg: // an open form keeps its text
		return a, a.load
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && a.clash != nil {
		return a.clashKey(k)
	}
	if a.form() != nil {
		return a.updateForm(msg)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return a.key(k)
	}
	return a, nil
}
