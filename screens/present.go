package screens

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// projector is the presentation part of the session screen: the step's
// prompt and what was captured, large and calm. No input line, no
// half-typed text, and people only as they chose to be named in the
// minutes. It reads only the shared state, so it can later run in a
// window of its own.
type projector struct {
	st     *sessionState
	keys   projectorKeys
	scroll int // rows scrolled up

	width, height int
}

type projectorKeys struct {
	Leave, Up, Down key.Binding
}

func newProjector(st *sessionState) *projector {
	b := binder(st.ctx)
	return &projector{st: st, keys: projectorKeys{
		Leave: b([]string{"esc", "q"}, "esc", "session.key.unpresent"),
		Up:    b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:  b([]string{"down", "j"}, "↓/j", "key.down"),
	}}
}

func (p *projector) SetSize(w, h int) { p.width, p.height = w, h }

// Update scrolls, or leaves the projector.
func (p *projector) Update(msg tea.Msg) (tea.Cmd, move) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, move{}
	}
	switch {
	case key.Matches(km, p.keys.Leave):
		p.scroll = 0
		return nil, move{to: toBack}
	case key.Matches(km, p.keys.Up):
		p.scroll++
	case key.Matches(km, p.keys.Down):
		p.scroll = max(0, p.scroll-1)
	}
	return nil, move{}
}

func (p *projector) KeyMap(shared sharedKeys) help.KeyMap {
	sk := shared.bindings(modePresent)
	return keyMap{short: []key.Binding{p.keys.Leave, sk[0], sk[1]},
		full: [][]key.Binding{append([]key.Binding{p.keys.Leave, p.keys.Up, p.keys.Down}, sk...)}}
}

func (p *projector) View() string {
	st := p.st.ctx.Styles
	w, h := p.width, p.height
	margin := 2
	if w >= 100 {
		margin = 6
	}
	qr, qrWidth := phonesQR(p.st.phones, w-2*margin, h, p.st.ctx.NoColor, p.st.ctx.LightBackground)
	inner := max(10, min(w-2*margin-qrWidth, 80))
	pad := strings.Repeat(" ", max(0, (w-inner-qrWidth)/2))
	step := p.st.currentStep()
	var out []string
	out = append(out, "", pad+st.Title.Render(truncate(step.Title, inner)), "")
	if join := joinLine(p.st.ctx, p.st.phones); join != "" {
		for _, l := range wrapStyled(st.Bold, join, inner) {
			out = append(out, pad+l)
		}
		out = append(out, "")
	}
	for _, l := range wrap(step.Prompt, inner) {
		out = append(out, pad+st.Prompt.Render(l))
	}
	out = append(out, "", pad+st.Subtle.Render(strings.Repeat("─", min(inner, 20))), "")
	rows := presentRows(p.st.current(), p.st.presentLabel, pad, inner)
	room := h - len(out)
	if room < 1 {
		return strings.Join(out[:max(1, h)], "\n")
	}
	// newest at the bottom; scrolling up shows earlier rows
	end := max(0, len(rows)-p.scroll)
	start := max(0, end-room)
	out = append(out, rows[start:end]...)
	if qr != nil {
		out = besideEachOther(out, qr, len(pad)+inner, strings.Repeat(" ", qrGap), max(len(out), min(h, len(qr)+1)))
	}
	return strings.Join(out, "\n")
}

// presentRows are contributions as the projector shows them: wrapped, with
// a blank line between, named only as label allows.
func presentRows(cs []sessions.Contribution, label func(sessions.Contribution) string, pad string, inner int) []string {
	var rows []string
	for _, c := range cs {
		text := c.Text
		if who := label(c); who != "" {
			text += " — " + who
		}
		for i, l := range wrap(text, inner-2) {
			if i == 0 {
				rows = append(rows, pad+"• "+l)
			} else {
				rows = append(rows, pad+"  "+l)
			}
		}
		rows = append(rows, "")
	}
	return rows
}
