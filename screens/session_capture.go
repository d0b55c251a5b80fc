package screens

import (
	"errors"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// captureKey handles a key while the input has focus: capture keys first,
// then the editor.
func (s *SessionScreen) captureKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	s.guard.next()
	switch {
	case key.Matches(msg, k.Store):
		if s.editing == 0 && sessions.Clean(s.input.Value()) != "" {
			ok, cmd := s.mayChange(msg)
			if !ok {
				return cmd
			}
			return tea.Batch(cmd, s.storeInput())
		}
		return s.storeInput()
	case key.Matches(msg, k.Attribute):
		s.openWhoPicker(pickWho)
		return nil
	case key.Matches(msg, k.CycleKind):
		s.kind = (s.kind + 1) % sessions.Kind(len(sessions.Kinds))
		return s.inputChanged()
	case key.Matches(msg, k.NextStep):
		return s.goToStep(s.nextStep(1))
	case key.Matches(msg, k.PrevStep):
		return s.goToStep(s.nextStep(-1))
	case key.Matches(msg, k.Timer):
		return s.toggleClock()
	case key.Matches(msg, k.Present):
		s.before, s.mode = s.mode, modePresent
		return nil
	case key.Matches(msg, k.Leave):
		if s.editing != 0 {
			s.cancelEdit()
			return nil
		}
		s.toList()
		return nil
	}
	for i, b := range k.Kinds {
		if key.Matches(msg, b) {
			s.kind = sessions.Kind(i)
			return s.inputChanged()
		}
	}
	if s.input.Update(msg) {
		return s.inputChanged()
	}
	return nil
}

// nextStep is the index delta steps away, passing over skipped steps.
func (s *SessionScreen) nextStep(delta int) int {
	for i := s.step + delta; i >= 0 && i < len(s.session.Steps); i += delta {
		if !s.session.Steps[i].Skipped {
			return i
		}
	}
	return s.step
}

// storeInput stores the typed contribution (or the edit) at once. If the
// store fails, the text stays in the input: nothing is lost.
func (s *SessionScreen) storeInput() tea.Cmd {
	text := sessions.Clean(s.input.Value())
	if text == "" {
		step := s.currentStep()
		if open := kindOf(step.Kind).open; s.editing == 0 && open != nil {
			return s.ctx.Push(open(s.ctx, s.werkgroep.ID, s.session.ID, step.ID))
		}
		return nil
	}
	if s.editing != 0 {
		return s.finishEdit(text)
	}
	c := sessions.Contribution{SessionID: s.session.ID, StepID: s.currentStep().ID,
		ParticipantID: s.who.id, ByGroup: s.who.group, Kind: s.kind, Text: text}
	if err := s.ctx.Store.AddContribution(&c); err != nil {
		return Fail(err)
	}
	s.byStep[c.StepID] = append(s.byStep[c.StepID], c)
	s.input.Reset()
	s.kind, s.who = sessions.Inbreng, attribution{}
	s.list.SetLen(len(s.current()))
	s.list.Last()
	cmds := []tea.Cmd{s.clearDraft(), s.changed()}
	if s.session.Status == sessions.Planned {
		s.session.Status = sessions.Running
		if err := s.ctx.Store.UpdateSession(s.session); err != nil {
			cmds = append(cmds, Fail(err))
		} else {
			cmds = append(cmds, keepCopy(s.ctx, s.werkgroep.ID, s.werkgroep.Name, s.session.Number, ""))
		}
	}
	return tea.Batch(cmds...)
}

func (s *SessionScreen) selected() (sessions.Contribution, bool) {
	cs := s.current()
	if s.list.Index < len(cs) && len(cs) > 0 {
		return cs[s.list.Index], true
	}
	return sessions.Contribution{}, false
}

// replace puts an updated contribution in its place (or its new step).
func (s *SessionScreen) replace(c sessions.Contribution) {
	for step, cs := range s.byStep {
		if i := slices.IndexFunc(cs, func(x sessions.Contribution) bool { return x.ID == c.ID }); i >= 0 {
			if step == c.StepID {
				cs[i] = c
				return
			}
			s.byStep[step] = slices.Delete(cs, i, i+1)
			break
		}
	}
	cs := append(s.byStep[c.StepID], c)
	slices.SortFunc(cs, func(a, b sessions.Contribution) int { return int(a.ID - b.ID) })
	s.byStep[c.StepID] = cs
}

