package screens

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// key handles the keys every mode shares, then the mode's own.
func (s *Votes) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	removal := s.removal
	s.removal = false
	if s.mode == votesPresent {
		if key.Matches(msg, k.Leave) {
			s.mode = s.before
		}
		return nil
	}
	if k.listKeys.move(msg, &s.option) {
		s.typed = false
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		if s.mode != votesDots {
			s.mode = votesDots
			return nil
		}
		return s.ctx.Pop()
	case key.Matches(msg, k.Results):
		s.mode = toggleVotes(s.mode, votesResults)
		return nil
	case key.Matches(msg, k.Present):
		s.before, s.mode = s.mode, votesPresent
		return nil
	case key.Matches(msg, k.Stickers):
		s.mode, s.typed = toggleVotes(s.mode, votesStickers), false
		return nil
	case key.Matches(msg, k.Add):
		s.openAdd()
		return nil
	case key.Matches(msg, k.Remove):
		return s.remove(removal)
	case key.Matches(msg, k.MoreDots):
		return s.setDots(s.data.setting.Dots + 1)
	case key.Matches(msg, k.LessDots):
		return s.setDots(s.data.setting.Dots - 1)
	case key.Matches(msg, k.Names):
		set := s.data.setting
		set.Names = !set.Names
		return s.saveSetting(set, s.ctx.T("votes.names."+map[bool]string{true: "on", false: "off"}[set.Names]))
	}
	switch s.mode {
	case votesDots:
		return s.dotsKey(msg)
	case votesStickers:
		return s.stickerKey(msg)
	}
	return nil
}

func toggleVotes(m, to votesMode) votesMode {
	if m == to {
		return votesDots
	}
	return to
}

// dotsKey puts the current person's dots on the option under the cursor.
func (s *Votes) dotsKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.NextVoter):
		if n := len(s.data.voters); n > 0 {
			s.voter = (s.voter + 1) % n
		}
		return nil
	case key.Matches(msg, k.PrevVoter):
		if n := len(s.data.voters); n > 0 {
			s.voter = (s.voter + n - 1) % n
		}
		return nil
	}
	o, ok := s.selected()
	p, has := s.current()
	if !ok || !has {
		return nil
	}
	on := s.data.dotsOn(o.ID, p.id)
	switch {
	case key.Matches(msg, k.More):
		return s.vote(o, p, on+1)
	case key.Matches(msg, k.Less):
		return s.vote(o, p, max(0, on-1))
	case key.Matches(msg, k.Set):
		return s.vote(o, p, int(msg.Code-'0'))
	case key.Matches(msg, k.Clear):
		return s.vote(o, p, 0)
	}
	return nil
}

// vote stores p's dots on o, within p's dots for the step: a person can
// put them all on one option or spread them, never more than they have.
func (s *Votes) vote(o sessions.VoteOption, p voter, dots int) tea.Cmd {
	all, on := sessions.DotsOf(s.data.votes, p.id), s.data.dotsOn(o.ID, p.id)
	if all-on+dots > s.data.setting.Dots {
		if left := s.data.setting.Dots - all; left > 0 {
			return Notify(s.ctx.T("votes.limit", p.label, s.data.setting.Dots, left))
		}
		return Notify(s.ctx.T("votes.limit.all", p.label, s.data.setting.Dots))
	}
	at := voteAt{o.ID, p.id}
	return s.saveCount(s.dotsRecord(o, p), countCell[voteAt]{at, on, on}, dots, func() (int, error) {
		vs, err := s.ctx.Store.Votes(s.stepID)
		return votesData{votes: vs}.dotsOn(o.ID, p.id), err
	})
}

// voteAt is a person's place on an option; the option alone (person
// zero) for its stickers.
type voteAt struct{ option, person sessions.ID }

// saveCount stores n over base, the count the screen showed: when
// someone else changed it meanwhile, nothing is stored and the person
// chooses which stays (conflict_screen.go); stored reads it as stored.
func (s *Votes) saveCount(r *record[countCell[voteAt]], base countCell[voteAt], n int, stored func() (int, error)) tea.Cmd {
	mine := base
	mine.n = n
	_, ok, x, cmd := r.saved(base, mine, false)
	switch {
	case x != nil:
		s.typed = false
		return askOver(s.ctx, x, s.Title(), func() (countCell[voteAt], error) {
			n, err := stored()
			return countCell[voteAt]{base.at, n, n}, err
		}, func(clashChoice, countCell[voteAt]) tea.Cmd { return s.reload() })
	case !ok:
		return cmd
	}
	return tea.Batch(cmd, s.reload())
}

func (s *Votes) dotsRecord(o sessions.VoteOption, p voter) *record[countCell[voteAt]] {
	return countRecord(s.ctx, "conflict.vote",
		func(_ voteAt, n int) string { return s.ctx.T("conflict.vote.line", p.label, s.data.optionLabel(o), n) },
		func(at voteAt, n, was int) (int, bool, error) {
			err := s.ctx.Store.ChangeVote(sessions.Vote{OptionID: at.option, ParticipantID: at.person, Dots: n}, was)
			now, changed := sessions.Changed[sessions.Vote](err)
			return now.Dots, changed, err
		})
}

