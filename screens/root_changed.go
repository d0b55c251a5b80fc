package screens

import tea "charm.land/bubbletea/v2"

// changed gives ChangedMsg to every screen on the stack, the top one
// last. Only the top one may navigate: a screen below that asked to
// would move the person away from where they are.
func (r *Root) changed() (tea.Model, tea.Cmd) {
	cmds := make([]tea.Cmd, 0, len(r.stack))
	for i := range len(r.stack) - 1 {
		cmds = append(cmds, r.updateBelow(i, ChangedMsg{}))
	}
	_, cmd := r.route(ChangedMsg{})
	return r, tea.Batch(append(cmds, cmd)...)
}

// updateBelow gives msg to the screen at i, below the top. What its
// commands answer (a reload) is addressed to it, since the root gives
// other messages to the top screen only.
func (r *Root) updateBelow(i int, msg tea.Msg) tea.Cmd {
	s, cmd := r.stack[i].Update(msg)
	r.stack[i] = s
	r.ctx.takeNav()
	return addressTo(s, cmd)
}

// addressedMsg is the answer of a command of a screen below the top.
type addressedMsg struct {
	to  Screen
	msg tea.Msg
}

func addressTo(s Screen, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg { return addressedMsg{to: s, msg: cmd()} }
}

// deliver gives an addressed answer to its screen: through the normal
// route when that screen is on top by now, not at all when it has closed.
func (r *Root) deliver(m addressedMsg) (tea.Model, tea.Cmd) {
	switch inner := m.msg.(type) {
	case nil:
		return r, nil
	case tea.BatchMsg:
		cmds := make([]tea.Cmd, len(inner))
		for i, c := range inner {
			cmds[i] = addressTo(m.to, c)
		}
		return r, tea.Batch(cmds...)
	case StatusMsg, ErrorMsg:
		return r.Update(inner)
	}
	if m.to == r.top() {
		return r.Update(m.msg)
	}
	for i := range len(r.stack) - 1 {
		if r.stack[i] == m.to {
			return r, r.updateBelow(i, m.msg)
		}
	}
	return r, nil
}
