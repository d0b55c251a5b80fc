package screens

import (
	"fmt"
	"strings"

	"werkgroep/sessions"
)

// themesPaneWidth is the width of the themes beside the contributions.
const themesPaneWidth = 28

func (s *Themes) View() string {
	if !s.loaded {
		return ""
	}
	if s.mode == themesPresent {
		return themesBoard(s.ctx, s.data, s.width, s.height, s.scroll)
	}
	st := s.ctx.Styles
	w, h := s.width, s.height
	out := []string{st.Title.Render(truncate(s.ctx.T("themes.heading", s.data.step.Title), w)),
		st.Subtle.Render(truncate(s.summary(), w))}
	if room := s.room.line(); room != "" {
		out = append(out, st.Warn.Render(truncate(room, w)))
	}
	if h >= 16 {
		out = append(out, "")
	}
	bottom := s.bottomLines(w)
	room := max(0, h-len(out)-len(bottom))
	var body []string
	switch {
	case s.mode == themesSources:
		body = s.sourcesView(w, room)
	case w >= 70:
		left := s.saidView(w-themesPaneWidth-3, room)
		right := s.themesView(themesPaneWidth, room)
		body = besideEachOther(left, right, w-themesPaneWidth-3, st.Subtle.Render(" │ "), room)
	default:
		top := min(len(s.data.themes)+1, max(2, room/3))
		body = append(s.themesView(w, top), s.saidView(w, room-top)...)
	}
	out = append(out, body...)
	for len(out) < h-len(bottom) {
		out = append(out, "")
	}
	out = append(out, bottom...)
	if len(out) > h {
		out = out[:h]
	}
	return strings.Join(out, "\n")
}

// summary counts what was gathered, the themes, and what is in none.
func (s *Themes) summary() string {
	parts := []string{s.ctx.T("themes.count.said", len(s.data.said)), s.ctx.T("themes.count.themes", len(s.data.themes)),
		s.ctx.T("themes.count.loose", s.data.loose())}
	if len(s.data.sources) > 0 {
		var ns []string
		for _, se := range s.data.all {
			for _, id := range s.data.sources {
				if se.ID == id {
					ns = append(ns, itoa(se.Number))
				}
			}
		}
		parts = append(parts, s.ctx.T("themes.from", strings.Join(ns, ", ")))
	}
	return strings.Join(parts, " · ")
}

// bottomLines is the name input, or a line saying what a mode asks.
func (s *Themes) bottomLines(w int) []string {
	st := s.ctx.Styles
	switch s.mode {
	case themesName:
		label := s.ctx.T("themes.name.new")
		if s.naming != 0 {
			label = s.ctx.T("themes.name.rename")
		}
		return []string{st.Subtle.Render(ruleLine(label, w)), truncate(cursorMark+s.name.View(), w)}
	case themesMerge:
		return []string{st.Label.Render(truncate(s.ctx.T("themes.merge.hint"), w))}
	}
	if n := len(s.picked()); n > 1 || len(s.marked) > 0 {
		return []string{st.Label.Render(truncate(s.ctx.T("themes.marked", n), w))}
	}
	return nil
}

// saidView lists the contributions, the selected one wrapped in full.
func (s *Themes) saidView(width, height int) []string {
	st := s.ctx.Styles
	if height <= 0 {
		return nil
	}
	cs := s.shown()
	head := s.ctx.T("themes.said")
	if s.loose {
		head = s.ctx.T("themes.said.loose")
	}
	lines := []string{st.Bold.Render(truncate(head, width))}
	if len(cs) == 0 {
		return append(lines, st.Subtle.Render(truncate(s.ctx.T("themes.said.none"), width)))
	}
	s.said.SetHeight(max(1, height-4)) // room for the selected row's wrapped lines
	focused := s.pane == paneSaid && s.mode == themesWork
	for i := s.said.Top; i < len(cs) && len(lines) < height; i++ {
		c := cs[i]
		box := "[ ] "
		if s.marked[c.ID] {
			box = "[x] "
		}
		// the theme first, in words, so that it shows however short the row
		text := c.Text
		if t, ok := sessions.ThemeOf(s.data.themes, c.ID); ok {
			text = "(" + t.Name + ") " + text
		}
		if who := s.data.label(c, s.ctx); who != "" {
			text += " — " + who
		}
		sel := focused && i == s.said.Index
		mark := "  "
		if sel {
			mark = cursorMark
		}
		rows := []string{truncate(text, max(1, width-6))}
		if sel {
			rows = wrap(text, max(1, width-6))
			rows = rows[:min(len(rows), 4)]
		}
		for j, r := range rows {
			line := "      " + r
			if j == 0 {
				line = mark + box + r
			}
			if sel {
				line = st.Selected.Render(line)
			}
			lines = append(lines, line)
		}
	}
	return lines[:min(len(lines), height)]
}

