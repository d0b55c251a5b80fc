package screens

import tea "charm.land/bubbletea/v2"

// changed gives ChangedMsg to the screen on top. The screens below it
// are only marked: each reads the file again when it comes back on top
// (resume), so that going back shows the new state too, while a change
// costs one reload, not one for every screen on the stack (issue 15: a
// program in a session has the home list and the werkgroep below it).
func (r *Root) changed() (tea.Model, tea.Cmd) {
	for _, s := range r.stack[:len(r.stack)-1] {
		r.behind[s] = true
	}
	return r.route(ChangedMsg{})
}

// resume tells the screen that is on top again that it is: ChangedMsg
// first when the file changed while it was below, then ResumeMsg.
func (r *Root) resume() tea.Cmd {
	var changed tea.Cmd
	if top := r.top(); r.behind[top] {
		delete(r.behind, top)
		s, cmd := top.Update(ChangedMsg{})
		r.stack[len(r.stack)-1] = s
		changed = cmd
	}
	s, cmd := r.top().Update(ResumeMsg{})
	r.stack[len(r.stack)-1] = s
	return tea.Batch(changed, cmd)
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
