package screens

import (
	"errors"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// An agenda step is saved against the step as it was when its form
// opened (or, for skip, as listed). A change elsewhere to other settings
// (or its clock, or its place) is merged; a change to the same one, or a
// delete, opens a clash (conflict.go).

// stepClash is a clash about one step; theirs is nil when it was deleted
// meanwhile. mine is what saving mine stores.
type stepClash struct {
	*clash
	theirs *sessions.Step
	mine   sessions.Step
}

// saveStep stores mine, a change of base, and reports whether it did.
func (a *Agenda) saveStep(base, mine sessions.Step) (bool, tea.Cmd) {
	st := mine
	st.Version = base.Version
	var note tea.Cmd
	for range 3 { // a new change elsewhere between two tries is merged again
		err := a.ctx.Store.UpdateStep(&st)
		if err == nil {
			return true, note
		}
		if errors.Is(err, sessions.ErrNotFound) {
			a.openStepClash(nil, mine)
			return false, nil
		}
		theirs, changed := sessions.Changed[sessions.Step](err)
		if !changed {
			return false, Fail(err)
		}
		merged, ok := sessions.MergeStep(base, mine, theirs, sessions.Ask)
		if !ok {
			over, _ := sessions.MergeStep(base, mine, theirs, sessions.MineWins)
			a.openStepClash(&theirs, over)
			return false, nil
		}
		base, mine, st = theirs, merged, merged
		note = Notify(a.ctx.T("conflict.merged"))
	}
	return false, nil
}

func (a *Agenda) openStepClash(theirs *sessions.Step, mine sessions.Step) {
	intro, lines := a.ctx.T("conflict.step"), []string(nil)
	if theirs == nil {
		intro = a.ctx.T("conflict.gone.step")
	} else {
		lines = a.stepLines(*theirs)
	}
	a.clash = &stepClash{clash: newClash(a.ctx, intro, lines, a.stepLines(mine), true, theirs == nil),
		theirs: theirs, mine: mine}
}

// stepLines is a step in words: its kind and title, its time, whether it
// is skipped or for the group only, its purpose and prompt.
func (a *Agenda) stepLines(st sessions.Step) []string {
	head := a.ctx.T("stepkind."+string(st.Kind)) + " · " + st.Title
	if st.Timebox > 0 {
		head += " · " + a.ctx.T("conflict.step.minutes", int(st.Timebox.Minutes()))
	}
	if st.Skipped {
		head += " · " + a.ctx.T("session.skipped")
	}
	if st.Private {
		head += " · " + a.ctx.T("grouponly.tag")
	}
	out := []string{head}
	for _, t := range []string{st.Purpose, st.Prompt} {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// refreshClash shows the stored step as it is now, after a reload.
func (a *Agenda) refreshClash() {
	if a.clash == nil || a.clash.theirs == nil {
		return
	}
	for _, st := range a.steps() {
		if st.ID == a.clash.theirs.ID {
			*a.clash.theirs = st
			a.clash.clash.theirs = a.stepLines(st)
		}
	}
}

// over is mine with the version of theirs, to be saved over it; with no
// theirs (deleted meanwhile) a new step at its place.
func (x *stepClash) over() sessions.Step {
	m := x.mine
	if x.theirs == nil {
		m.ID, m.Version = 0, 0
	} else {
		m.Version = x.theirs.Version
	}
	return m
}

// clashKey carries out the person's choice.
func (a *Agenda) clashKey(msg tea.KeyPressMsg) tea.Cmd {
	x := a.clash
	switch x.Update(msg) {
	case clashTheirs:
		a.clash = nil
		return tea.Batch(a.reload(), Notify(a.ctx.T("conflict.kept.theirs")))
	case clashEdit: // the form again, with mine, saved over theirs (or as new)
		a.clash = nil
		return a.openStepForm(x.over())
	case clashMine:
		a.clash = nil
		m := x.over()
		var stored bool
		var cmd tea.Cmd
		if m.ID == 0 {
			err := a.ctx.Store.AddStep(&m)
			stored, cmd = err == nil, Fail(err)
		} else {
			stored, cmd = a.saveStep(m, m)
		}
		if !stored {
			return cmd
		}
		note := a.ctx.T("conflict.kept.mine")
		if x.theirs == nil {
			note = a.ctx.T("conflict.kept.new")
		}
		reload := a.reload()
		a.selectID(m.ID)
		return tea.Batch(reload, Notify(note))
	}
	return nil
}

func (a *Agenda) clashKeyMap() help.KeyMap {
	b := a.clash.bindings()
	return keyMap{short: b, full: [][]key.Binding{b}}
}
