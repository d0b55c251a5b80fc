package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

func (a *Actions) key(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := a.keys
	if a.confirm {
		a.confirm = false
		if key.Matches(msg, k.Yes) {
			return a, a.deleteSelected()
		}
		return a, Notify(a.ctx.T("actions.kept"))
	}
	if k.move(msg, a.cursor()) {
		return a, nil
	}
	a.guard.next()
	if a.focus != partEarlier && (key.Matches(msg, k.Add) || key.Matches(msg, k.Edit) || key.Matches(msg, k.Delete)) {
		ok, cmd := a.guard.mayChange(a.ctx, &a.current, msg)
		if !ok {
			return a, cmd
		}
		s, next := a.act(msg)
		return s, tea.Batch(cmd, next)
	}
	return a.act(msg)
}

// act handles a key that is not a cursor move.
func (a *Actions) act(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := a.keys
	switch {
	case key.Matches(msg, k.Back):
		return a, a.ctx.Pop()
	case key.Matches(msg, k.Switch) && a.focus != partEarlier:
		if a.focus == partDecisions {
			a.focus = partActions
		} else {
			a.focus = partDecisions
		}
	case key.Matches(msg, k.Earlier):
		if a.focus == partEarlier {
			a.focus = partActions
		} else {
			a.focus = partEarlier
		}
		a.layout()
	case key.Matches(msg, k.Add) && a.focus == partDecisions:
		var cmd tea.Cmd
		a.decForm, cmd = decisionFormFor(a.ctx, a.werkgroep, sessions.Decision{SessionID: a.session})
		return a, tea.Batch(a.openForm(), cmd)
	case key.Matches(msg, k.Add) && a.focus == partActions:
		var cmd tea.Cmd
		a.actForm, cmd = actionFormFor(a.ctx, a.werkgroep, sessions.Action{SessionID: a.session}, a.people)
		return a, tea.Batch(a.openForm(), cmd)
	case key.Matches(msg, k.Edit):
		return a, a.edit()
	case key.Matches(msg, k.Delete):
		return a, a.askDelete()
	case key.Matches(msg, k.Cycle) && a.list() != nil:
		l := a.list()
		x, ok := l.selected()
		if !ok {
			return a, nil
		}
		next := x
		next.Status = nextActionStatus(x.Status)
		stored, merged := a.saveAction(x, next)
		if !stored {
			return a, merged
		}
		return a, tea.Batch(a.load, noteOr(merged, a.ctx.T("actions.status.now", shortText(next.What), actionWord(a.ctx, next.Status))))
	}
	return a, nil
}

// cursor is the cursor of the part that has the focus.
func (a *Actions) cursor() *cursor {
	if l := a.list(); l != nil {
		return &l.cur
	}
	return &a.decCur
}

// list is the action list that has the focus, or nil for the decisions.
func (a *Actions) list() *actionList {
	switch a.focus {
	case partActions:
		return &a.mine
	case partEarlier:
		return &a.earlier
	}
	return nil
}

func (a *Actions) selectedDecision() (sessions.Decision, bool) {
	if a.focus == partDecisions && a.decCur.Index < len(a.decisions) {
		return a.decisions[a.decCur.Index], true
	}
	return sessions.Decision{}, false
}

func (a *Actions) openForm() tea.Cmd {
	f := a.form()
	f.setSize(a.width, a.height)
	return f.init()
}

func (a *Actions) edit() tea.Cmd {
	var cmd tea.Cmd
	if d, ok := a.selectedDecision(); ok {
		a.decForm, cmd = decisionFormFor(a.ctx, a.werkgroep, d)
		return tea.Batch(a.openForm(), cmd)
	}
	if l := a.list(); l != nil {
		if x, ok := l.selected(); ok {
			a.actForm, cmd = actionFormFor(a.ctx, a.werkgroep, x, a.people)
			return tea.Batch(a.openForm(), cmd)
		}
	}
	return nil
}

func (a *Actions) askDelete() tea.Cmd {
	if d, ok := a.selectedDecision(); ok {
		a.confirm = true
		return Notify(a.ctx.T("actions.confirm.decision", shortText(d.Text)))
	}
	if l := a.list(); l != nil {
		if x, ok := l.selected(); ok {
			a.confirm = true
			return Notify(a.ctx.T("actions.confirm.action", shortText(x.What)))
		}
	}
	return nil
}

func (a *Actions) deleteSelected() tea.Cmd {
	if d, ok := a.selectedDecision(); ok {
		if err := a.ctx.Store.DeleteDecision(d.ID); err != nil {
			return Fail(err)
		}
		return tea.Batch(a.load, Notify(a.ctx.T("actions.deleted.decision")), a.changed(d.SessionID))
	}
	if l := a.list(); l != nil {
		if x, ok := l.selected(); ok {
			if err := a.ctx.Store.DeleteAction(x.ID); err != nil {
				return Fail(err)
			}
			return tea.Batch(a.load, Notify(a.ctx.T("actions.deleted.action")), a.changed(x.SessionID))
		}
	}
	return nil
}

// updateForm gives msg to the open form and stores its result when it
// is submitted.
func (a *Actions) updateForm(msg tea.Msg) (Screen, tea.Cmd) {
	f := a.form()
	out, cmd := f.update(msg)
	if out != formBusy {
		dropDraft(a.ctx, f.draftKey)
	}
	switch out {
	case formCancelled:
		a.decForm, a.actForm = nil, nil
		return a, Notify(a.ctx.T("actions.unchanged"))
	case formSubmitted:
		var stored bool
		var merged tea.Cmd
		var session sessions.ID
		note := a.ctx.T("actions.saved.action")
		if f := a.decForm; f != nil {
			d := f.result()
			stored, merged = a.saveDecision(f.decision, d)
			note, session = a.ctx.T("actions.saved.decision"), d.SessionID
		} else {
			x := a.actForm.result(a.ctx)
			stored, merged = a.saveAction(a.actForm.action, x)
			session = x.SessionID
		}
		a.decForm, a.actForm = nil, nil
		if !stored { // a clash holds what was filled in, or it failed
			return a, merged
		}
		return a, tea.Batch(a.load, noteOr(merged, note), a.changed(session))
	}
	return a, cmd
}

// shortText is a one-line excerpt of typed text for a notice.
func shortText(s string) string {
	return truncate(strings.Join(strings.Fields(s), " "), 40)
}

// changed records that approved minutes changed today, after a decision or
// action of this session was stored or deleted (session_approved.go).
func (a *Actions) changed(session sessions.ID) tea.Cmd {
	if session != a.current.ID {
		return nil
	}
	return markChanged(a.ctx, &a.current)
}
