package screens

import (
	"reflect"

	tea "charm.land/bubbletea/v2"
)

// One read at a time for the changes of other programs. The screen on top
// answers ChangedMsg with its load, a command that reads the file. When
// the others store faster than this program reads (ten programs typing on
// two busy cores, issue 15's soak), a load for every change would start a
// read for each, all waiting for the store's connection, and the queue
// would grow until the person's own Enter waited behind it: in the soak
// one program had 170 reads waiting after ten minutes and took longer
// than 30 s to show its own entry. So while the answer to a change is
// under way, later changes are only noted; when it is back, one more
// ChangedMsg follows for all of them, and what that reads is newer than
// each of them.

// changeAnswerMsg is what the top screen's answer to a change returned.
type changeAnswerMsg struct{ msg tea.Msg }

// follow passes a change in the file on to the screens, or notes it for
// later while the answer to an earlier one is under way.
func (r *Root) follow() tea.Cmd {
	if r.reading > 0 {
		r.changedSince = true
		return nil
	}
	_, cmd := r.changed()
	return r.track(cmd)
}

// track counts cmd as part of the answer to a change until it returns.
func (r *Root) track(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	r.reading++
	return func() tea.Msg { return changeAnswerMsg{msg: cmd()} }
}

// answered takes in a returned part of the answer: the commands of a
// batch are tracked in turn, Bubble Tea's own messages (a sequence) go
// back through the program, any other message is handled as it would be
// without tracking. Once the whole answer is back, the changes noted
// meanwhile are followed.
func (r *Root) answered(m changeAnswerMsg) (tea.Model, tea.Cmd) {
	r.reading--
	var cmds []tea.Cmd
	switch inner := m.msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range inner {
			cmds = append(cmds, r.track(c))
		}
	default:
		if reflect.TypeOf(inner).PkgPath() == reflect.TypeFor[tea.BatchMsg]().PkgPath() {
			cmds = append(cmds, func() tea.Msg { return inner })
			break
		}
		_, cmd := r.update(inner)
		cmds = append(cmds, cmd)
	}
	if r.reading == 0 && r.changedSince {
		r.changedSince = false
		cmds = append(cmds, r.follow())
	}
	return r, tea.Batch(cmds...)
}
