package screens

import (
	"errors"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A decision or action is saved against the record as it was when its
// form opened (or, for space, as listed). A change elsewhere to other
// fields is merged; a change to the same field, or a delete, opens a
// clash (conflict.go) that has the keys until the person chooses.

// recordClash is a clash about one decision or one action: exactly one
// of the pairs is set. mine is what saving mine stores.
type recordClash struct {
	*clash
	decision, decisionMine *sessions.Decision
	action, actionMine     *sessions.Action
}

// saveDecision stores mine, a change of base, and reports whether it did.
func (a *Actions) saveDecision(base, mine sessions.Decision) (bool, tea.Cmd) {
	d := mine
	d.Version = base.Version
	var note tea.Cmd
	for range 3 { // a new change elsewhere between two tries is merged again
		err := a.ctx.Store.SaveDecision(&d)
		if err == nil {
			a.wantDecision = d.ID
			return true, note
		}
		if errors.Is(err, sessions.ErrNotFound) {
			a.openDecisionClash(nil, mine)
			return false, nil
		}
		theirs, changed := sessions.Changed[sessions.Decision](err)
		if !changed {
			return false, Fail(err)
		}
		merged, ok := sessions.MergeDecision(base, mine, theirs, sessions.Ask)
		if !ok {
			over, _ := sessions.MergeDecision(base, mine, theirs, sessions.MineWins)
			a.openDecisionClash(&theirs, over)
			return false, nil
		}
		base, mine, d = theirs, merged, merged
		note = Notify(a.ctx.T("conflict.merged"))
	}
	return false, nil
}

// saveAction is saveDecision for an action.
func (a *Actions) saveAction(base, mine sessions.Action) (bool, tea.Cmd) {
	x := mine
	x.Version = base.Version
	var note tea.Cmd
	for range 3 {
		err := a.ctx.Store.SaveAction(&x)
		if err == nil {
			a.wantAction = x.ID
			return true, note
		}
		if errors.Is(err, sessions.ErrNotFound) {
			a.openActionClash(nil, mine)
			return false, nil
		}
		theirs, changed := sessions.Changed[sessions.Action](err)
		if !changed {
			return false, Fail(err)
		}
		merged, ok := sessions.MergeAction(base, mine, theirs, sessions.Ask)
		if !ok {
			over, _ := sessions.MergeAction(base, mine, theirs, sessions.MineWins)
			a.openActionClash(&theirs, over)
			return false, nil
		}
		base, mine, x = theirs, merged, merged
		note = Notify(a.ctx.T("conflict.merged"))
	}
	return false, nil
}

// openDecisionClash asks about a decision; theirs is nil when it was
// deleted meanwhile.
func (a *Actions) openDecisionClash(theirs *sessions.Decision, mine sessions.Decision) {
	intro, lines := a.ctx.T("conflict.decision"), []string(nil)
	if theirs == nil {
		intro = a.ctx.T("conflict.gone.decision")
	} else {
		lines = []string{theirs.Text}
	}
	a.clash = &recordClash{clash: newClash(a.ctx, intro, lines, []string{mine.Text}, true, theirs == nil),
		decision: theirs, decisionMine: &mine}
}

func (a *Actions) openActionClash(theirs *sessions.Action, mine sessions.Action) {
	intro, lines := a.ctx.T("conflict.action"), []string(nil)
	if theirs == nil {
		intro = a.ctx.T("conflict.gone.action")
	} else {
		lines = a.actionLines(*theirs)
	}
	a.clash = &recordClash{clash: newClash(a.ctx, intro, lines, a.actionLines(mine), true, theirs == nil),
		action: theirs, actionMine: &mine}
}

// actionLines is an action in words: what, who, by when, its status.
func (a *Actions) actionLines(x sessions.Action) []string {
	about := a.mine.owner(a.ctx, x)
	if x.Due != "" {
		about += " · " + a.ctx.T("actions.due", x.Due)
	}
	return []string{x.What, about + " · " + actionWord(a.ctx, x.Status)}
}

// refreshClash shows the stored version as it is now, after a reload.
func (a *Actions) refreshClash() {
	x := a.clash
	switch {
	case x == nil:
	case x.decision != nil:
		for _, d := range a.decisions {
			if d.ID == x.decision.ID {
				*x.decision = d
				x.clash.theirs = []string{d.Text}
			}
		}
	case x.action != nil:
		for _, m := range append(slices.Clone(a.mine.items), a.earlier.items...) {
			if m.ID == x.action.ID {
				*x.action = m
				x.clash.theirs = a.actionLines(m)
			}
		}
	}
}

// clashKey carries out the person's choice.
func (a *Actions) clashKey(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	x := a.clash
	choice := x.Update(msg)
	if choice == clashNone {
		return a, nil
	}
	a.clash = nil
	switch choice {
	case clashTheirs:
		return a, tea.Batch(a.load, Notify(a.ctx.T("conflict.kept.theirs")))
	case clashEdit: // the form again, with mine, saved over theirs (or as new)
		if x.decisionMine != nil {
			d := *x.decisionMine
			a.decForm = newDecisionForm(a.ctx, x.over(d), d.Text)
			a.decForm.draftKey = draftKeyFor(a.werkgroep, d.SessionID, "decision", x.over(d).ID)
		} else {
			m := x.overAction(*x.actionMine)
			a.actForm = newActionForm(a.ctx, m, a.people, m.What)
			a.actForm.draftKey = draftKeyFor(a.werkgroep, m.SessionID, "action", m.ID)
		}
		return a, a.openForm()
	}
	// clashMine: over theirs, or as a new one when it is gone
	var stored bool
	var cmd tea.Cmd
	var session sessions.ID
	if x.decisionMine != nil {
		d := x.over(*x.decisionMine)
		stored, cmd = a.saveDecision(d, d)
		session = d.SessionID
	} else {
		m := x.overAction(*x.actionMine)
		stored, cmd = a.saveAction(m, m)
		session = m.SessionID
	}
	if !stored {
		return a, cmd
	}
	note := a.ctx.T("conflict.kept.mine")
	if x.gone {
		note = a.ctx.T("conflict.kept.new")
	}
	return a, tea.Batch(a.load, Notify(note), a.changed(session))
}

// over is mine with the version of theirs, to be saved over it; with no
// theirs (deleted meanwhile) it is a new decision.
func (x *recordClash) over(d sessions.Decision) sessions.Decision {
	if x.decision == nil {
		d.ID, d.Version = 0, 0
	} else {
		d.Version = x.decision.Version
	}
	return d
}

func (x *recordClash) overAction(m sessions.Action) sessions.Action {
	if x.action == nil {
		m.ID, m.Version = 0, 0
	} else {
		m.Version = x.action.Version
	}
	return m
}

func (a *Actions) clashKeyMap() help.KeyMap {
	b := a.clash.bindings()
	return keyMap{short: b, full: [][]key.Binding{b}}
}
