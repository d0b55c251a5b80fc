package screens

import (
	"errors"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A placement is saved against the placement as it was when the change
// began: the one shown when a point is typed, the one when the example's
// editing started (exampleBase). A change elsewhere to the other side or
// the example is merged; a change to the same one opens a clash
// (conflict.go) that has the keys until the person chooses.

// placeClash is a clash about one placement. mine is what saving mine
// stores: this program's changes over theirs.
type placeClash struct {
	*clash
	theirs, mine sessions.Placement
	edit         bool // mine has the example being edited
}

// save stores mine, a change of base, and shows it only when it is
// stored. It reports whether it was stored.
func (s *Schema) save(base, mine sessions.Placement, edit bool) (bool, tea.Cmd) {
	p := mine
	p.Version = base.Version
	var note tea.Cmd
	for range 3 { // a new change elsewhere between two tries is merged again
		err := s.ctx.Store.SavePlacement(&p)
		if err == nil {
			s.data.placements[placeKey{p.ParticipantID, p.Dimension}] = p
			s.refigure()
			return true, note
		}
		theirs, changed := sessions.Changed[sessions.Placement](err)
		if !changed {
			if errors.Is(err, sessions.ErrNotFound) {
				delete(s.data.placements, placeKey{p.ParticipantID, p.Dimension})
			}
			return false, Fail(err)
		}
		s.data.placements[placeKey{theirs.ParticipantID, theirs.Dimension}] = theirs
		s.refigure()
		merged, ok := sessions.MergePlacement(base, mine, theirs, sessions.Ask)
		if !ok {
			over, _ := sessions.MergePlacement(base, mine, theirs, sessions.MineWins)
			s.clash = &placeClash{
				clash:  newClash(s.ctx, s.ctx.T("conflict.placement"), s.placeLines(theirs), s.placeLines(over), edit, false),
				theirs: theirs, mine: over, edit: edit,
			}
			return false, nil
		}
		base, mine, p = theirs, merged, merged
		note = Notify(s.ctx.T("conflict.merged"))
	}
	return false, nil
}

// placeLines is a placement in words: its points and its example.
func (s *Schema) placeLines(p sessions.Placement) []string {
	out := []string{s.ctx.T("conflict.placement.line", pointOrDash(p.Now), pointOrDash(p.Wish))}
	if p.Example != "" {
		out = append(out, s.ctx.T("conflict.placement.example", p.Example))
	}
	return out
}

// refreshClash shows the stored placement as it is now, after a reload.
func (s *Schema) refreshClash() {
	if s.clash == nil {
		return
	}
	k := placeKey{s.clash.theirs.ParticipantID, s.clash.theirs.Dimension}
	if p, ok := s.data.placements[k]; ok {
		s.clash.theirs, s.clash.mine.Version = p, p.Version
		s.clash.clash.theirs = s.placeLines(p)
	}
}

// clashKey carries out the person's choice.
func (s *Schema) clashKey(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	x := s.clash
	switch x.Update(msg) {
	case clashTheirs:
		s.clash = nil
		if x.edit {
			s.stopEditing()
			return s, tea.Batch(s.clearDraft(), Notify(s.ctx.T("conflict.kept.theirs")))
		}
		return s, Notify(s.ctx.T("conflict.kept.theirs"))
	case clashMine:
		s.clash = nil
		stored, cmd := s.save(x.theirs, x.mine, x.edit)
		if !stored {
			return s, cmd
		}
		note := Notify(s.ctx.T("conflict.kept.mine"))
		if x.edit {
			s.stopEditing()
			return s, tea.Batch(note, s.clearDraft())
		}
		return s, note
	case clashEdit:
		s.clash = nil
		s.exampleBase = x.theirs // the next enter saves over theirs
		s.example.SetValue(x.mine.Example)
		s.example.CursorEnd()
		return s, nil
	}
	return s, nil
}

func (s *Schema) clashKeyMap() help.KeyMap {
	b := s.clash.bindings()
	return keyMap{short: b, full: [][]key.Binding{b}}
}

// clashView is the question, under the person and dimension it is about.
func (s *Schema) clashView() string {
	who := s.who()
	head := truncate(who.label+" · "+s.ctx.T("schema.dim", s.text.Dimensions[s.dim].Number), s.width)
	return head + "\n" + s.clash.View(s.width, max(4, s.height-1))
}
