package screens

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// capturedList is the list part of the session screen: what was captured
// in the step shown, to choose from and to correct (edit, delete with
// undo, move, who said it, kind, outcome), and the session's status.
type capturedList struct {
	st      *sessionState
	keys    capturedKeys
	cur     cursor
	focused bool
	undo    []sessions.Contribution
	confirm bool // s was pressed once: a second s marks the session done

	width, height int
}

type capturedKeys struct {
	listKeys
	Type, Edit, Delete, Undo, Move, Attrib, SetKind, Outcome key.Binding
	GroupOnly, Status, Actions, People, Export, OpenSchema   key.Binding
	Back                                                     key.Binding
}

func newCapturedKeys(c *Context) capturedKeys {
	b := binder(c)
	k := capturedKeys{
		listKeys:   newListKeys(c),
		Type:       b([]string{"i", "/", "enter"}, "i", "session.key.type"),
		Edit:       b([]string{"e"}, "e", "session.key.edit"),
		Delete:     b([]string{"x", "delete"}, "x", "session.key.delete"),
		Undo:       b([]string{"u"}, "u", "session.key.undo"),
		Move:       b([]string{"m"}, "m", "session.key.move"),
		Attrib:     b([]string{"w", "tab"}, "w", "session.key.who"),
		SetKind:    b([]string{"1", "2", "3", "4", "5", "6"}, "1-6", "session.key.setkind"),
		Outcome:    b([]string{"r"}, "r", "session.key.outcome"),
		GroupOnly:  b([]string{"g"}, "g", "grouponly.key"),
		Status:     b([]string{"s"}, "s", "session.key.status"),
		Actions:    b([]string{"b"}, "b", "session.key.actions"),
		People:     b([]string{"a"}, "a", "session.key.people"),
		Export:     b([]string{"E"}, "E", "session.key.export"),
		OpenSchema: b([]string{"o"}, "o", "session.key.schema"),
		Back:       b([]string{"esc"}, "esc", "key.back"),
	}
	c.Editing(&k.Type, &k.Edit, &k.Delete, &k.Undo, &k.Move, &k.Attrib, &k.SetKind, &k.Status, &k.Outcome)
	return k
}

func newCapturedList(st *sessionState) *capturedList {
	return &capturedList{st: st, keys: newCapturedKeys(st.ctx)}
}

func (l *capturedList) SetSize(w, h int) {
	l.width, l.height = w, h
	l.cur.SetHeight(h)
}

// sync follows the step shown: its length, and the newest entry unless
// the list has the keys.
func (l *capturedList) sync() {
	l.cur.SetLen(len(l.st.current()))
	if !l.focused {
		l.cur.Last()
	}
}

func (l *capturedList) selected() (sessions.Contribution, bool) {
	cs := l.st.current()
	if l.cur.Index < len(cs) && len(cs) > 0 {
		return cs[l.cur.Index], true
	}
	return sessions.Contribution{}, false
}

// selectID puts the cursor on a contribution of the step shown.
func (l *capturedList) selectID(id sessions.ID) {
	l.sync()
	for i, c := range l.st.current() {
		if c.ID == id {
			l.cur.To(i)
		}
	}
}

// Update handles a key while the list has the keys.
func (l *capturedList) Update(msg tea.Msg) (tea.Cmd, move) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, move{}
	}
	s, k := l.st, l.keys
	confirming := l.confirm
	l.confirm = false
	if k.listKeys.move(km, &l.cur) {
		return nil, move{}
	}
	c, ok := l.selected()
	if confirming && !key.Matches(km, k.Status) {
		return Notify(s.ctx.T("session.confirm.kept")), move{}
	}
	if l.changesMinutes(km, ok) {
		allowed, cmd := s.mayChange(km)
		if !allowed {
			return cmd, move{}
		}
		done, mv := l.change(km, c, ok)
		return tea.Batch(cmd, done), mv
	}
	return l.other(km, c, ok, confirming)
}

// changesMinutes reports whether a list key changes what the minutes say;
// ok says whether a contribution is selected.
func (l *capturedList) changesMinutes(km tea.KeyPressMsg, ok bool) bool {
	k := l.keys
	for _, b := range []key.Binding{k.Edit, k.Delete, k.Move, k.Attrib, k.SetKind, k.GroupOnly} {
		if ok && key.Matches(km, b) {
			return true
		}
	}
	return key.Matches(km, k.Undo) && len(l.undo) > 0
}

// change handles a list key that changes the minutes: the selected
// contribution c (when ok), or the last one deleted.
func (l *capturedList) change(km tea.KeyPressMsg, c sessions.Contribution, ok bool) (tea.Cmd, move) {
	s, k := l.st, l.keys
	switch {
	case key.Matches(km, k.Edit) && ok:
		return nil, move{to: toEdit, c: c}
	case key.Matches(km, k.Delete) && ok:
		return l.delete(c), move{}
	case key.Matches(km, k.Undo) && len(l.undo) > 0:
		return l.restore(), move{}
	case key.Matches(km, k.Move) && ok:
		return nil, move{to: toStepPicker, c: c}
	case key.Matches(km, k.Attrib) && ok:
		return nil, move{to: toWhoStored, c: c}
	case key.Matches(km, k.GroupOnly) && ok:
		return s.toggleGroupOnly(c), move{}
	case key.Matches(km, k.SetKind) && ok:
		base := c
		c.Kind = sessions.Kind(km.Code - '1')
		stored, merged, err := s.saveEntry(base, c, false)
		if err != nil || !stored {
			return l.updateFailed(c, err), move{}
		}
		return tea.Batch(merged, s.changed()), move{}
	}
	return nil, move{}
}

