package screens

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// votersWidth is the least width of the voters beside the options; a
// wider window gives them more, so that a name as entered and its mark
// ("(niet genoemd)") fit.
const votersWidth = 30

func (s *Votes) View() string {
	if !s.loaded {
		return ""
	}
	if s.mode == votesPresent {
		return votesBoard(s.ctx, s.data, s.width, s.height)
	}
	st := s.ctx.Styles
	w, h := s.width, s.height
	out := []string{st.Title.Render(truncate(s.ctx.T("votes.heading", s.data.step.Title), w)),
		st.Subtle.Render(truncate(s.summary(), w))}
	if room := s.room.line(); room != "" {
		out = append(out, st.Warn.Render(truncate(room, w)))
	}
	if h >= 16 {
		out = append(out, "")
	}
	room := max(0, h-len(out))
	var body []string
	switch {
	case s.picker != nil:
		body = strings.Split(s.picker.View(st, w, max(3, min(room, 14))), "\n")
	case s.mode == votesResults:
		body = resultRows(s.ctx, s.data, w, room)
	case w >= 70 && s.mode == votesDots:
		vw := min(max(votersWidth, w*2/5), 56)
		left := s.optionsView(w-vw-3, room)
		right := s.votersView(vw, room)
		body = besideEachOther(left, right, w-vw-3, st.Subtle.Render(" │ "), room)
	default:
		if s.mode == votesDots && room > 0 {
			body = append(body, st.Label.Render(truncate(s.voterLine(), w)))
		}
		body = append(body, s.optionsView(w, room-len(body))...)
	}
	out = append(out, body...)
	if len(out) > h {
		out = out[:h]
	}
	return strings.Join(out, "\n")
}

// summary says the dots each person has, how many voted, and the mode.
func (s *Votes) summary() string {
	d := s.data
	parts := []string{s.ctx.T("votes.each", d.setting.Dots), s.ctx.T("votes.voted", d.voted(), d.of())}
	if s.mode == votesStickers {
		parts = append(parts, s.ctx.T("votes.mode.stickers"))
	}
	if d.setting.Names {
		parts = append(parts, s.ctx.T("votes.names.shown"))
	}
	return strings.Join(parts, " · ")
}

// voterLine is the person whose dots are entered, on narrow screens.
func (s *Votes) voterLine() string {
	p, ok := s.current()
	if !ok {
		return s.ctx.T("votes.voters.none")
	}
	return s.ctx.T("votes.voter.now", p.label, s.voterState(p))
}

// voterState is "2 van 3" or "niet gestemd": not voted is its own state.
func (s *Votes) voterState(p voter) string {
	used := sessions.DotsOf(s.data.votes, p.id)
	if used == 0 {
		return s.ctx.T("votes.notvoted")
	}
	return s.ctx.T("votes.used", used, s.data.setting.Dots)
}

// optionsView lists the options in their own order (so the cursor stays
// put while dots come in), with the current person's dots or the sticker
// count, and the total.
func (s *Votes) optionsView(width, height int) []string {
	st := s.ctx.Styles
	if height <= 0 {
		return nil
	}
	lines := []string{st.Bold.Render(truncate(s.ctx.T("votes.options"), width))}
	if len(s.data.options) == 0 {
		return append(lines, st.Subtle.Render(truncate(s.ctx.T("votes.options.none"), width)))
	}
	results := sessions.Tally(s.data.options, s.data.votes)
	total := map[sessions.ID]int{}
	for _, r := range results {
		total[r.Option.ID] = r.Dots
	}
	p, _ := s.current()
	s.option.SetHeight(max(1, height-1))
	for i := s.option.Top; i < len(s.data.options) && len(lines) < height; i++ {
		o := s.data.options[i]
		var right string
		if s.mode == votesStickers {
			right = s.ctx.T("votes.stickers.none")
			if o.Stickers >= 0 {
				right = s.ctx.T("votes.stickers.n", o.Stickers)
			}
		} else {
			right = dotGlyphs(s.data.dotsOn(o.ID, p.id)) + "  " + s.ctx.T("votes.total", total[o.ID])
		}
		left := fmt.Sprintf("%d. %s", i+1, oneLineText(s.data.optionLabel(o)))
		left = truncate(left, max(1, width-2-lipgloss.Width(right)-2))
		line := joinEnds(left, right, width-2)
		if i == s.option.Index {
			lines = append(lines, st.Selected.Render(cursorMark+line))
		} else {
			lines = append(lines, "  "+line)
		}
	}
	return lines
}

