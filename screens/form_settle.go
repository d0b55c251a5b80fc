package screens

import (
	"reflect"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// Huh moves to the next field with a command (CHARM.md): Enter in a field
// returns huh.NextField, and the focus moves only when Bubble Tea has run
// it and handed its message back. Keys that arrive in between go to the
// field that was left: on a busy machine, or from a fast typist's Enter
// and next letter, "Samen" after the name's Enter became an "S" at the end
// of the name and "amen" in the theme. So the form host settles the moves
// at once, in the same update as the key: the commands that only move
// between fields and pages (and the batches holding them) are run here
// and their messages given to the form straight away; all other commands
// (a cursor's blink, a field's refresh) go on to Bubble Tea as before.

// settle runs the moves in cmd now and returns what is left of it.
func (h *formHost) settle(cmd tea.Cmd) tea.Cmd {
	return h.settleDepth(cmd, 0)
}

func (h *formHost) settleDepth(cmd tea.Cmd, depth int) tea.Cmd {
	if cmd == nil || depth > 16 {
		return cmd
	}
	switch name := cmdName(cmd); {
	case huhMove(name):
		m, next := h.form.Update(cmd())
		if f, ok := m.(*huh.Form); ok {
			h.form = f
		}
		return h.settleDepth(next, depth+1)
	case strings.HasPrefix(name, "charm.land/bubbletea/v2.compactCmds["):
		msg := cmd() // tea.Batch or tea.Sequence: it only returns its commands
		v := reflect.ValueOf(msg)
		if v.Kind() != reflect.Slice {
			return func() tea.Msg { return msg }
		}
		cmds := make([]tea.Cmd, v.Len())
		for i := range cmds {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			cmds[i] = h.settleDepth(c, depth+1)
		}
		if _, batch := msg.(tea.BatchMsg); batch {
			return tea.Batch(cmds...)
		}
		return tea.Sequence(cmds...)
	}
	return cmd
}

// huhMove reports whether name is one of huh's commands that move
// between fields and pages.
func huhMove(name string) bool {
	switch name {
	case "charm.land/huh/v2.NextField", "charm.land/huh/v2.PrevField",
		"charm.land/huh/v2.nextGroup", "charm.land/huh/v2.prevGroup":
		return true
	}
	return false
}

// cmdName is the name of the function f, as the runtime knows it.
func cmdName(f tea.Cmd) string {
	if fn := runtime.FuncForPC(reflect.ValueOf(f).Pointer()); fn != nil {
		return fn.Name()
	}
	return ""
}