// startEdit puts a stored contribution in the input, with its own author
// and kind; the new entry being typed waits aside.
func (s *SessionScreen) startEdit(c sessions.Contribution) {
	s.editing = c.ID
	s.stash = newEntry{text: s.input.Value(), who: s.who, kind: s.kind}
	s.input.SetValue(c.Text)
	s.who, s.kind = attribution{id: c.ParticipantID, group: c.ByGroup}, c.Kind
	s.mode = modeCapture
	s.input.focused = true
}

// endEdit brings back the new entry that waited aside.
func (s *SessionScreen) endEdit() {
	s.editing, s.editGone = 0, false
	s.input.SetValue(s.stash.text)
	s.who, s.kind = s.stash.who, s.stash.kind
	s.stash = newEntry{}
	s.toList()
}

func (s *SessionScreen) cancelEdit() { s.endEdit() }

// finishEdit stores the edited text, author and kind; when another
// program deleted the contribution meanwhile, it offers to store the text
// as a new one instead (session_gone.go).
func (s *SessionScreen) finishEdit(text string) tea.Cmd {
	if s.editGone {
		return s.storeEditAsNew(text)
	}
	for _, c := range s.current() {
		if c.ID != s.editing {
			continue
		}
		c.Text, c.Kind = text, s.kind
		c.ParticipantID, c.ByGroup = s.who.id, s.who.group
		if err := s.ctx.Store.UpdateContribution(c); err != nil {
			if errors.Is(err, sessions.ErrNotFound) {
				return s.editGoneAway()
			}
			return Fail(err)
		}
		s.replace(c)
		s.endEdit()
		return tea.Batch(Notify(s.ctx.T("session.edited")), s.changed())
	}
	return s.editGoneAway() // reloaded meanwhile, without it
}

// listKey handles a key in the list of what was captured.
func (s *SessionScreen) listKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	confirming := s.confirm
	s.confirm = false
	s.guard.next()
	if k.listKeys.move(msg, &s.list) {
		return nil
	}
	c, ok := s.selected()
	if confirming && !key.Matches(msg, k.Status) {
		return Notify(s.ctx.T("session.confirm.kept"))
	}
	if s.changesMinutes(msg, ok) {
		allowed, cmd := s.mayChange(msg)
		if !allowed {
			return cmd
		}
		return tea.Batch(cmd, s.listChange(msg, c, ok))
	}
	return s.listOther(msg, c, ok, confirming)
}

// changesMinutes reports whether a list key changes what the minutes say;
// ok says whether a contribution is selected.
func (s *SessionScreen) changesMinutes(msg tea.KeyPressMsg, ok bool) bool {
	k := s.keys
	for _, b := range []key.Binding{k.Edit, k.Delete, k.Move, k.Attrib, k.SetKind, k.GroupOnly} {
		if ok && key.Matches(msg, b) {
			return true
		}
	}
	return key.Matches(msg, k.Undo) && len(s.undo) > 0
}

// listChange handles a list key that changes the minutes: the selected
// contribution c (when ok), or the last one deleted.
func (s *SessionScreen) listChange(msg tea.KeyPressMsg, c sessions.Contribution, ok bool) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Edit) && ok:
		s.startEdit(c)
	case key.Matches(msg, k.Delete) && ok:
		if err := s.ctx.Store.DeleteContribution(c.ID); err != nil {
			return Fail(err)
		}
		s.undo = append(s.undo, c)
		cs := s.byStep[c.StepID]
		s.byStep[c.StepID] = slices.DeleteFunc(slices.Clone(cs), func(x sessions.Contribution) bool { return x.ID == c.ID })
		s.list.SetLen(len(s.current()))
		return tea.Batch(Notify(s.ctx.T("session.deleted")), s.changed())
	case key.Matches(msg, k.Undo) && len(s.undo) > 0:
		c := s.undo[len(s.undo)-1]
		if err := s.ctx.Store.RestoreContribution(c); err != nil {
			return Fail(err)
		}
		s.undo = s.undo[:len(s.undo)-1]
		s.replace(c)
		s.list.SetLen(len(s.current()))
		for i, x := range s.current() {
			if x.ID == c.ID {
				s.list.To(i)
			}
		}
		return tea.Batch(Notify(s.ctx.T("session.restored")), s.changed())
	case key.Matches(msg, k.Move) && ok:
		s.openStepPicker()
	case key.Matches(msg, k.Attrib) && ok:
		s.openWhoPicker(pickWhoSelected)
	case key.Matches(msg, k.GroupOnly) && ok:
		return s.toggleGroupOnly(c)
	case key.Matches(msg, k.SetKind) && ok:
		c.Kind = sessions.Kind(msg.Code - '1')
		if err := s.ctx.Store.UpdateContribution(c); err != nil {
			return s.updateFailed(c, err)
		}
		s.replace(c)
		return s.changed()
	}
	return nil
}

