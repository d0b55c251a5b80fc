package screens

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A decision or action is saved against the record as it was when its
// form opened (or, for space, as listed). A change elsewhere to other
// fields is merged; a change to the same field, or a delete, opens a
// clash (conflict.go, conflict_record.go) that has the keys until the
// person chooses.

// actionsClash is a clash about one decision or one action: exactly one
// of them is set, and the question is its.
type actionsClash struct {
	*clash
	decision *recordClash[sessions.Decision]
	action   *recordClash[sessions.Action]
}

func (a *Actions) decisionRecord() *record[sessions.Decision] {
	return &record[sessions.Decision]{ctx: a.ctx,
		store: a.ctx.Store.SaveDecision,
		merge: sessions.MergeDecision,
		lines: func(d sessions.Decision) []string { return []string{d.Text} },
		ref:   func(d *sessions.Decision) (*sessions.ID, *int64) { return &d.ID, &d.Version },
		intro: "conflict.decision", gone: "conflict.gone.decision"}
}

func (a *Actions) actionRecord() *record[sessions.Action] {
	return &record[sessions.Action]{ctx: a.ctx,
		store: a.ctx.Store.SaveAction,
		merge: sessions.MergeAction,
		lines: a.actionLines,
		ref:   func(x *sessions.Action) (*sessions.ID, *int64) { return &x.ID, &x.Version },
		intro: "conflict.action", gone: "conflict.gone.action"}
}

// saveDecision stores mine, a change of base, and reports whether it did.
func (a *Actions) saveDecision(base, mine sessions.Decision) (bool, tea.Cmd) {
	d, ok, open, cmd := a.decisionRecord().saved(base, mine, true)
	a.askDecision(open)
	if ok {
		a.wantDecision = d.ID
	}
	return ok, cmd
}

// saveAction is saveDecision for an action.
func (a *Actions) saveAction(base, mine sessions.Action) (bool, tea.Cmd) {
	x, ok, open, cmd := a.actionRecord().saved(base, mine, true)
	a.askAction(open)
	if ok {
		a.wantAction = x.ID
	}
	return ok, cmd
}

func (a *Actions) askDecision(x *recordClash[sessions.Decision]) {
	if x != nil {
		a.clash = &actionsClash{clash: x.clash, decision: x}
	}
}

func (a *Actions) askAction(x *recordClash[sessions.Action]) {
	if x != nil {
		a.clash = &actionsClash{clash: x.clash, action: x}
	}
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
	if x := a.clash; x != nil {
		x.decision.refresh(slices.Values(a.decisions))
		x.action.refresh(slices.Values(append(slices.Clone(a.mine.items), a.earlier.items...)))
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
		if x.decision != nil {
			d := x.decision.over()
			a.decForm = newDecisionForm(a.ctx, d, d.Text)
			a.decForm.draftKey = draftKeyFor(a.werkgroep, d.SessionID, "decision", d.ID)
		} else {
			m := x.action.over()
			a.actForm = newActionForm(a.ctx, m, a.people, m.What)
			a.actForm.draftKey = draftKeyFor(a.werkgroep, m.SessionID, "action", m.ID)
		}
		return a, a.openForm()
	}
	// clashMine: over theirs, or as a new one when it is gone
	var stored bool
	var cmd tea.Cmd
	var session sessions.ID
	if x.decision != nil {
		var d sessions.Decision
		if d, stored, cmd = saveOverAsking(x.decision, a.askDecision); stored {
			a.wantDecision, session = d.ID, d.SessionID
		}
	} else {
		var m sessions.Action
		if m, stored, cmd = saveOverAsking(x.action, a.askAction); stored {
			a.wantAction, session = m.ID, m.SessionID
		}
	}
	if !stored {
		return a, cmd
	}
	return a, tea.Batch(a.load, cmd, a.changed(session))
}

// saveOverAsking is saveOver, asking again with ask when it changed once
// more.
func saveOverAsking[T any](x *recordClash[T], ask func(*recordClash[T])) (T, bool, tea.Cmd) {
	var again *recordClash[T]
	stored, ok, cmd := x.saveOver(&again)
	ask(again)
	return stored, ok, cmd
}