// other handles the list keys that change nothing in the minutes.
func (l *capturedList) other(km tea.KeyPressMsg, c sessions.Contribution, ok, confirming bool) (tea.Cmd, move) {
	s, k := l.st, l.keys
	switch {
	case key.Matches(km, k.Back):
		return nil, move{to: toLeave}
	case key.Matches(km, k.Type):
		return nil, move{to: toCapture}
	case key.Matches(km, k.Outcome) && ok:
		return s.ctx.Push(NewOutcomeForm(s.ctx, c)), move{}
	case key.Matches(km, k.Status):
		if s.session.Status == sessions.Running && !confirming {
			l.confirm = true
			return Notify(s.ctx.T("session.confirm.done")), move{}
		}
		return l.cycleStatus(), move{}
	case key.Matches(km, k.Actions):
		return s.ctx.Push(NewActions(s.ctx, s.werkgroep.ID, s.session.ID)), move{}
	case key.Matches(km, k.People):
		return s.ctx.Push(NewParticipants(s.ctx, s.werkgroep.ID, s.session.ID)), move{}
	case key.Matches(km, k.Export):
		return s.ctx.Push(NewExport(s.ctx, s.werkgroep.ID, s.session.Number)), move{}
	case key.Matches(km, k.OpenSchema):
		return s.ctx.Push(NewSchema(s.ctx, s.werkgroep.ID, s.session.ID)), move{}
	}
	return nil, move{}
}

// delete removes c at once, and keeps it for undo.
func (l *capturedList) delete(c sessions.Contribution) tea.Cmd {
	s := l.st
	if err := s.ctx.Store.DeleteContribution(c.ID); err != nil {
		return Fail(err)
	}
	l.undo = append(l.undo, c)
	cs := s.byStep[c.StepID]
	s.byStep[c.StepID] = slices.DeleteFunc(slices.Clone(cs), func(x sessions.Contribution) bool { return x.ID == c.ID })
	l.cur.SetLen(len(s.current()))
	return tea.Batch(Notify(s.ctx.T("session.deleted")), s.changed())
}

// restore brings back the last deleted contribution, with its own ID.
func (l *capturedList) restore() tea.Cmd {
	s := l.st
	c := l.undo[len(l.undo)-1]
	if err := s.ctx.Store.RestoreContribution(c); err != nil {
		return Fail(err)
	}
	l.undo = l.undo[:len(l.undo)-1]
	s.replace(c)
	l.selectID(c.ID)
	return tea.Batch(Notify(s.ctx.T("session.restored")), s.changed())
}

// cycleStatus moves the session planned → running → done → running,
// from the status shown: when another program gave it another one
// meanwhile, the person chooses which stays (conflict_screen.go).
func (l *capturedList) cycleStatus() tea.Cmd {
	s := l.st
	mine := s.session
	switch mine.Status {
	case sessions.Planned, sessions.Done:
		mine.Status = sessions.Running
	default:
		mine.Status = sessions.Done
	}
	was := s.session.Status
	stored, ok, x, cmd := sessionRecord(s.ctx).saved(s.session, mine, false)
	switch {
	case x != nil:
		return askOver(s.ctx, x, s.ctx.T("conflict.title"), func() (sessions.Session, error) { return s.ctx.Store.Session(mine.ID) },
			func(c clashChoice, se sessions.Session) tea.Cmd {
				if c == clashMine {
					return l.statusStored(was, se, nil)
				}
				s.takeSession(se)
				return nil
			})
	case !ok:
		return cmd
	}
	return l.statusStored(was, stored, cmd)
}

// statusStored shows se as stored with a new status; merged is the
// notice of a change made elsewhere that was kept too.
func (l *capturedList) statusStored(was sessions.SessionStatus, se sessions.Session, merged tea.Cmd) tea.Cmd {
	s := l.st
	s.takeSession(se)
	closed := s.closePhonesAtEnd()
	notice := s.ctx.T("session.status.now", s.ctx.T("status."+itoa(int(s.session.Status))))
	if starts(was, s.session.Status) {
		return tea.Batch(closed, noteOr(merged, notice), keepCopy(s.ctx, s.werkgroep.ID, s.werkgroep.Name, s.session.Number, notice))
	}
	return tea.Batch(closed, noteOr(merged, notice))
}

// takeSession takes the session's own fields as stored, keeping the
// steps the screen has.
func (s *sessionState) takeSession(se sessions.Session) {
	se.Steps = s.session.Steps
	s.session = se
}

func (l *capturedList) KeyMap(shared sharedKeys) help.KeyMap {
	k := l.keys
	sk := shared.bindings(modeList)
	short := []key.Binding{k.Type, k.Edit, sk[0], sk[2], sk[3], k.Back}
	full := [][]key.Binding{
		{k.Type, k.Edit, k.Delete, k.Undo, k.Move, k.Attrib, k.SetKind, k.Outcome, k.GroupOnly},
		append(sk, k.Status, k.OpenSchema),
		{k.Actions, k.People, k.Export, k.Back},
		k.bindings(),
	}
	return keyMap{short: short, full: full}
}
