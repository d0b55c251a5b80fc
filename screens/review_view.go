package screens

import (
	"strings"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// The review screen, top to bottom: the counts, the filter in words (or
// the search being typed), the rows that fit, and — when there is room —
// the selected contribution in full.
const reviewDetail = 5 // rule, three lines of text, the outcome

func (s *Review) roomy() bool { return s.height >= 16 }

func (s *Review) listHeight() int {
	h := s.height - 2
	if s.roomy() {
		h -= reviewDetail + 1
	}
	return max(1, h)
}

func (s *Review) View() string {
	if !s.loaded {
		return ""
	}
	st := s.ctx.Styles
	w := max(1, s.width)
	s.cur.SetHeight(s.listHeight())
	counts := s.ctx.T("review.count", len(s.rows), s.open)
	if s.filter.active() {
		counts += " · " + s.ctx.T("review.shown", len(s.shown))
	}
	if n := len(s.marked); n > 0 {
		counts += " · " + s.ctx.T("review.marked", n)
	}
	out := []string{st.Bold.Render(truncate(counts, w))}
	if s.searching {
		label := s.ctx.T("review.search") + " "
		field := strings.Join(s.search.View(max(1, w-lipgloss.Width(label)), 1, st.Cursor.Render), "")
		out = append(out, truncate(st.Label.Render(label)+field, w))
	} else {
		out = append(out, st.Label.Render(truncate(s.filterLine(), w)))
	}
	if s.roomy() {
		out = append(out, "")
	}
	out = append(out, s.rowsView(w)...)
	if s.roomy() {
		for len(out) < s.height-reviewDetail {
			out = append(out, "")
		}
		out = append(out, s.detailView(w)...)
	}
	if len(out) > s.height {
		out = out[:max(1, s.height)]
	}
	return strings.Join(out, "\n")
}

// rowsView draws only the rows between the cursor's top and bottom.
func (s *Review) rowsView(w int) []string {
	st := s.ctx.Styles
	switch {
	case len(s.rows) == 0:
		return wrapStyled(st.Subtle, s.ctx.T("review.empty"), w)
	case len(s.shown) == 0:
		return wrapStyled(st.Subtle, s.ctx.T("review.nomatch"), w)
	}
	var out []string
	for i := s.cur.Top; i < s.cur.Bottom(); i++ {
		out = append(out, s.rowView(&s.rows[s.shown[i]], w, i == s.cur.Index))
	}
	return out
}

// rowView is one line: cursor, mark, outcome in a word, where it was said,
// the text and who said it. The mark and cursor are characters, so they
// read without colour.
func (s *Review) rowView(r *reviewRow, w int, selected bool) string {
	prefix := "  "
	if selected {
		prefix = cursorMark
	}
	mark := "[ ] "
	if s.marked[r.c.ID] {
		mark = "[x] "
	}
	short := s.outcomeWord(sessions.OutcomeOf(r.c), w)
	where := "?"
	if r.step >= 0 {
		where = s.ctx.T("review.where", s.sessions[r.session].Number, r.step+1)
	}
	text := s.groupOnlyTag(r) + sessions.CleanLine(r.c.Text)
	if r.label != "" {
		text += " — " + r.label
	}
	line := truncate(prefix+mark+short+padRight(where, 6)+" "+text, w)
	if selected {
		return s.ctx.Styles.Selected.Render(padRight(line, w))
	}
	return line
}

// outcomeWord is the outcome in full words when the window is wide, in a
// short word when it is narrow, padded so the columns line up.
func (s *Review) outcomeWord(o sessions.Outcome, w int) string {
	prefix := "review.short."
	if w >= 90 {
		prefix = "outcome."
	}
	width := 0
	for _, x := range sessions.Outcomes {
		width = max(width, lipgloss.Width(s.ctx.T(prefix+itoa(int(x)))))
	}
	return padRight(s.ctx.T(prefix+itoa(int(o))), width) + " "
}

// detailView is the selected contribution in full: where and what kind,
// its text, and its outcome with the note and the date.
func (s *Review) detailView(w int) []string {
	st := s.ctx.Styles
	r, ok := s.selectedRow()
	if !ok {
		return nil
	}
	se := s.sessions[r.session]
	head := s.ctx.T("session.n", se.Number)
	if r.step >= 0 {
		head += " · " + s.ctx.T("review.step", r.step+1, sessions.CleanLine(se.Steps[r.step].Title))
	}
	head += " · " + s.ctx.T("kind."+itoa(int(r.c.Kind)))
	out := []string{st.Subtle.Render(ruleLine(truncate(head, max(1, w-2)), w))}
	text := s.groupOnlyTag(r) + sessions.CleanLine(r.c.Text)
	if r.label != "" {
		text += " — " + r.label
	}
	lines := clip(wrap(text, w), reviewDetail-2, w)
	for len(lines) < reviewDetail-2 {
		lines = append(lines, "")
	}
	out = append(out, lines...)
	o := outcomeWord(s.ctx, sessions.OutcomeOf(r.c))
	if note := sessions.CleanLine(r.c.OutcomeNote); note != "" {
		o += ": " + note
	}
	if t := when(s.ctx, r.c.OutcomeAt); t != "" {
		o += " (" + t + ")"
	}
	return append(out, st.Bold.Render(truncate(s.ctx.T("review.detail", o), w)))
}

// selectedRow is the row under the cursor. Right after a reload the shown
// indexes may still point into the old rows: those are not trusted.
func (s *Review) selectedRow() (*reviewRow, bool) {
	if s.cur.Index < len(s.shown) && s.shown[s.cur.Index] < len(s.rows) {
		return &s.rows[s.shown[s.cur.Index]], true
	}
	return nil, false
}

func wrapStyled(st lipgloss.Style, text string, w int) []string {
	lines := wrap(text, w)
	for i := range lines {
		lines[i] = st.Render(lines[i])
	}
	return lines
}