// listOther handles the list keys that change nothing in the minutes.
func (s *SessionScreen) listOther(msg tea.KeyPressMsg, c sessions.Contribution, ok, confirming bool) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Back):
		s.stopTimer()
		return tea.Batch(s.saveDraftNow(), s.ctx.Pop())
	case key.Matches(msg, k.Type):
		s.toCapture()
	case key.Matches(msg, k.Outcome) && ok:
		return s.ctx.Push(NewOutcomeForm(s.ctx, c))
	case key.Matches(msg, k.Next):
		return s.goToStep(s.nextStep(1))
	case key.Matches(msg, k.Prev):
		return s.goToStep(s.nextStep(-1))
	case key.Matches(msg, k.ToggleTimer):
		return s.toggleClock()
	case key.Matches(msg, k.Show):
		s.before, s.mode = s.mode, modePresent
	case key.Matches(msg, k.Status):
		if s.session.Status == sessions.Running && !confirming {
			s.confirm = true
			return Notify(s.ctx.T("session.confirm.done"))
		}
		return s.cycleStatus()
	case key.Matches(msg, k.Actions):
		return s.ctx.Push(NewActions(s.ctx, s.werkgroep.ID, s.session.ID))
	case key.Matches(msg, k.People):
		return s.ctx.Push(NewParticipants(s.ctx, s.werkgroep.ID, s.session.ID))
	case key.Matches(msg, k.Export):
		return s.ctx.Push(NewExport(s.ctx, s.werkgroep.ID, s.session.Number))
	case key.Matches(msg, k.OpenSchema):
		return s.ctx.Push(NewSchema(s.ctx, s.werkgroep.ID, s.session.ID))
	}
	return nil
}

// stopTimer pauses the timer and stores the time used in this step.
func (s *SessionScreen) stopTimer() {
	if len(s.session.Steps) == 0 {
		return
	}
	used := s.timer.Stop(s.ctx.Now())
	cur := &s.session.Steps[s.step]
	if used != cur.Elapsed {
		cur.Elapsed = used
		s.ctx.Store.SetElapsed(cur.ID, int64(used.Seconds()))
	}
}

// cycleStatus moves the session planned → running → done → running.
func (s *SessionScreen) cycleStatus() tea.Cmd {
	was := s.session.Status
	switch s.session.Status {
	case sessions.Planned, sessions.Done:
		s.session.Status = sessions.Running
	default:
		s.session.Status = sessions.Done
	}
	if err := s.ctx.Store.UpdateSession(s.session); err != nil {
		return Fail(err)
	}
	notice := s.ctx.T("session.status.now", s.ctx.T("status."+itoa(int(s.session.Status))))
	if starts(was, s.session.Status) {
		return tea.Batch(Notify(notice), keepCopy(s.ctx, s.werkgroep.ID, s.werkgroep.Name, s.session.Number, notice))
	}
	return Notify(notice)
}

func (s *SessionScreen) presentKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.StopPresenting):
		s.mode = s.before
		s.input.focused = s.mode == modeCapture
		s.scroll = 0
	case key.Matches(msg, k.Next):
		return s.goToStep(s.nextStep(1))
	case key.Matches(msg, k.Prev):
		return s.goToStep(s.nextStep(-1))
	case key.Matches(msg, k.Up):
		s.scroll++
	case key.Matches(msg, k.Down):
		s.scroll = max(0, s.scroll-1)
	case key.Matches(msg, k.ToggleTimer):
		return s.toggleClock()
	}
	return nil
}
