package screens

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Stickers: when the group placed stickers on a wall, the note-taker
// enters how many are at each point, for now and wish, without names.
// Digits type a count (1 then 2 is 12), + and - add or take one.

func (s *Schema) stickerKey(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := s.keys
	sk := stickerKey{s.dim + 1, s.wish, s.point}
	n := s.data.stickers[sk]
	switch {
	case key.Matches(msg, k.Left):
		s.point, s.typed = max(s.point-1, 1), false
	case key.Matches(msg, k.Right):
		s.point, s.typed = min(s.point+1, sessions.SchemaPoints), false
	case key.Matches(msg, k.Now):
		s.wish, s.typed = false, false
	case key.Matches(msg, k.Wish):
		s.wish, s.typed = true, false
	case key.Matches(msg, k.Count):
		d := int(msg.String()[0] - '0')
		if s.typed && n < 100 {
			d += n * 10
		}
		s.typed = true
		return s, s.saveSticker(sk, d)
	case key.Matches(msg, k.More):
		s.typed = false
		return s, s.addSticker(sk)
	case key.Matches(msg, k.Less):
		s.typed = false
		return s, s.saveSticker(sk, max(n-1, 0))
	case key.Matches(msg, k.Erase):
		s.typed = true
		return s, s.saveSticker(sk, n/10)
	}
	return s, nil
}

// addSticker counts one more at k, on top of what is stored: adding is
// never a clash.
func (s *Schema) addSticker(k stickerKey) tea.Cmd {
	c := sessions.StickerCount{SessionID: s.sessionID, Dimension: k.dim, Wish: k.wish, Point: k.point}
	if err := s.ctx.Store.AddSticker(&c); err != nil {
		return Fail(err)
	}
	s.showSticker(c)
	return nil
}

// saveSticker sets the count at k to n, from the count shown: when
// someone else changed or removed it meanwhile, nothing is stored and the
// person chooses which count stays (conflict_screen.go).
func (s *Schema) saveSticker(k stickerKey, n int) tea.Cmd {
	was := s.data.stickers[k]
	if n == was {
		return nil
	}
	base := stickerCell{sessions.StickerCount{SessionID: s.sessionID, Dimension: k.dim, Wish: k.wish, Point: k.point, Count: was}, int64(was)}
	mine := base
	mine.Count = n
	stored, ok, x, cmd := s.stickerRecord().saved(base, mine, false)
	switch {
	case x != nil:
		s.typed = false
		return askOver(s.ctx, x, s.Title(), func() (stickerCell, error) { return s.storedSticker(k) },
			func(_ clashChoice, c stickerCell) tea.Cmd {
				now, err := s.storedSticker(k) // what stays, whichever was chosen
				if err != nil {
					return Fail(err)
				}
				s.showSticker(now.StickerCount)
				return nil
			})
	case !ok:
		return cmd
	}
	s.showSticker(stored.StickerCount)
	return cmd
}

// showSticker shows c's count as stored.
func (s *Schema) showSticker(c sessions.StickerCount) {
	k := stickerKey{c.Dimension, c.Wish, c.Point}
	if c.Count == 0 {
		delete(s.data.stickers, k)
	} else {
		s.data.stickers[k] = c.Count
	}
	s.refigure()
}

// stickerCell is the count at one point as a record: its count is its
// version, so that a change is stored only while the count is still the
// one the change began from (Store.SaveSticker).
type stickerCell struct {
	sessions.StickerCount
	was int64
}

func (s *Schema) stickerRecord() *record[stickerCell] {
	return &record[stickerCell]{ctx: s.ctx,
		store: func(c *stickerCell) error {
			err := s.ctx.Store.SaveSticker(c.StickerCount, int(c.was))
			if now, changed := sessions.Changed[sessions.StickerCount](err); changed {
				return &sessions.ErrChanged[stickerCell]{Current: stickerCell{now, int64(now.Count)}}
			}
			c.was = int64(c.Count)
			return err
		},
		merge: func(base, mine, theirs stickerCell, m sessions.Merge) (stickerCell, bool) {
			c, ok := sessions.MergeSticker(base.StickerCount, mine.StickerCount, theirs.StickerCount, m)
			return stickerCell{c, theirs.was}, ok
		},
		lines: func(c stickerCell) []string {
			side := s.ctx.T("schema.now")
			if c.Wish {
				side = s.ctx.T("schema.wish")
			}
			return []string{s.ctx.T("conflict.sticker.line", side, c.Point, c.Count)}
		},
		ref: func(c *stickerCell) (*sessions.ID, *int64) { return nil, &c.was },
		same: func(a, b stickerCell) bool {
			return a.Dimension == b.Dimension && a.Wish == b.Wish && a.Point == b.Point
		},
		intro: "conflict.sticker"}
}

// storedSticker is the count at k as stored now.
func (s *Schema) storedSticker(k stickerKey) (stickerCell, error) {
	c := stickerCell{StickerCount: sessions.StickerCount{SessionID: s.sessionID, Dimension: k.dim, Wish: k.wish, Point: k.point}}
	all, err := s.ctx.Store.Stickers(s.sessionID)
	for _, x := range all {
		if x.Dimension == k.dim && x.Wish == k.wish && x.Point == k.point {
			c.StickerCount = x
		}
	}
	c.was = int64(c.Count)
	return c, err
}

func (s *Schema) stickerView() string {
	st := s.ctx.Styles
	head := wrap(s.ctx.T("schema.stickers.intro"), s.width)
	head = append(head, s.poleHeadings()...)
	block := s.focusHeader()
	sc := newScale(s.width, 0)
	block = append(block, sc.header())
	for _, wish := range []bool{false, true} {
		var b = pad(s.sideLabel(wish, wish == s.wish), sc.label)
		for p := 1; p <= sessions.SchemaPoints; p++ {
			n := s.data.stickers[stickerKey{s.dim + 1, wish, p}]
			c := fmt.Sprint(n)
			if n == 0 {
				c = "·"
			}
			if wish == s.wish && p == s.point {
				c = st.Selected.Render("[" + fmt.Sprint(n) + "]")
			} else {
				c = " " + c
			}
			b += pad(c, sc.cell)
		}
		block = append(block, b)
	}
	f := s.figures.Dimensions[s.dim]
	block = append(block, truncate(s.ctx.T("schema.stickers.total", f.Stickers), s.width))
	var others []string
	for i, d := range s.text.Dimensions {
		if i != s.dim {
			others = append(others, s.compactDim(d, s.ctx.T("schema.stickers.sum", s.stickerSum(d.Number, false), s.stickerSum(d.Number, true))))
		}
	}
	return s.fit(head, block, others)
}

func (s *Schema) stickerSum(dim int, wish bool) int {
	n := 0
	for p := 1; p <= sessions.SchemaPoints; p++ {
		n += s.data.stickers[stickerKey{dim, wish, p}]
	}
	return n
}
