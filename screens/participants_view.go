package screens

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"werkgroep/sessions"
)

// counts is "Deelnemers: 12 · aanwezig: 5 · afgemeld: 1 · afwezig: 2".
func (p *Participants) counts() string {
	var n [4]int
	for _, x := range p.people {
		n[p.attend[x.ID]]++
	}
	return p.ctx.T("people.count", len(p.people), n[sessions.Present], n[sessions.WithNotice], n[sessions.Absent])
}

func (p *Participants) View() string {
	if p.clash != nil {
		return p.clash.View(p.width, p.height)
	}
	if p.form != nil {
		return p.form.host.view()
	}
	if !p.loaded {
		return ""
	}
	if p.removal != nil {
		return p.removalView()
	}
	s, w := p.ctx.Styles, p.width
	var b strings.Builder
	head := p.sess.heading(p.ctx, w)
	if head == "" {
		head = truncate(p.ctx.T("agenda.nosessions"), w)
	}
	b.WriteString(s.Bold.Render(head) + "\n")
	b.WriteString(s.Subtle.Render(truncate(p.counts(), w)) + "\n\n")
	if len(p.people) == 0 {
		for _, l := range wrap(p.ctx.T("people.empty"), max(1, min(w, 72))) {
			b.WriteString(l + "\n")
		}
		return b.String()
	}
	for i := p.cur.Top; i < p.cur.Bottom(); i++ {
		b.WriteString(p.row(p.people[i], i == p.cur.Index))
	}
	return b.String()
}

// row is two lines: the name with the attendance word at the right, then
// how the person appears and their own words.
func (p *Participants) row(x sessions.Participant, sel bool) string {
	s, w, c := p.ctx.Styles, p.width, p.ctx
	a := p.attend[x.ID]
	word := c.T("attendance." + strconv.Itoa(int(a)))
	wordW := 0
	for i := range 4 {
		wordW = max(wordW, ansi.StringWidth(c.T("attendance."+strconv.Itoa(i))))
	}
	marker := "  "
	if sel {
		marker = cursorMark
	}
	nameW := w - 2 - wordW - 2
	var first string
	if nameW >= 8 {
		name := truncate(x.Name, nameW)
		first = marker + name + strings.Repeat(" ", nameW-ansi.StringWidth(name)+2) + word
	} else {
		first = truncate(marker+x.Name+" · "+word, w)
	}
	if sel {
		first = s.Selected.Render(first)
	} else if a == sessions.Unknown {
		first = marker + s.Subtle.Render(strings.TrimPrefix(first, marker))
	}
	parts := []string{
		c.T("people.in.minutes", namingShows(c, x, x.Naming)),
		c.T("people.in.paragraph", namingShows(c, x, x.Paragraph)),
	}
	if about := strings.Join(strings.Fields(x.About), " "); about != "" {
		parts = append(parts, c.T("people.words", truncate(about, 40)))
	}
	second := "    " + strings.Join(parts, " · ")
	return first + "\n" + s.Subtle.Render(truncate(second, w)) + "\n"
}

// namingShows is the choice in words and what it gives for x's name:
// "initialen → M.S.", or just "niet genoemd".
func namingShows(c *Context, x sessions.Participant, n sessions.Naming) string {
	word := c.T("naming." + strconv.Itoa(int(n)))
	if shown := x.ShownAs(n); shown != "" {
		return c.T("people.gives", word, shown)
	}
	return word
}