func (s *Votes) optionStickersRecord(o sessions.VoteOption) *record[countCell[voteAt]] {
	return countRecord(s.ctx, "conflict.option",
		func(_ voteAt, n int) string {
			if n < 0 {
				return s.ctx.T("conflict.option.none", s.data.optionLabel(o))
			}
			return s.ctx.T("conflict.option.line", s.data.optionLabel(o), n)
		},
		func(at voteAt, n, was int) (int, bool, error) {
			err := s.ctx.Store.SetOptionStickers(sessions.VoteOption{ID: at.option, Stickers: n}, was)
			now, changed := sessions.Changed[sessions.VoteOption](err)
			return now.Stickers, changed, err
		})
}

// stickerKey types or adjusts the sticker count of the option: digits
// make a number (a second digit right after adds to it), + and - count
// one, ⌫ says no stickers were counted.
func (s *Votes) stickerKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	o, ok := s.selected()
	if !ok {
		return nil
	}
	n, was := max(0, o.Stickers), o.Stickers
	switch {
	case key.Matches(msg, k.Uncount):
		o.Stickers, s.typed = -1, false
	case key.Matches(msg, k.Count):
		d := int(msg.Code - '0')
		if s.typed && n < 1000 {
			d = n*10 + d
		}
		o.Stickers, s.typed = d, true
	case key.Matches(msg, k.More): // adding is never a clash: one more on top of what is stored
		s.typed = false
		if err := s.ctx.Store.AddOptionSticker(&o); err != nil {
			return Fail(err)
		}
		return s.reload()
	case key.Matches(msg, k.Less):
		o.Stickers, s.typed = max(0, n-1), false
	default:
		return nil
	}
	if o.Stickers == was {
		return nil
	}
	return s.saveCount(s.optionStickersRecord(o), countCell[voteAt]{voteAt{option: o.ID}, was, was}, o.Stickers, func() (int, error) {
		os, err := s.ctx.Store.VoteOptions(s.stepID)
		for _, x := range os {
			if x.ID == o.ID {
				return x.Stickers, err
			}
		}
		return -1, err
	})
}

// setDots changes how many dots each person has; never below what
// someone has already used.
func (s *Votes) setDots(n int) tea.Cmd {
	if n < 1 || n > 99 {
		return nil
	}
	for _, p := range s.data.voters {
		if used := sessions.DotsOf(s.data.votes, p.id); used > n {
			return Notify(s.ctx.T("votes.dots.used", p.label, used))
		}
	}
	set := s.data.setting
	set.Dots = n
	return s.saveSetting(set, s.ctx.T("votes.dots.now", n))
}

func (s *Votes) saveSetting(v sessions.VoteSetting, note string) tea.Cmd {
	if err := s.ctx.Store.SetVoteSetting(s.stepID, v); err != nil {
		return Fail(err)
	}
	s.data.setting = v
	return Notify(note)
}

// remove removes the option under the cursor, with its dots, on a second
// x: the dots cannot be brought back.
func (s *Votes) remove(confirmed bool) tea.Cmd {
	o, ok := s.selected()
	if !ok {
		return nil
	}
	label := s.data.optionLabel(o)
	if !confirmed {
		s.removal = true
		return Notify(s.ctx.T("votes.remove.confirm", label))
	}
	if err := s.ctx.Store.DeleteVoteOption(o.ID); err != nil {
		return Fail(err)
	}
	return tea.Batch(s.reload(), Notify(s.ctx.T("votes.removed", label)))
}

// reload reads the options and the dots again after a change, at once.
func (s *Votes) reload() tea.Cmd {
	var err error
	if s.data.options, err = s.ctx.Store.VoteOptions(s.stepID); err != nil {
		return Fail(err)
	}
	if s.data.votes, err = s.ctx.Store.Votes(s.stepID); err != nil {
		return Fail(err)
	}
	s.option.SetLen(len(s.data.options))
	return nil
}

// openAdd offers the session's themes and what was said before the step
// as options; typed text that matches none becomes an option of its own.
func (s *Votes) openAdd() {
	var items []pickItem
	have := map[string]bool{}
	for _, o := range s.data.options {
		have[strings.ToLower(s.data.optionLabel(o))] = true
	}
	for _, t := range s.data.themes {
		if !have[strings.ToLower(t.Name)] {
			items = append(items, pickItem{Label: t.Name, Hint: s.ctx.T("votes.from.theme"), Value: t})
		}
	}
	for _, c := range s.data.said {
		if !have[strings.ToLower(c.Text)] {
			items = append(items, pickItem{Label: oneLineText(c.Text), Hint: s.ctx.T("votes.from.said"), Value: c})
		}
	}
	p := newPicker(s.ctx, s.ctx.T("votes.add.title"), items, s.ctx.T("votes.add.new"))
	s.picker = &p
}

// addOption stores the option chosen or typed in the picker.
func (s *Votes) addOption(m pickedMsg) tea.Cmd {
	o := sessions.VoteOption{StepID: s.stepID, Stickers: -1}
	switch v := m.Value.(type) {
	case sessions.Theme:
		o.ThemeID, o.Text = v.ID, v.Name
	case sessions.Contribution:
		o.ContributionID, o.Text = v.ID, v.Text
	default:
		o.Text = sessions.Clean(m.New)
	}
	if strings.TrimSpace(o.Text) == "" {
		return nil
	}
	if err := s.ctx.Store.SaveVoteOption(&o); err != nil {
		return Fail(err)
	}
	cmd := s.reload()
	s.option.Last()
	return tea.Batch(cmd, Notify(s.ctx.T("votes.added", s.data.optionLabel(o))))
}

// oneLineText is text on one line, for a picker's row.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }
