package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Placing: one person (or the group) at a time, one dimension at a time.
// Digits set a point at once, arrows nudge it, 0 or backspace clears it.

func (s *Schema) who() schemaPerson { return s.data.persons[s.person] }

// current is the placement being edited, or an empty one.
func (s *Schema) current() sessions.Placement {
	id := s.who().id
	if p, ok := s.data.placements[placeKey{id, s.dim + 1}]; ok {
		return p
	}
	return sessions.Placement{SessionID: s.sessionID, ParticipantID: id, Dimension: s.dim + 1}
}

func (s *Schema) placeKey(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := s.keys
	n := len(s.data.persons)
	switch {
	case key.Matches(msg, k.NextPerson):
		s.person = (s.person + 1) % n
	case key.Matches(msg, k.PrevPerson):
		s.person = (s.person - 1 + n) % n
	case key.Matches(msg, k.Now):
		s.wish = false
	case key.Matches(msg, k.Wish):
		s.wish = true
	case key.Matches(msg, k.Left):
		return s, s.setValue(nudge(s.value(), -1))
	case key.Matches(msg, k.Right):
		return s, s.setValue(nudge(s.value(), 1))
	case key.Matches(msg, k.Point):
		return s, s.setValue(int(msg.String()[0] - '0'))
	case key.Matches(msg, k.Clear):
		return s, s.setValue(0)
	case key.Matches(msg, k.Example):
		return s, s.startExample("")
	}
	return s, nil
}

// nudge moves a point by delta within 1..7; from "not placed" the first
// press lands in the middle.
func nudge(v, delta int) int {
	if v == 0 {
		return (sessions.SchemaPoints + 1) / 2
	}
	return min(max(v+delta, 1), sessions.SchemaPoints)
}

func (s *Schema) value() int {
	if p := s.current(); s.wish {
		return p.Wish
	} else {
		return p.Now
	}
}

func (s *Schema) setValue(v int) tea.Cmd {
	p := s.current()
	old := p
	if s.wish {
		p.Wish = v
	} else {
		p.Now = v
	}
	if p == old {
		return nil
	}
	_, cmd := s.save(old, p, false)
	return cmd
}

func (s *Schema) startExample(text string) tea.Cmd {
	if text == "" {
		text = s.current().Example
	}
	s.editing, s.exampleBase = true, s.current()
	s.example.SetValue(text)
	s.example.CursorEnd()
	return s.example.Focus()
}

func (s *Schema) editKey(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, s.keys.Save):
		p := s.exampleBase
		p.Example = sessions.CleanLine(s.example.Value())
		stored, cmd := s.save(s.exampleBase, p, true)
		if !stored { // the text stays in the input (a clash, or a failure)
			return s, cmd
		}
		s.stopEditing()
		return s, tea.Batch(cmd, s.clearDraft())
	case key.Matches(msg, s.keys.Cancel):
		s.stopEditing()
		return s, s.clearDraft()
	}
	var cmd tea.Cmd
	s.example, cmd = s.example.Update(msg)
	return s, tea.Batch(cmd, s.draftLater())
}

func (s *Schema) stopEditing() {
	s.editing = false
	s.example.Blur()
}

func (s *Schema) placeView() string {
	st := s.ctx.Styles
	w := s.width
	who := s.who()
	head := []string{
		truncate(s.ctx.T("schema.who", st.Selected.Render(" "+who.label+" "), s.person+1, len(s.data.persons)), w),
	}
	for _, l := range wrap(s.ctx.T("schema.hint.place"), w) {
		head = append(head, st.Subtle.Render(l))
	}
	head = append(head, s.poleHeadings()...)
	block := s.focusHeader()
	p := s.current()
	sc := newScale(w, 16)
	block = append(block, sc.header())
	for _, side := range []bool{false, true} {
		v, mark := p.Now, s.marks.now
		if side {
			v, mark = p.Wish, s.marks.wish
		}
		var c [sessions.SchemaPoints + 1]int
		if v > 0 {
			c[v] = 1
		}
		val := s.ctx.T("schema.notplaced")
		if v > 0 {
			val = fmt.Sprint(v)
		}
		block = append(block, sc.row(s.sideLabel(side, side == s.wish), c, mark)+"  "+val)
	}
	block = append(block, s.exampleLine(p))
	var others []string
	for i, d := range s.text.Dimensions {
		if i == s.dim {
			continue
		}
		q := s.data.placements[placeKey{who.id, d.Number}]
		sum := s.ctx.T("schema.place.summary", pointOrDash(q.Now), pointOrDash(q.Wish))
		others = append(others, s.compactDim(d, sum))
	}
	return s.fit(head, block, others)
}

func pointOrDash(v int) string {
	if v == 0 {
		return "–"
	}
	return fmt.Sprint(v)
}

// sideLabel is "nu" or "wens", marked when it is the side being placed.
func (s *Schema) sideLabel(wish, active bool) string {
	l := s.ctx.T("schema.now")
	if wish {
		l = s.ctx.T("schema.wish")
	}
	if active && s.mode != modeGroup {
		return s.ctx.Styles.Selected.Render(cursorMark + l)
	}
	return "  " + l
}

func (s *Schema) exampleLine(p sessions.Placement) string {
	label := s.ctx.T("schema.example") + ": "
	if s.editing {
		return label + s.example.View()
	}
	if strings.TrimSpace(p.Example) == "" {
		return s.ctx.Styles.Subtle.Render(truncate(label+s.ctx.T("schema.example.none"), s.width))
	}
	return truncate(label+p.Example, s.width)
}
