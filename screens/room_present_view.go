package screens

import (
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// The projector's picture: a line saying where the room is and the
// clock, the step's title, its prompt large, and below it the latest of
// what was said (newest at the bottom) or the tension schema's group
// picture. On a big window the text keeps a readable measure in the
// middle; on a small one (60×17) the prompt is cut before the latest
// contributions are.

// roomMeasure is the widest the text runs, for reading from afar.
const roomMeasure = 110

func (p *RoomPresent) View() string {
	if !p.loaded {
		return ""
	}
	pic := p.pic
	switch {
	case !pic.leading:
		return p.noneView()
	case pic.lead.Projector == sessions.ProjectBlank:
		return "" // a black screen, as in a presentation
	}
	st := p.ctx.Styles
	margin := 2
	if p.width >= 100 {
		margin = 4
	}
	qr, qrWidth := phonesQR(pic.phones, p.width-2*margin, p.height, p.ctx.NoColor, p.ctx.LightBackground)
	inner := max(10, min(p.width-2*margin-qrWidth, roomMeasure))
	pad := strings.Repeat(" ", max(0, (p.width-inner-qrWidth)/2))
	step := pic.session.Steps[pic.step]
	where := p.ctx.T("room.where", pic.name, pic.session.Number, pic.step+1, len(pic.session.Steps))
	clk := truncate(p.clockText(step), inner)
	where = truncate(where, max(0, inner-lipgloss.Width(clk)-2)) // the clock comes first
	head := []string{joinEnds(st.Subtle.Render(where), st.Bold.Render(clk), inner), ""}
	head = append(head, st.Title.Render(truncate(step.Title, inner)), "")
	low := p.height < 14
	if low { // a low window: no blank lines in the heading
		head = []string{head[0], head[2]}
	}
	if join := joinLine(p.ctx, pic.phones); join != "" {
		head = append(head, wrapStyled(st.Bold, join, inner)...)
		if !low {
			head = append(head, "")
		}
	}
	var foot []string
	if pic.lead.Silent(p.now) {
		foot = wrapStyled(st.Warn, p.ctx.T("room.gone"), inner)
	}
	// The prompt gets what the heading and at least a few lines of what
	// is said (or the schema's figures) leave over.
	prompt := wrap(step.Prompt, inner)
	room := p.height - len(head) - len(foot) - 2
	var body []string
	keep := 4
	board := true // fitted to the room below the prompt, cut from the end
	switch {
	case pic.schema != nil:
		keep = 1 + sessions.SchemaDimensions
		body = p.schemaLines(inner, room-min(len(prompt), 3)-1)
	case pic.themes != nil:
		body = p.themesLines(inner, room-min(len(prompt), 2)-1)
		keep = len(body)
	case pic.votes != nil:
		body = p.votesLines(inner, room-min(len(prompt), 2)-1)
		keep = len(body)
	default:
		board = false
		body = p.saidLines(inner)
	}
	keep = min(len(body), keep, max(0, room-1))
	if limit := max(1, room-keep); len(prompt) > limit {
		prompt = append(prompt[:max(0, limit-1)], truncate(prompt[limit-1]+" …", inner))
	}
	out := head
	for _, l := range prompt {
		out = append(out, st.Prompt.Render(l))
	}
	out = append(out, "")
	left := max(0, p.height-len(out)-len(foot)-1)
	if !board && len(body) > left {
		body = latestWhole(body, left, inner)
	} else if len(body) > left {
		body = body[:left]
	}
	out = append(out, body...)
	for len(out) < p.height-len(foot) {
		out = append(out, "")
	}
	out = append(out, foot...)
	if qr != nil {
		out = besideEachOther(out, qr, inner, strings.Repeat(" ", qrGap), len(out))
	}
	for i := range out {
		if strings.TrimSpace(out[i]) != "" {
			out[i] = pad + out[i]
		}
	}
	return strings.Join(out, "\n")
}

// saidLines is what was said at the step, each with its author's name as
// they chose it; "• " marks where each one begins.
func (p *RoomPresent) saidLines(inner int) []string {
	if len(p.pic.said) == 0 {
		return []string{p.ctx.Styles.Subtle.Render(truncate(p.ctx.T("room.nothing.said"), inner))}
	}
	var out []string
	for _, x := range p.pic.said {
		text := x.text
		if x.who != "" {
			text += " — " + x.who
		}
		for i, l := range wrap(text, inner-2) {
			if i == 0 {
				out = append(out, "• "+l)
			} else {
				out = append(out, "  "+l)
			}
		}
	}
	return out
}

// latestWhole keeps the latest of what was said that fit in n lines,
// each whole ("• " begins one). When the latest alone is longer, its
// beginning shows, cut with " …": the group reads it from its start.
func latestWhole(lines []string, n, inner int) []string {
	if n <= 0 {
		return nil
	}
	start := len(lines)
	for i := len(lines) - 1; i >= len(lines)-n && i >= 0; i-- {
		if strings.HasPrefix(lines[i], "• ") {
			start = i
		}
	}
	if start < len(lines) {
		return lines[start:]
	}
	last := len(lines) - 1 // the start of the latest, before the window
	for last > 0 && !strings.HasPrefix(lines[last], "• ") {
		last--
	}
	cut := slices.Clone(lines[last : last+n])
	cut[n-1] = truncate(strings.TrimRight(cut[n-1], " ")+" …", inner)
	return cut
}

// clockText is the step's time left, or how far over time in words
// (PRODUCT.md: the timer never stops anyone), and whether it stands still.
func (p *RoomPresent) clockText(step sessions.Step) string {
	at := p.now
	if !p.pic.heldAt.IsZero() {
		at = p.pic.heldAt
	}
	used := p.pic.lead.Clock(at)
	var text string
	switch over := used - step.Timebox; {
	case step.Timebox == 0:
		text = clock(used)
	case over <= 0:
		text = p.ctx.T("room.left", clock(-over))
	case over < time.Minute:
		text = p.ctx.T("room.over.now")
	case over < 2*time.Minute:
		text = p.ctx.T("room.over.one")
	default:
		text = p.ctx.T("room.over.many", int(over/time.Minute))
	}
	if !p.pic.lead.Running() {
		text += " " + p.ctx.T("timer.paused")
	}
	return text
}

// noneView says plainly that nobody leads, and waits.
func (p *RoomPresent) noneView() string {
	st := p.ctx.Styles
	width := max(10, min(p.width-4, 64))
	lines := wrap(p.ctx.T("room.none"), width)
	pad := strings.Repeat(" ", max(0, (p.width-width)/2))
	var out []string
	for range max(0, (p.height-len(lines))/2-1) {
		out = append(out, "")
	}
	for _, l := range lines {
		out = append(out, pad+l)
	}
	for len(out) < p.height-1 {
		out = append(out, "")
	}
	return strings.Join(append(out, pad+st.Subtle.Render(truncate(p.ctx.T("room.quit"), width))), "\n")
}

// qrGap is the room between the picture and the QR code beside it.
const qrGap = 3

// joinLine says where phones join, while the session is open to them.
func joinLine(c *Context, ph phoneState) string {
	r := ph.room
	switch {
	case !ph.open:
		return ""
	case r.Address == "":
		return c.T("phones.join.nowhere", joinCode(r))
	}
	return c.T("phones.join", strings.TrimPrefix(r.Address, "http://"), joinCode(r))
}

// joinCode is the code as the projector shows it: "code 482 913" kept
// on one line when the line wraps (no-break spaces), so that nobody
// reads half of it.
func joinCode(r sessions.PhoneRoom) string {
	return strings.ReplaceAll(r.SpacedCode(), " ", "\u00a0")
}

// phonesQR is the QR code of the join address beside a picture, large
// when the window has room for it, and the width it takes with its gap;
// none when the window (room columns inside its margins, height lines)
// is too small to keep 40 columns of text beside it.
func phonesQR(ph phoneState, room, height int, noColor, lightBg bool) ([]string, int) {
	url := ph.room.JoinURL()
	if !ph.open || url == "" {
		return nil, 0
	}
	for _, large := range []bool{true, false} {
		w, h := qrSize(url, large)
		if room-w-qrGap >= 40 && h <= height {
			return qrLines(url, large, noColor, lightBg), w + qrGap
		}
	}
	return nil, 0
}
