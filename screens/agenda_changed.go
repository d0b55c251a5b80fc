package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// An agenda step is saved against the step as it was when its form
// opened (or, for skip, as listed). A change elsewhere to other settings
// (or its clock, or its place) is merged; a change to the same one, or a
// delete, opens a clash (conflict.go, conflict_record.go).

// stepClash is a clash about one step; theirs is nil when it was deleted
// meanwhile.
type stepClash = recordClash[sessions.Step]

// stepRecord is how a clash stores a step and puts it in words.
func (a *Agenda) stepRecord() *record[sessions.Step] {
	return &record[sessions.Step]{ctx: a.ctx,
		store: func(st *sessions.Step) error {
			if st.ID == 0 {
				return a.ctx.Store.AddStep(st)
			}
			return a.ctx.Store.UpdateStep(st)
		},
		merge: sessions.MergeStep,
		lines: a.stepLines,
		ref:   func(st *sessions.Step) (*sessions.ID, *int64) { return &st.ID, &st.Version },
		intro: "conflict.step", gone: "conflict.gone.step"}
}

// saveStep stores mine, a change of base, and reports whether it did.
func (a *Agenda) saveStep(base, mine sessions.Step) (bool, tea.Cmd) {
	_, ok, x, cmd := a.stepRecord().saved(base, mine, true)
	if x != nil {
		a.clash = x
	}
	return ok, cmd
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
		stored, ok, cmd := x.saveOver(&a.clash)
		if !ok {
			return cmd
		}
		reload := a.reload()
		a.selectID(stored.ID)
		return tea.Batch(reload, cmd)
	}
	return nil
}