// dotGlyphs draws n dots; more than five as a number, so a row stays short.
func dotGlyphs(n int) string {
	if n > 5 {
		return fmt.Sprintf("●×%d", n)
	}
	return strings.Repeat("●", n) + strings.Repeat(" ", 5-n)
}

// votersView lists who can vote with how many dots they used.
func (s *Votes) votersView(width, height int) []string {
	st := s.ctx.Styles
	lines := []string{st.Bold.Render(truncate(s.ctx.T("votes.voters"), width))}
	if len(s.data.voters) == 0 {
		return append(lines, st.Subtle.Render(truncate(s.ctx.T("votes.voters.none"), width)))
	}
	from := max(0, min(s.voter-(height-2)/2, len(s.data.voters)-(height-1)))
	for i := from; i < len(s.data.voters) && len(lines) < height; i++ {
		p := s.data.voters[i]
		state := s.voterState(p)
		line := joinEnds(truncate(p.label, max(1, width-2-lipgloss.Width(state)-1)), state, width-2)
		if i == s.voter {
			lines = append(lines, st.Selected.Render(cursorMark+line))
		} else {
			lines = append(lines, "  "+line)
		}
	}
	return lines
}

// resultRows rank the options: dots and people, ties said as ties.
func resultRows(ctx *Context, d votesData, width, height int) []string {
	st := ctx.Styles
	if height <= 0 {
		return nil
	}
	lines := []string{st.Bold.Render(truncate(ctx.T("votes.results"), width))}
	if len(d.options) == 0 {
		return append(lines, st.Subtle.Render(truncate(ctx.T("votes.options.none"), width)))
	}
	for _, r := range sessions.Tally(d.options, d.votes) {
		if len(lines) >= height {
			break
		}
		rank := ctx.T("votes.rank", r.Rank)
		if r.Tied {
			rank = ctx.T("votes.rank.tied", r.Rank)
		}
		right := resultText(ctx, r)
		left := truncate(rank+"  "+oneLineText(d.optionLabel(r.Option)), max(1, width-lipgloss.Width(right)-2))
		lines = append(lines, joinEnds(left, right, width))
	}
	return lines
}

// votesBoard is the projector's picture of a voting step: the ranked
// results with a bar of dots, as they come in; no names at all. It needs
// only the data, so a projector window can draw it on its own.
func votesBoard(ctx *Context, d votesData, w, h int) string {
	st := ctx.Styles
	margin := 2
	if w >= 100 {
		margin = 6
	}
	inner := max(10, min(w-2*margin, 80))
	pad := strings.Repeat(" ", max(0, (w-inner)/2))
	out := []string{"", pad + st.Title.Render(truncate(d.step.Title, inner)),
		pad + st.Subtle.Render(truncate(ctx.T("votes.voted", d.voted(), d.of()), inner)), ""}
	results := sessions.Tally(d.options, d.votes)
	most := 1
	for _, r := range results {
		most = max(most, r.Dots)
	}
	for _, r := range results {
		rank := ctx.T("votes.rank", r.Rank)
		if r.Tied {
			rank = ctx.T("votes.rank.tied", r.Rank)
		}
		out = append(out, pad+truncate(rank+"  "+oneLineText(d.optionLabel(r.Option)), inner))
		num := " " + resultText(ctx, r)
		bar := strings.Repeat("█", r.Dots*max(0, inner-4-lipgloss.Width(num))/most)
		out = append(out, pad+"  "+bar+num, "")
	}
	if len(results) == 0 {
		out = append(out, pad+st.Subtle.Render(truncate(ctx.T("votes.options.none"), inner)))
	}
	if len(out) > h {
		out = out[:max(1, h)]
	}
	return strings.Join(out, "\n")
}

// resultText is "7 stemmen · 4 personen", singular where it is one.
func resultText(ctx *Context, r sessions.Result) string {
	count := func(n int, key string) string {
		if n == 1 {
			return ctx.T(key + ".one")
		}
		return ctx.T(key+".many", n)
	}
	return ctx.T("votes.result", count(r.Dots, "votes.dots"), count(r.People, "votes.people"))
}
