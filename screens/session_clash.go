package screens

import (
	"errors"
	"slices"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A change to a contribution (its text, author, kind, step or sharing)
// is saved against the contribution as it was when the change began
// (conflict.go). A change elsewhere to other fields is merged; a change
// to the same field opens a clash on the session screen, which has the
// keys until the person chooses.

// entryClash is a clash about one contribution. mine is what saving
// mine stores: this program's changes over theirs; edit: mine is the
// text being edited in the input.
type entryClash = recordClash[sessions.Contribution]

func (s *sessionState) entryRecord() *record[sessions.Contribution] {
	return &record[sessions.Contribution]{ctx: s.ctx,
		store: s.ctx.Store.UpdateContribution,
		merge: sessions.MergeContribution,
		lines: s.entryLines,
		ref:   func(c *sessions.Contribution) (*sessions.ID, *int64) { return &c.ID, &c.Version },
		intro: "conflict.entry",
		seen:  s.replace}
}

// saveEntry stores mine, the change of base. It reports whether it was
// stored (merged with a change made elsewhere, said in cmd); when both
// changed the same thing it opens a clash and reports false with no
// error. err is why nothing was stored otherwise (sessions.ErrNotFound:
// deleted meanwhile).
func (s *sessionState) saveEntry(base, mine sessions.Contribution, edit bool) (stored bool, cmd tea.Cmd, err error) {
	e, note, open, err := s.entryRecord().save(base, mine, edit)
	switch {
	case open != nil:
		s.clash = open
		return false, nil, nil
	case err != nil:
		return false, nil, err
	}
	s.replace(e)
	return true, note, nil
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

// refreshClash shows the stored version as it is now, after a reload.
func (s *SessionScreen) refreshClash() {
	for _, cs := range s.byStep {
		s.clash.refresh(slices.Values(cs))
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
		stored, _, err := s.saveEntry(*x.theirs, x.mine, x.edit)
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
		c.base = *x.theirs // the next enter saves over theirs
		c.input.SetValue(x.mine.Text)
		c.kind, c.who = x.mine.Kind, attribution{id: x.mine.ParticipantID, group: x.mine.ByGroup}
		s.setMode(modeCapture)
		return nil
	}
	return nil
}
