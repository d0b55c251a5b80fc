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
	c := s.sticker(k, 0)
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
	_, ok, x, cmd := s.stickerRecord().saved(countCell[stickerKey]{k, was, was}, countCell[stickerKey]{k, n, was}, false)
	switch {
	case x != nil:
		s.typed = false
		return askOver(s.ctx, x, s.Title(), func() (countCell[stickerKey], error) { return s.storedSticker(k) },
			func(clashChoice, countCell[stickerKey]) tea.Cmd {
				now, err := s.storedSticker(k) // what stays, whichever was chosen
				if err != nil {
					return Fail(err)
				}
				s.showSticker(s.sticker(k, now.n))
				return nil
			})
	case !ok:
		return cmd
	}
	s.showSticker(s.sticker(k, n))
	return cmd
}

func (s *Schema) sticker(k stickerKey, n int) sessions.StickerCount {
	return sessions.StickerCount{SessionID: s.sessionID, Dimension: k.dim, Wish: k.wish, Point: k.point, Count: n}
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

func (s *Schema) stickerRecord() *record[countCell[stickerKey]] {
	return countRecord(s.ctx, "conflict.sticker",
		func(k stickerKey, n int) string {
			side := s.ctx.T("schema.now")
			if k.wish {
				side = s.ctx.T("schema.wish")
			}
			return s.ctx.T("conflict.sticker.line", side, k.point, n)
		},
		func(k stickerKey, n, was int) (int, bool, error) {
			err := s.ctx.Store.SaveSticker(s.sticker(k, n), was)
			now, changed := sessions.Changed[sessions.StickerCount](err)
			return now.Count, changed, err
		})
}

// storedSticker is the count at k as stored now.
func (s *Schema) storedSticker(k stickerKey) (countCell[stickerKey], error) {
	all, err := s.ctx.Store.Stickers(s.sessionID)
	n := 0
	for _, x := range all {
		if x.Dimension == k.dim && x.Wish == k.wish && x.Point == k.point {
			n = x.Count
		}
	}
	return countCell[stickerKey]{k, n, n}, err
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
