package screens

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"werkgroep/sessions"
)

// agenda geometry: a heading of three lines, the steps, and below them
// the purpose and prompt of the selected step when the window is tall.
const agendaHead, agendaDetailMin, agendaDetailFrom = 3, 6, 16

// layout sizes the list window: everything below the heading, less room
// for the detail when the window is tall enough for it.
func (a *Agenda) layout() {
	room := a.height - agendaHead
	if a.height >= agendaDetailFrom {
		room = min(room-agendaDetailMin, max(len(a.steps()), 1))
	}
	a.cur.SetLen(len(a.steps()))
	a.cur.SetHeight(room)
}

func (a *Agenda) View() string {
	switch {
	case a.clash != nil:
		return a.clash.View(a.width, a.height)
	case a.form != nil:
		return a.form.host.view()
	case a.sessForm != nil:
		return a.sessForm.host.view()
	case !a.loaded:
		return ""
	}
	s, w, c := a.ctx.Styles, a.width, a.ctx
	se, ok := a.sess.current()
	if !ok {
		return strings.Join(wrap(c.T("agenda.nosessions"), max(1, min(w, 72))), "\n")
	}
	lines := []string{s.Bold.Render(a.sess.heading(c, w)), s.Subtle.Render(truncate(a.total(se.Steps), w)), ""}
	if a.removing != nil {
		return strings.Join(append(lines, a.removalView()...), "\n")
	}
	if len(se.Steps) == 0 {
		return strings.Join(append(lines, wrap(c.T("agenda.empty"), max(1, min(w, 72)))...), "\n")
	}
	cols := a.columns(se.Steps)
	for i := a.cur.Top; i < a.cur.Bottom(); i++ {
		lines = append(lines, a.row(se.Steps[i], i == a.cur.Index, cols))
	}
	if a.height >= agendaDetailFrom {
		if st, ok := a.selected(); ok {
			lines = append(lines, a.detail(st, a.height-len(lines))...)
		}
	}
	return strings.Join(lines, "\n")
}

// total is "7 stappen · samen 115 min", without the skipped steps.
func (a *Agenda) total(steps []sessions.Step) string {
	n, d := 0, time.Duration(0)
	for _, st := range steps {
		if !st.Skipped {
			n++
			d += st.Timebox
		}
	}
	return a.ctx.T("agenda.total", n, int(d.Minutes()))
}

// agendaColumns are the widths of a row's parts; kind is zero when the
// window is too narrow for it.
type agendaColumns struct {
	title, time, kind, private, skipped int
}

func (a *Agenda) columns(steps []sessions.Step) agendaColumns {
	c := a.ctx
	cols := agendaColumns{time: ansi.StringWidth(c.T("agenda.minutes", 600))}
	for _, st := range steps {
		if st.Skipped {
			cols.skipped = ansi.StringWidth(c.T("agenda.skipped"))
		}
		if st.Private && a.width >= 60 {
			cols.private = ansi.StringWidth(c.T("agenda.private"))
		}
		if a.width >= 60 {
			cols.kind = max(cols.kind, ansi.StringWidth(c.T("stepkind."+string(st.Kind))))
		}
	}
	rest := 6 + 2 + cols.time
	if cols.kind > 0 {
		rest += 2 + cols.kind
	}
	if cols.skipped > 0 {
		rest += 2 + cols.skipped
	}
	if cols.private > 0 {
		rest += 2 + cols.private
	}
	cols.title = max(4, a.width-rest)
	return cols
}

// row is "» 3. Title   45 min  activiteit  alleen groep  overgeslagen";
// skipped steps say so in words, not only in a fainter colour, and so do
// steps whose words stay in the group.
func (a *Agenda) row(st sessions.Step, sel bool, cols agendaColumns) string {
	s, c := a.ctx.Styles, a.ctx
	marker := "  "
	if sel {
		marker = cursorMark
	}
	title := truncate(st.Title, cols.title)
	mins := ""
	if st.Timebox > 0 {
		mins = c.T("agenda.minutes", int(st.Timebox.Minutes()))
	}
	line := fmt.Sprintf("%s%2d. %s  %*s", marker, st.Position, agendaPad(title, cols.title), cols.time, mins)
	if cols.kind > 0 {
		line += "  " + agendaPad(c.T("stepkind."+string(st.Kind)), cols.kind)
	}
	if cols.private > 0 {
		mark := ""
		if st.Private {
			mark = c.T("agenda.private")
		}
		line += "  " + agendaPad(mark, cols.private)
	}
	if st.Skipped {
		line += "  " + c.T("agenda.skipped")
	}
	line = truncate(strings.TrimRight(line, " "), a.width)
	switch {
	case sel:
		return s.Selected.Render(line)
	case st.Skipped:
		return s.Subtle.Render(line)
	}
	return line
}

// agendaPad fills s with spaces to w cells.
func agendaPad(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// detail is the selected step's purpose and prompt, in at most h lines.
func (a *Agenda) detail(st sessions.Step, h int) []string {
	s, c := a.ctx.Styles, a.ctx
	w := max(1, min(a.width, 76))
	out := []string{""}
	if st.Purpose != "" {
		for _, l := range wrap(c.T("agenda.purpose", st.Purpose), w) {
			out = append(out, s.Subtle.Render(l))
		}
	}
	if st.Prompt != "" {
		out = append(out, wrap(c.T("agenda.prompt", st.Prompt), w)...)
	}
	if len(out) > h {
		out = out[:max(0, h)]
		if h > 1 {
			out[h-1] = truncate(ansi.Strip(out[h-1])+" …", w)
		}
	}
	return out
}