// themesView lists the themes, numbered for the keys that put into them.
func (s *Themes) themesView(width, height int) []string {
	st := s.ctx.Styles
	if height <= 0 {
		return nil
	}
	lines := []string{st.Bold.Render(truncate(s.ctx.T("themes.themes"), width))}
	if len(s.data.themes) == 0 {
		return append(lines, st.Subtle.Render(truncate(s.ctx.T("themes.themes.none"), width)))
	}
	s.theme.SetHeight(max(1, height-1))
	focused := s.pane == paneThemes && s.mode == themesWork || s.mode == themesMerge
	for i := s.theme.Top; i < len(s.data.themes) && len(lines) < height; i++ {
		t := s.data.themes[i]
		line := fmt.Sprintf("%d. %s (%d)", i+1, t.Name, len(t.Members))
		if s.mode == themesMerge && t.ID == s.mergeOf {
			line += " " + s.ctx.T("themes.merging")
		}
		if focused && i == s.theme.Index {
			lines = append(lines, st.Selected.Render(truncate(cursorMark+line, width)))
		} else {
			lines = append(lines, truncate("  "+line, width))
		}
	}
	return lines
}

// sourcesView lists the sessions to gather from, ticked in words.
func (s *Themes) sourcesView(width, height int) []string {
	st := s.ctx.Styles
	lines := []string{st.Bold.Render(truncate(s.ctx.T("themes.sources"), width))}
	s.src.SetHeight(max(1, height-1))
	for i := s.src.Top; i < len(s.data.all) && len(lines) < height; i++ {
		se := s.data.all[i]
		box := "[ ] "
		if s.chosen[se.ID] {
			box = "[x] "
		}
		line := box + s.ctx.T("session.n", se.Number) + " · " + se.Title
		if i == s.src.Index {
			lines = append(lines, st.Selected.Render(truncate(cursorMark+line, width)))
		} else {
			lines = append(lines, truncate("  "+line, width))
		}
	}
	return lines[:min(len(lines), max(0, height))]
}

// themesBoard is the projector's picture of a themes step: each theme
// with its contributions as they form, and how much is in none yet. It
// needs only the data, so a projector window can draw it on its own.
func themesBoard(ctx *Context, d themesData, w, h, scroll int) string {
	st := ctx.Styles
	margin := 2
	if w >= 100 {
		margin = 6
	}
	inner := max(10, min(w-2*margin, 80))
	pad := strings.Repeat(" ", max(0, (w-inner)/2))
	head := []string{"", pad + st.Title.Render(truncate(d.step.Title, inner)), ""}
	var rows []string
	for _, t := range d.themes {
		rows = append(rows, pad+st.Bold.Render(truncate(fmt.Sprintf("%s (%d)", t.Name, len(t.Members)), inner)))
		var cs []sessions.Contribution
		for _, id := range t.Members {
			if c, ok := d.contribution(id); ok {
				cs = append(cs, c)
			}
		}
		label := func(c sessions.Contribution) string { return d.presentLabel(c, ctx.T) }
		rows = append(rows, presentRows(cs, label, pad, inner)...)
		if len(cs) == 0 {
			rows = append(rows, "")
		}
	}
	if len(d.themes) == 0 {
		rows = append(rows, pad+st.Subtle.Render(truncate(ctx.T("themes.themes.none"), inner)))
	}
	rows = append(rows, pad+st.Subtle.Render(truncate(ctx.T("themes.count.loose", d.loose()), inner)))
	room := h - len(head)
	if room < 1 {
		return strings.Join(head[:max(1, min(h, len(head)))], "\n")
	}
	// from the top, the first themes first; scrolling shows the rest
	start := min(scroll, max(0, len(rows)-room))
	end := min(len(rows), start+room)
	return strings.Join(append(head, rows[start:end]...), "\n")
}
