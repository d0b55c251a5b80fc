package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// LookBack opens a session that has an earlier one (the terugblik): the
// actions of earlier sessions that are still open, each changeable on the
// spot, and the previous session's minutes, to correct and to approve
// (vaststellen). Enter or esc goes on to the session.
type LookBack struct {
	ctx                *Context
	keys               lookBackKeys
	werkgroep, session sessions.ID
	current            sessions.Session
	prev               sessions.Session // zero ID when this is the first session
	actions            actionList
	seen               map[sessions.ID]bool // shown once, kept while their status changes
	people             []sessions.Participant
	minutes            minutesPreview
	focus              lookBackPart
	confirm            bool // waiting for a yes to withdraw the approval
	form               *actionForm
	editOf             sessions.Session // the session of the action in the form
	guard              approvalGuard    // approved minutes ask first (session_approved.go)
	loaded             bool
	width, height      int
}

type lookBackPart int

const (
	partOpenActions lookBackPart = iota
	partMinutes
)

type lookBackKeys struct {
	listKeys
	Switch, Cycle, Edit, Approve, Unapprove, Correct, Continue, Yes key.Binding
}

func newLookBackKeys(c *Context) lookBackKeys {
	k := lookBackKeys{
		listKeys:  newListKeys(c),
		Switch:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.T("lookback.key.switch"))),
		Cycle:     key.NewBinding(key.WithKeys("space"), key.WithHelp(c.T("actions.key.space"), c.T("actions.key.cycle"))),
		Edit:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", c.T("actions.key.edit"))),
		Approve:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", c.T("lookback.key.approve"))),
		Unapprove: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", c.T("lookback.key.unapprove"))),
		Correct:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", c.T("lookback.key.correct"))),
		Continue:  key.NewBinding(key.WithKeys("enter", "esc"), key.WithHelp("enter/esc", c.T("lookback.key.continue"))),
		Yes:       key.NewBinding(key.WithKeys("j", "y"), key.WithHelp(c.T("key.yes.key"), c.T("key.yes"))),
	}
	c.Editing(&k.Cycle, &k.Edit, &k.Approve, &k.Unapprove, &k.Correct)
	return k
}

// NewLookBack builds the look-back shown when session starts.
func NewLookBack(ctx *Context, werkgroep, session sessions.ID) Screen {
	l := &LookBack{ctx: ctx, keys: newLookBackKeys(ctx), werkgroep: werkgroep, session: session,
		seen: map[sessions.ID]bool{}}
	l.actions.origin = true
	return l
}

func (l *LookBack) Init() tea.Cmd { return l.load }

func (l *LookBack) Title() string {
	if !l.loaded {
		return l.ctx.T("lookback.title.plain")
	}
	return l.ctx.T("lookback.title", l.current.Number)
}

func (l *LookBack) Typing() bool { return l.form != nil }

func (l *LookBack) SetSize(w, h int) {
	l.width, l.height = w, h
	if l.form != nil {
		l.form.setSize(w, h)
	}
	l.layout()
}

func (l *LookBack) approved() bool { return l.prev.ApprovedOn != "" }

func (l *LookBack) KeyMap() help.KeyMap {
	k := l.keys
	if l.form != nil {
		return l.form.keyMap()
	}
	if l.confirm {
		return keyMap{short: []key.Binding{k.Yes}}
	}
	approve := k.Approve
	if l.approved() && l.prev.ChangedOn == "" {
		approve = k.Unapprove
	}
	// The footer is cut at its width: the keys this screen is for first.
	var short []key.Binding
	if l.prev.ID != 0 {
		short = append(short, approve)
	}
	short = append(short, k.Continue)
	if l.focus == partOpenActions && len(l.actions.items) > 0 {
		short = append(short, k.Cycle, k.Edit)
	}
	if l.prev.ID != 0 {
		short = append(short, k.Correct, k.Switch)
	}
	full := [][]key.Binding{{k.Cycle, k.Edit}, {approve, k.Correct}, {k.Switch, k.Continue}, k.bindings()}
	return keyMap{short: short, full: full}
}

func (l *LookBack) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case lookBackLoadedMsg:
		if msg.err != nil {
			return l, Fail(msg.err)
		}
		l.apply(msg)
		return l, nil
	case ResumeMsg, ChangedMsg: // an open form keeps its text
		return l, l.load
	}
	if l.form != nil {
		return l.updateForm(msg)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return l.key(k)
	}
	return l, nil
}

