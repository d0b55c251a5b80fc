package screens

import (
	"strings"

	"werkgroep/sessions"
)

// labels of the three choices, in the chrome's language.
func (e *Export) labels() [3]string {
	return [3]string{e.ctx.T("export.session"), e.ctx.T("export.format"), e.ctx.T("export.path")}
}

func (e *Export) labelWidth() int {
	n := 0
	for _, l := range e.labels() {
		n = max(n, len([]rune(l)))
	}
	return n + 2
}

// headerLines is how many lines the choices take above the preview.
func (e *Export) headerLines() int {
	if e.height >= roomy {
		return 5
	}
	return 4
}

func (e *Export) choiceLabel() string {
	if e.choice == e.paragraafChoice() {
		return e.ctx.T("para.choice")
	}
	if e.choice == 0 || e.choice > len(e.list) {
		return e.ctx.T("export.session.all")
	}
	se := e.list[e.choice-1]
	if t := sessions.CleanLine(se.Title); t != "" {
		return e.ctx.T("session.n", se.Number) + ": " + t
	}
	return e.ctx.T("session.n", se.Number)
}

func (e *Export) View() string {
	if !e.loaded {
		return ""
	}
	s, w, lw := e.ctx.Styles, e.width, e.labelWidth()
	label := func(i int) string {
		l := e.labels()[i]
		return s.Label.Render(l) + strings.Repeat(" ", lw-len([]rune(l)))
	}
	format := e.ctx.T("export.format.md")
	if e.html {
		format = e.ctx.T("export.format.html")
	}
	path := truncate(e.path.Value(), max(1, w-lw))
	if e.path.Focused() {
		path = e.path.View()
	}
	lines := []string{
		truncate(label(0)+"‹ "+e.choiceLabel()+" ›", w),
		truncate(label(1)+format, w),
		truncate(label(2)+path, w),
	}
	if e.height >= roomy {
		// where the minutes name someone otherwise than they chose, on
		// the line that is otherwise left empty
		lines = append(lines, s.Warn.Render(truncate(hiddenNamesLine(e.ctx.Lang, e.doc.HiddenNames), w)))
	}
	if !e.ready {
		lines = append(lines, s.Subtle.Render(truncate(e.ctx.T("export.loading"), w)))
		return strings.Join(lines, "\n")
	}
	p := &e.preview
	first, last, total, inLines, percent := p.position()
	where := e.ctx.T("export.preview.part", percent)
	if inLines {
		where = e.ctx.T("export.preview", first, last, total)
	}
	if e.html {
		where += " · " + e.ctx.T("export.preview.html")
	}
	lines = append(lines, s.Bold.Render(truncate(where, w)))
	for _, l := range p.visible(s) {
		lines = append(lines, truncate("  "+l, w))
	}
	return strings.Join(lines[:min(len(lines), max(1, e.height))], "\n")
}
