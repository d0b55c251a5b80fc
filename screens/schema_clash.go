package screens

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A placement is saved against the placement as it was when the change
// began: the one shown when a point is typed, the one when the example's
// editing started (exampleBase). A change elsewhere to the other side or
// the example is merged; a change to the same one opens a clash
// (conflict.go) that has the keys until the person chooses.

// placeClash is a clash about one placement. mine is what saving mine
// stores: this program's changes over theirs; edit: mine has the example
// being edited.
type placeClash = recordClash[sessions.Placement]

func (s *Schema) placeRecord() *record[sessions.Placement] {
	return &record[sessions.Placement]{ctx: s.ctx,
		store: s.ctx.Store.SavePlacement,
		merge: sessions.MergePlacement,
		lines: s.placeLines,
		same: func(x, y sessions.Placement) bool {
			return x.ParticipantID == y.ParticipantID && x.Dimension == y.Dimension
		},
		ref:   func(p *sessions.Placement) (*sessions.ID, *int64) { return nil, &p.Version },
		intro: "conflict.placement",
		seen:  s.show}
}

// show makes p the placement shown for its person and dimension.
func (s *Schema) show(p sessions.Placement) {
	s.data.placements[placeKey{p.ParticipantID, p.Dimension}] = p
	s.refigure()
}

// save stores mine, a change of base, and shows it only when it is
// stored. It reports whether it was stored.
func (s *Schema) save(base, mine sessions.Placement, edit bool) (bool, tea.Cmd) {
	p, note, open, err := s.placeRecord().save(base, mine, edit)
	switch {
	case open != nil:
		s.clash = open
		return false, nil
	case err == nil:
		s.show(p)
		return true, note
	case errors.Is(err, sessions.ErrNotFound):
		delete(s.data.placements, placeKey{p.ParticipantID, p.Dimension})
	}
	return false, Fail(err)
}

// placeLines is a placement in words: its points and its example.
func (s *Schema) placeLines(p sessions.Placement) []string {
	out := []string{s.ctx.T("conflict.placement.line", pointOrDash(p.Now), pointOrDash(p.Wish))}
	if p.Example != "" {
		out = append(out, s.ctx.T("conflict.placement.example", p.Example))
	}
	return out
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
		stored, cmd := s.save(*x.theirs, x.mine, x.edit)
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
		s.exampleBase = *x.theirs // the next enter saves over theirs
		s.example.SetValue(x.mine.Example)
		s.example.CursorEnd()
		return s, nil
	}
	return s, nil
}

// clashView is the question, under the person and dimension it is about.
func (s *Schema) clashView() string {
	who := s.who()
	head := truncate(who.label+" · "+s.ctx.T("schema.dim", s.text.Dimensions[s.dim].Number), s.width)
	return head + "\n" + s.clash.View(s.width, max(4, s.height-1))
}
