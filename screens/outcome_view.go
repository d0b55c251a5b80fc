package screens

import (
	"strings"

	"werkgroep/sessions"
)

// View draws, top to bottom: what the outcome is for, the four choices,
// the note with its label and any refusal, the earlier places, and the
// history. What does not fit is left off from the bottom; the choices and
// the note always fit in 40 × 10.
func (f *OutcomeForm) View() string {
	st := f.ctx.Styles
	w, h := max(1, f.width), max(1, f.height)
	if f.clash != nil {
		return f.clash.View(w, h)
	}
	compact := h < 16
	var out []string
	add := func(lines ...string) {
		for _, l := range lines {
			out = append(out, truncate(l, w))
		}
	}
	add(f.itemsView(w, compact)...)
	if !compact {
		add("")
	}
	for _, o := range sessions.Outcomes {
		mark := "( )"
		if o == f.outcome {
			mark = "(•)"
		}
		line := itoa(int(o)+1) + " " + mark + " " + outcomeWord(f.ctx, o)
		switch {
		case o == f.outcome && f.focus == focusChoice:
			add(st.Selected.Render(truncate(cursorMark+line, w)))
		case o == f.outcome:
			add(st.Bold.Render("  " + line))
		default:
			add("  " + line)
		}
	}
	if !compact {
		add("")
	}
	for _, l := range wrap(f.ctx.T("oc.note."+itoa(int(f.outcome))), w) {
		add(st.Label.Render(l))
	}
	add(f.noteView(w, compact)...)
	if f.problem != "" {
		for _, l := range wrap("! "+f.problem, w) {
			add(st.Error.Render(l))
		}
	}
	add(f.placesView(w)...)
	if !compact {
		add(f.historyView(w)...)
	}
	if len(out) > h {
		out = out[:h]
	}
	return strings.Join(out, "\n")
}

// itemsView is the contribution the outcome is for (its text, who said it
// and where), or for several, how many and the first few.
func (f *OutcomeForm) itemsView(w int, compact bool) []string {
	st := f.ctx.Styles
	if len(f.items) == 1 {
		c := f.items[0]
		text := "“" + sessions.CleanLine(c.Text) + "”"
		if who := f.who.of(c); who != "" {
			text += " — " + who
		}
		lines := clip(wrap(text, w), 1+2*boolInt(!compact), w)
		if compact || !f.loaded {
			return lines
		}
		where := f.ctx.T("session.n", f.session.Number)
		for i, s := range f.session.Steps {
			if s.ID == c.StepID {
				where += " · " + f.ctx.T("review.step", i+1, sessions.CleanLine(s.Title))
			}
		}
		where += " · " + f.ctx.T("kind."+itoa(int(c.Kind)))
		return append(lines, st.Subtle.Render(truncate(where, w)))
	}
	lines := []string{st.Bold.Render(f.ctx.T("oc.many", len(f.items)))}
	show := 3
	if compact {
		show = 0
	}
	for i, c := range f.items {
		if i == show {
			lines = append(lines, st.Subtle.Render(f.ctx.T("oc.more", len(f.items)-show)))
			break
		}
		lines = append(lines, truncate("• "+sessions.CleanLine(c.Text), w))
	}
	return lines
}

func (f *OutcomeForm) noteView(w int, compact bool) []string {
	st := f.ctx.Styles
	f.note.focused = f.focus == focusNote
	height := 3
	if compact {
		height = 1
	}
	if f.focus != focusNote && f.note.Empty() {
		return []string{st.Subtle.Render("  " + f.ctx.T("oc.note.empty"))}
	}
	lines := f.note.View(max(1, w-2), height, st.Cursor.Render)
	for i := range lines {
		prefix := "  "
		if i == 0 && f.focus == focusNote {
			prefix = cursorMark
		}
		lines[i] = prefix + lines[i]
	}
	return lines
}

// placesView offers the places used before, while typing where.
func (f *OutcomeForm) placesView(w int) []string {
	if len(f.places) == 0 || f.focus != focusNote {
		return nil
	}
	st := f.ctx.Styles
	lines := []string{st.Subtle.Render(truncate(f.ctx.T("oc.places"), w))}
	for i, p := range f.places {
		if i == f.pick {
			lines = append(lines, st.Selected.Render(truncate(cursorMark+p, w)))
		} else {
			lines = append(lines, truncate("  "+p, w))
		}
	}
	return lines
}

// historyView lists the earlier changes, the newest first, with dates.
func (f *OutcomeForm) historyView(w int) []string {
	if len(f.items) != 1 || !f.loaded {
		return nil
	}
	st := f.ctx.Styles
	if len(f.history) == 0 {
		return []string{"", st.Subtle.Render(truncate(f.ctx.T("oc.history.none"), w))}
	}
	lines := []string{"", st.Bold.Render(truncate(f.ctx.T("oc.history"), w))}
	for i := len(f.history) - 1; i >= 0; i-- {
		ch := f.history[i]
		line := when(f.ctx, ch.At) + " · " + outcomeWord(f.ctx, ch.Outcome)
		if ch.Note != "" {
			line += ": " + ch.Note
		}
		lines = append(lines, truncate("  "+line, w))
	}
	return lines
}

// clip keeps at most n lines, marking a cut with an ellipsis.
func clip(lines []string, n, w int) []string {
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	lines[n-1] = truncate(lines[n-1]+" …", w)
	return lines
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
