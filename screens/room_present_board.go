package screens

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// On a themes step the projector shows the themes as the themes screen
// groups them, and on a voting step the results as they come in: every
// option with its bar and its counts, not only the winner, and no names.
// Both are read as those screens read them (loadThemes, loadVotes) and
// fitted to the room there is: what does not fit is shed from the detail
// first (the contributions under a theme, the bar on a line of its own),
// and only then are themes or options left off, saying how many.

// themesLines is the themes step's picture in at most room lines.
func (p *RoomPresent) themesLines(inner, room int) []string {
	d := p.pic.themes
	st, t := p.ctx.Styles, p.ctx.T
	foot := []string{st.Subtle.Render(truncate(t("themes.count.loose", d.loose()), inner))}
	if len(d.themes) == 0 {
		return fitItems(nil, [][]string{{st.Subtle.Render(truncate(t("room.themes.none"), inner))}}, foot, room, nil)
	}
	more := func(n int) string { return st.Subtle.Render(truncate(countText(t, "room.themes.more", n), inner)) }
	// Most detail first: every contribution wrapped. Else one line each,
	// as many as fit, handed out a round at a time from the first theme
	// on (a theme's count says how many it holds); at the least the
	// themes' names alone.
	n := len(d.themes)
	all := make([]int, n)
	for i := range all {
		all[i] = -1
	}
	items := p.themeItems(inner, all)
	if itemLines(items)+len(foot) <= room {
		return append(flattenItems(items), foot...)
	}
	caps, has := make([]int, n), make([]int, n)
	for i, th := range d.themes {
		for _, id := range th.Members {
			if _, ok := d.contribution(id); ok {
				has[i]++
			}
		}
	}
	used := n + len(foot)
	for added := true; added; {
		added = false
		for i := range caps {
			if caps[i] < has[i] && used < room {
				caps[i]++
				used++
				added = true
			}
		}
	}
	return fitItems(nil, p.themeItems(inner, caps), foot, room, more)
}

// itemLines counts the lines of items.
func itemLines(items [][]string) int {
	n := 0
	for _, it := range items {
		n += len(it)
	}
	return n
}

func flattenItems(items [][]string) []string {
	out := make([]string, 0, itemLines(items))
	for _, it := range items {
		out = append(out, it...)
	}
	return out
}

// themeItems are the themes, theme i with at most caps[i] of its
// contributions on one line each, or all of them wrapped when caps[i] is
// below zero.
func (p *RoomPresent) themeItems(inner int, caps []int) [][]string {
	d := p.pic.themes
	st, t := p.ctx.Styles, p.ctx.T
	var items [][]string
	for n, th := range d.themes {
		cap := caps[n]
		item := []string{st.Bold.Render(truncate(fmt.Sprintf("%s (%d)", oneLineText(th.Name), len(th.Members)), inner))}
		for _, id := range th.Members {
			c, ok := d.contribution(id)
			if !ok || cap >= 0 && len(item) > cap {
				continue
			}
			text := oneLineText(c.Text)
			if who := d.presentLabel(c, t); who != "" {
				text += " — " + who
			}
			if cap >= 0 {
				item = append(item, "  • "+truncate(text, inner-4))
				continue
			}
			for i, l := range wrap(text, inner-4) {
				if i == 0 {
					item = append(item, "  • "+l)
				} else {
					item = append(item, "    "+l)
				}
			}
		}
		items = append(items, item)
	}
	return items
}

// votesLines is the voting step's results in at most room lines.
func (p *RoomPresent) votesLines(inner, room int) []string {
	d := p.pic.votes
	st, c := p.ctx.Styles, p.ctx
	head := []string{st.Subtle.Render(truncate(c.T("votes.voted", d.voted(), d.of()), inner))}
	results := sessions.Tally(d.options, d.votes)
	if len(results) == 0 {
		return fitItems(head, [][]string{{st.Subtle.Render(truncate(c.T("room.votes.none"), inner))}}, nil, room, nil)
	}
	most := 1
	for _, r := range results {
		most = max(most, r.Dots)
	}
	bar := func(r sessions.Result, width int) string {
		return strings.Repeat(barMark(c.NoColor), r.Dots*max(0, width)/most)
	}
	rank := func(r sessions.Result) string {
		if r.Tied {
			return c.T("votes.rank.tied", r.Rank)
		}
		return c.T("votes.rank", r.Rank)
	}
	// Two lines an option (its name, then its bar and counts) when they
	// fit; else one: the name, the bar and the dots side by side.
	two := len(head)+2*len(results) <= room
	items := make([][]string, 0, len(results))
	for _, r := range results {
		name := oneLineText(d.optionLabel(r.Option))
		if two {
			num := " " + resultText(c, r)
			items = append(items, []string{truncate(rank(r)+"  "+name, inner),
				"    " + bar(r, inner-4-lipgloss.Width(num)) + num})
			continue
		}
		barWidth := inner / 4
		nameWidth := max(1, inner-barWidth-len(fmt.Sprint(most))-2)
		items = append(items, []string{padRight(truncate(rank(r)+" "+name, nameWidth), nameWidth) + " " +
			bar(r, barWidth) + fmt.Sprintf(" %d", r.Dots)})
	}
	return fitItems(head, items, nil, room, func(n int) string {
		return st.Subtle.Render(truncate(countText(c.T, "room.votes.more", n), inner))
	})
}

// countText is key's text for n: its ".one" form for one.
func countText(t func(string, ...any) string, key string, n int) string {
	if n == 1 {
		return t(key + ".one")
	}
	return t(key, n)
}

// barMark is what a bar is drawn with: a full block, or a hash without
// colour, so that the bar reads on any terminal.
func barMark(noColor bool) string {
	if noColor {
		return "#"
	}
	return "█"
}

// fitItems puts head, the items and foot in at most room lines. When not
// all fit, foot goes first, then the items that do not fit whole, and a
// last line says how many were left off (more; nil: just cut).
func fitItems(head []string, items [][]string, foot []string, room int, more func(left int) string) []string {
	all := append([]string{}, head...)
	for _, it := range items {
		all = append(all, it...)
	}
	if len(all)+len(foot) <= room {
		return append(all, foot...)
	}
	if more == nil || room <= len(head)+1 {
		return all[:max(0, min(room, len(all)))]
	}
	out := append([]string{}, head...)
	shown := 0
	for _, it := range items {
		if len(out)+len(it) > room-1 {
			break
		}
		out = append(out, it...)
		shown++
	}
	return append(out, more(len(items)-shown))
}
