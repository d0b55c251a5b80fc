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
		return s, s.saveSticker(sk, n+1)
	case key.Matches(msg, k.Less):
		s.typed = false
		return s, s.saveSticker(sk, max(n-1, 0))
	case key.Matches(msg, k.Erase):
		s.typed = true
		return s, s.saveSticker(sk, n/10)
	}
	return s, nil
}

func (s *Schema) saveSticker(k stickerKey, n int) tea.Cmd {
	if n == s.data.stickers[k] {
		return nil
	}
	c := sessions.StickerCount{SessionID: s.sessionID, Dimension: k.dim, Wish: k.wish, Point: k.point, Count: n}
	if err := s.ctx.Store.SaveSticker(c); err != nil {
		return Fail(err)
	}
	if n == 0 {
		delete(s.data.stickers, k)
	} else {
		s.data.stickers[k] = n
	}
	s.refigure()
	return nil
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
