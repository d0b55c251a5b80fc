package screens

import (
	"fmt"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

type groupChoice struct{}
type nobodyChoice struct{}

// openWhoPicker offers the group, nobody, and the participants (those
// present first); typing a new name adds a late arrival.
func (s *SessionScreen) openWhoPicker(purpose pickPurpose) {
	items := []pickItem{
		{Label: s.ctx.T("group"), Value: groupChoice{}},
		{Label: s.ctx.T("session.nobody"), Value: nobodyChoice{}},
	}
	var later []pickItem
	for _, p := range s.people {
		it := pickItem{Label: p.Name, Value: p.ID}
		if s.present[p.ID] == sessions.Present {
			it.Hint = s.ctx.T("attendance." + itoa(int(sessions.Present)))
			items = append(items, it)
		} else {
			later = append(later, it)
		}
	}
	items = append(items, later...)
	p := newPicker(s.ctx, s.ctx.T("session.pick.who"), items, s.ctx.T("session.pick.new"))
	s.picker, s.pickFor = &p, purpose
}

func (s *SessionScreen) openStepPicker() {
	var items []pickItem
	for i, st := range s.session.Steps {
		items = append(items, pickItem{Label: fmt.Sprintf("%d. %s", i+1, st.Title), Value: i})
	}
	p := newPicker(s.ctx, s.ctx.T("session.pick.step"), items, "")
	s.picker, s.pickFor = &p, pickStep
}

// picked applies a choice made in the picker.
func (s *SessionScreen) picked(m pickedMsg) tea.Cmd {
	if s.pickFor == pickStep {
		i, ok := m.Value.(int)
		c := s.pickC
		if !ok || c.ID == 0 || i >= len(s.session.Steps) {
			return nil
		}
		base := c
		c.StepID = s.session.Steps[i].ID
		stored, merged, err := s.saveEntry(base, c, false)
		if err != nil || !stored {
			return s.list.updateFailed(c, err)
		}
		s.list.sync()
		return tea.Batch(noteOr(merged, s.ctx.T("session.moved", i+1)), s.changed())
	}
	var who attribution
	var note tea.Cmd
	switch v := m.Value.(type) {
	case groupChoice:
		who.group = true
	case nobodyChoice:
	case sessions.ID:
		who.id = v
		note = s.markPresent(v)
	default:
		if m.New == "" {
			return nil
		}
		p, err := s.addLateArrival(m.New)
		if err != nil {
			return Fail(err)
		}
		who.id = p.ID
		note = Notify(s.ctx.T("session.late", p.Name))
	}
	if s.pickFor == pickWho {
		s.capture.who = who
		return tea.Batch(note, s.capture.changed())
	}
	c := s.pickC
	if c.ID == 0 {
		return note
	}
	base := c
	c.ParticipantID, c.ByGroup = who.id, who.group
	stored, merged, err := s.saveEntry(base, c, false)
	if err != nil || !stored {
		return tea.Batch(note, s.list.updateFailed(c, err))
	}
	return tea.Batch(note, merged, s.changed())
}

// addLateArrival adds someone who came in during the session, marks them
// present, and leaves them unnamed in every export until they choose.
func (s *SessionScreen) addLateArrival(name string) (sessions.Participant, error) {
	p := sessions.Participant{WerkgroepID: s.werkgroep.ID, Name: sessions.CleanLine(name),
		Naming: sessions.NotNamed, Paragraph: sessions.NotNamed}
	if err := s.ctx.Store.SaveParticipant(&p); err != nil {
		return p, err
	}
	if err := s.ctx.Store.SetAttendance(s.session.ID, p.ID, sessions.Present); err != nil {
		return p, err
	}
	s.people = append(s.people, p)
	s.present[p.ID] = sessions.Present
	return p, nil
}

func itoa(i int) string { return strconv.Itoa(i) }

// markPresent records someone as present when they speak while marked
// absent or not yet marked: who speaks was there.
func (s *SessionScreen) markPresent(id sessions.ID) tea.Cmd {
	if s.present[id] == sessions.Present {
		return nil
	}
	if err := s.ctx.Store.SetAttendance(s.session.ID, id, sessions.Present); err != nil {
		return Fail(err)
	}
	s.present[id] = sessions.Present
	for _, p := range s.people {
		if p.ID == id {
			return Notify(s.ctx.T("session.now.present", p.Name))
		}
	}
	return nil
}
