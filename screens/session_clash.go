package screens

import (
	"errors"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A change to a contribution (its text, author, kind, step or sharing)
// is saved against the contribution as it was when the change began
// (conflict.go). A change elsewhere to other fields is merged; a change
// to the same field opens a clash on the session screen, which has the
// keys until the person chooses.

// entryClash is a clash about one contribution. mine is what saving
// mine stores: this program's changes over theirs.
type entryClash struct {
	*clash
	theirs, mine sessions.Contribution
	edit         bool // mine is the text being edited in the input
}

// saveEntry stores mine, the change of base. It reports whether it was
// stored (merged with a change made elsewhere, said in cmd); when both
// changed the same thing it opens a clash and reports false with no
// error. err is why nothing was stored otherwise (sessions.ErrNotFound:
// deleted meanwhile).
func (s *sessionState) saveEntry(base, mine sessions.Contribution, edit bool) (stored bool, cmd tea.Cmd, err error) {
	e := mine
	e.Version = base.Version
	for range 3 { // a new change elsewhere between two tries is merged again
		err = s.ctx.Store.UpdateContribution(&e)
		if err == nil {
			s.replace(e)
			return true, cmd, nil
		}
		theirs, changed := sessions.Changed[sessions.Contribution](err)
		if !changed {
			return false, nil, err
		}
		merged, ok := sessions.MergeContribution(base, mine, theirs, sessions.Ask)
		if !ok {
			s.replace(theirs)
			s.openEntryClash(base, theirs, mine, edit)
			return false, nil, nil
		}
		base, mine, e = theirs, merged, merged
		cmd = Notify(s.ctx.T("conflict.merged"))
	}
	return false, nil, err
}

func (s *sessionState) openEntryClash(base, theirs, mine sessions.Contribution, edit bool) {
	over, _ := sessions.MergeContribution(base, mine, theirs, sessions.MineWins)
	s.clash = &entryClash{
		clash:  newClash(s.ctx, s.ctx.T("conflict.entry"), s.entryLines(theirs), s.entryLines(over), edit, false),
		theirs: theirs, mine: over, edit: edit,
	}
}

// entryLines is a contribution in words, as the list shows it, with its
// step when that is not the one shown.
func (s *sessionState) entryLines(c sessions.Contribution) []string {
	t := s.ctx.T
	text := "[" + t("kind."+itoa(int(c.Kind))) + "] " + c.Text
	if who := s.label(c); who != "" {
		text += " — " + who
	}
	text += s.groupOnlyTag(c)
	if c.StepID != s.currentStep().ID {
		for i, st := range s.session.Steps {
			if st.ID == c.StepID {
				text += " · " + t("session.step", i+1, len(s.session.Steps), st.Title)
			}
		}
	}
	return []string{text}
}

// refreshClash shows the stored version as it is now, after a reload:
// another change may have come since the question appeared. Saving mine
// then saves over that one.
func (s *SessionScreen) refreshClash() {
	if s.clash == nil {
		return
	}
	for _, cs := range s.byStep {
		for _, c := range cs {
			if c.ID == s.clash.theirs.ID {
				s.clash.theirs = c
				s.clash.clash.theirs = s.entryLines(c)
				s.clash.mine.Version = c.Version
			}
		}
	}
}

// clashKey carries out the person's choice.
func (s *SessionScreen) clashKey(msg tea.KeyPressMsg) tea.Cmd {
	x := s.clash
	switch x.Update(msg) {
	case clashTheirs:
		s.clash = nil
		if x.edit {
			s.capture.endEdit()
			s.setMode(modeList)
		}
		s.list.sync()
		return Notify(s.ctx.T("conflict.kept.theirs"))
	case clashMine:
		s.clash = nil
		stored, _, err := s.saveEntry(x.theirs, x.mine, x.edit)
		switch {
		case errors.Is(err, sessions.ErrNotFound) && x.edit:
			return s.capture.editGoneAway()
		case err != nil:
			return s.list.updateFailed(x.mine, err)
		case !stored:
			return nil // changed once more: a new clash
		}
		if x.edit {
			s.capture.endEdit()
			s.setMode(modeList)
		}
		s.list.sync()
		return tea.Batch(Notify(s.ctx.T("conflict.kept.mine")), s.changed())
	case clashEdit:
		s.clash = nil
		c := s.capture
		c.base = x.theirs // the next enter saves over theirs
		c.input.SetValue(x.mine.Text)
		c.kind, c.who = x.mine.Kind, attribution{id: x.mine.ParticipantID, group: x.mine.ByGroup}
		s.setMode(modeCapture)
		return nil
	}
	return nil
}

func (s *SessionScreen) clashKeyMap() help.KeyMap {
	b := s.clash.bindings()
	return keyMap{short: b, full: [][]key.Binding{b}}
}