func (l *LookBack) key(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := l.keys
	l.guard.next() // only the key right after the question confirms
	if l.confirm {
		l.confirm = false
		if key.Matches(msg, k.Yes) {
			return l, l.setApproval("")
		}
		return l, Notify(l.ctx.T("lookback.still.approved"))
	}
	if l.focus == partMinutes && l.minutes.scroll(msg, k.listKeys) {
		return l, nil
	}
	if l.focus == partOpenActions && k.move(msg, &l.actions.cur) {
		return l, nil
	}
	switch {
	case key.Matches(msg, k.Continue):
		return l, l.ctx.Pop()
	case key.Matches(msg, k.Switch) && l.prev.ID != 0:
		if l.focus == partOpenActions {
			l.focus = partMinutes
		} else {
			l.focus = partOpenActions
		}
	case key.Matches(msg, k.Cycle) && l.focus == partOpenActions:
		a, err := l.actions.cycle(l.ctx)
		if err != nil {
			return l, Fail(err)
		}
		if a.ID != 0 {
			return l, Notify(l.ctx.T("actions.status.now", shortText(a.What), actionWord(l.ctx, a.Status)))
		}
	case key.Matches(msg, k.Edit) && l.focus == partOpenActions:
		if a, ok := l.actions.selected(); ok {
			// an action of approved minutes: ask first, as everywhere
			se, err := l.ctx.Store.Session(a.SessionID)
			if err != nil {
				return l, Fail(err)
			}
			if ok, cmd := l.guard.mayChange(l.ctx, &se, msg); !ok {
				return l, cmd
			}
			l.editOf = se
			var cmd tea.Cmd
			l.form, cmd = actionFormFor(l.ctx, l.werkgroep, a, l.people)
			l.form.setSize(l.width, l.height)
			return l, tea.Batch(l.form.init(), cmd)
		}
	case key.Matches(msg, k.Approve) && l.prev.ID != 0:
		if l.approved() && l.prev.ChangedOn != "" {
			// changed after approval: the group has seen it, and approves again
			return l, l.setApproval(l.approvalDate())
		}
		if l.approved() {
			l.confirm = true
			return l, Notify(l.ctx.T("lookback.confirm.unapprove", l.prev.Number, l.prev.ApprovedOn))
		}
		return l, l.setApproval(l.approvalDate())
	case key.Matches(msg, k.Correct) && l.prev.ID != 0:
		return l, l.ctx.Push(NewSessionScreen(l.ctx, l.werkgroep, l.prev.ID))
	}
	return l, nil
}

// approvalDate is the date of the meeting at which the minutes are
// approved: the session being opened, when it has a date (the look-back
// is its first step), else today.
func (l *LookBack) approvalDate() string {
	if d := l.current.Date; d != "" {
		return d
	}
	return l.ctx.Now().Format("2006-01-02")
}

// setApproval marks the previous minutes approved on date, or not
// approved when date is empty, over the session as this screen shows it:
// when another program changed its approval meanwhile, the person
// chooses which stays (conflict_screen.go); another change to it is
// kept.
func (l *LookBack) setApproval(date string) tea.Cmd {
	mine := l.prev
	mine.ApprovedOn = date
	mine.ChangedOn = "" // approved (again) as they are now, or not approved at all
	se, ok, x, cmd := sessionRecord(l.ctx).saved(l.prev, mine, false)
	switch {
	case x != nil:
		return askOver(l.ctx, x, l.Title(), func() (sessions.Session, error) { return l.ctx.Store.Session(mine.ID) },
			func(clashChoice, sessions.Session) tea.Cmd { return l.load })
	case !ok:
		return cmd
	}
	l.prev.ApprovedOn, l.prev.ChangedOn, l.prev.Version = se.ApprovedOn, se.ChangedOn, se.Version
	if date == "" {
		return tea.Batch(l.load, noteOr(cmd, l.ctx.T("lookback.unapproved", se.Number)))
	}
	return tea.Batch(l.load, noteOr(cmd, l.ctx.T("lookback.approved", se.Number, date)))
}

func (l *LookBack) updateForm(msg tea.Msg) (Screen, tea.Cmd) {
	out, cmd := l.form.update(msg)
	if out != formBusy {
		dropDraft(l.ctx, l.form.draftKey)
	}
	switch out {
	case formCancelled:
		l.form = nil
		return l, Notify(l.ctx.T("actions.unchanged"))
	case formSubmitted:
		base := l.form.action
		a := l.form.result(l.ctx)
		l.form = nil
		if err := l.ctx.Store.SaveAction(&a); err != nil {
			// Changed elsewhere meanwhile: a change to other fields is
			// merged; otherwise the form opens again with what was filled
			// in, over the stored one, and the status line says why.
			theirs, changed := sessions.Changed[sessions.Action](err)
			if !changed {
				return l, Fail(err)
			}
			merged, ok := sessions.MergeAction(base, a, theirs, sessions.Ask)
			if !ok || l.ctx.Store.SaveAction(&merged) != nil {
				over, _ := sessions.MergeAction(base, a, theirs, sessions.MineWins)
				l.form = newActionForm(l.ctx, over, l.people, over.What)
				l.form.setSize(l.width, l.height)
				return l, tea.Batch(Fail(err), l.form.init())
			}
		}
		return l, tea.Batch(markChanged(l.ctx, &l.editOf), l.load, Notify(l.ctx.T("actions.saved.action")))
	}
	return l, cmd
}
