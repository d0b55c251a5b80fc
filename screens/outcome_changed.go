package screens

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// An outcome is saved against the outcome each contribution had when the
// form opened (Store.ChangeOutcome). Where another program stored another
// outcome meanwhile, the form asks (conflict.go): keep theirs for those,
// save mine over them too, or go on in the form. The others are stored
// either way. One deleted meanwhile is said and left out.

// outcomeClash is a clash about the outcome of some of the form's
// contributions; theirs are those, as stored now.
type outcomeClash struct {
	*clash
	theirs []sessions.Contribution
}

// storeOutcomes stores the form's outcome for items, each against itself
// as the form had it. It returns how many were stored, those stored with
// another outcome meanwhile, and how many are gone.
func (f *OutcomeForm) storeOutcomes(items []sessions.Contribution, note string) (stored int, changed []sessions.Contribution, gone int, err error) {
	for _, c := range items {
		if sessions.OutcomeUnchanged(c, f.outcome, note) {
			continue
		}
		err := f.ctx.Store.ChangeOutcome(c, f.outcome, note)
		theirs, isChanged := sessions.Changed[sessions.Contribution](err)
		switch {
		case err == nil:
			f.setItem(c.ID, f.outcome, note)
			stored++
		case isChanged && sessions.OutcomeUnchanged(theirs, f.outcome, note):
			f.setItem(c.ID, f.outcome, note) // the same choice was made there
		case isChanged:
			changed = append(changed, theirs)
		case errors.Is(err, sessions.ErrNotFound):
			gone++
		default:
			return stored, changed, gone, err
		}
	}
	return stored, changed, gone, nil
}

func (f *OutcomeForm) setItem(id sessions.ID, o sessions.Outcome, note string) {
	for i := range f.items {
		if f.items[i].ID == id {
			f.items[i].Outcome, f.items[i].OutcomeNote = o, note
		}
	}
}

// takeItem makes c, as stored now, the base of the form's next save.
func (f *OutcomeForm) takeItem(c sessions.Contribution) {
	for i := range f.items {
		if f.items[i].ID == c.ID {
			f.items[i] = c
		}
	}
}

func (f *OutcomeForm) openOutcomeClash(theirs []sessions.Contribution, note string) {
	intro := f.ctx.T("conflict.outcome")
	if len(f.items) > 1 {
		intro = f.ctx.T("conflict.outcome.many", len(theirs), len(f.items))
	}
	var lines []string
	for _, c := range theirs {
		l := outcomeWord(f.ctx, sessions.OutcomeOf(c))
		if c.OutcomeNote != "" {
			l += ": " + c.OutcomeNote
		}
		if len(f.items) > 1 {
			l = shortText(c.Text) + " → " + l
		}
		lines = append(lines, l)
	}
	mine := outcomeWord(f.ctx, f.outcome)
	if note != "" {
		mine += ": " + note
	}
	f.clash = &outcomeClash{clash: newClash(f.ctx, intro, lines, []string{mine}, true, false), theirs: theirs}
}

// clashKey carries out the person's choice.
func (f *OutcomeForm) clashKey(msg tea.KeyPressMsg) tea.Cmd {
	x := f.clash
	switch x.Update(msg) {
	case clashTheirs:
		f.clash = nil
		for _, c := range x.theirs {
			f.takeItem(c)
		}
		if f.onSaved != nil {
			f.onSaved()
		}
		return tea.Batch(f.ctx.Pop(), Notify(f.ctx.T("conflict.kept.theirs")))
	case clashMine:
		f.clash = nil
		for _, c := range x.theirs {
			f.takeItem(c)
		}
		return f.saveOver(x.theirs)
	case clashEdit:
		f.clash = nil
		for _, c := range x.theirs {
			f.takeItem(c) // the next save goes over theirs
		}
		f.focus = focusNote
	}
	return nil
}

// saveOver stores the form's outcome over theirs, asking again for any
// changed once more.
func (f *OutcomeForm) saveOver(theirs []sessions.Contribution) tea.Cmd {
	note := sessions.CleanOutcomeNote(f.note.Value())
	_, changed, _, err := f.storeOutcomes(theirs, note)
	if err != nil {
		return Fail(err)
	}
	if len(changed) > 0 {
		f.openOutcomeClash(changed, note)
		return nil
	}
	if f.onSaved != nil {
		f.onSaved()
	}
	return tea.Batch(f.ctx.Pop(), Notify(f.ctx.T("conflict.kept.mine")))
}
