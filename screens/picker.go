package screens

import (
	"strings"

	"charm.land/lipgloss/v2"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// picker chooses one item from a list that filters as you type. It is a
// component inside a screen, not a screen of its own: capture stays open
// behind it.
type picker struct {
	title   string
	items   []pickItem
	shown   []int // indexes into items that match the filter
	filter  editor
	cur     cursor
	create  string // label for "add new: %s", empty when adding is not offered
	keys    pickerKeys
	visible bool
	search  string // "Zoek:"
}

type pickItem struct {
	Label string
	Hint  string
	Value any
}

// pickedMsg reports the choice; New holds the typed text when the user
// chose to add a new item.
type pickedMsg struct {
	Value any
	New   string
}

type pickerKeys struct {
	Up, Down, Choose, Cancel key.Binding
}

func newPicker(c *Context, title string, items []pickItem, create string) picker {
	p := picker{title: title, items: items, filter: newEditor(), create: create, visible: true, search: c.T("picker.search"),
		keys: pickerKeys{
			Up:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", c.T("key.up"))),
			Down:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", c.T("key.down"))),
			Choose: key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", c.T("picker.choose"))),
			Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("picker.cancel"))),
		}}
	p.filter.focused = true
	p.refilter()
	return p
}

func (p *picker) bindings() []key.Binding {
	return []key.Binding{p.keys.Choose, p.keys.Up, p.keys.Down, p.keys.Cancel}
}

func (p *picker) refilter() {
	q := strings.ToLower(strings.TrimSpace(p.filter.Value()))
	p.shown = p.shown[:0]
	for i, it := range p.items {
		if q == "" || strings.Contains(strings.ToLower(it.Label), q) {
			p.shown = append(p.shown, i)
		}
	}
	n := len(p.shown)
	if p.offersNew() {
		n++
	}
	p.cur.SetLen(n)
}

func (p *picker) offersNew() bool {
	q := strings.TrimSpace(p.filter.Value())
	if p.create == "" || q == "" {
		return false
	}
	for _, i := range p.shown {
		if strings.EqualFold(p.items[i].Label, q) {
			return false
		}
	}
	return true
}

// Update handles a key; it returns a command with pickedMsg on a choice,
// and hides the picker on a choice or cancel.
func (p *picker) Update(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, p.keys.Cancel):
			p.visible = false
			return nil
		case key.Matches(km, p.keys.Up):
			p.cur.Move(-1)
			return nil
		case key.Matches(km, p.keys.Down):
			p.cur.Move(1)
			return nil
		case key.Matches(km, p.keys.Choose):
			if p.cur.Len == 0 {
				return nil
			}
			p.visible = false
			if p.cur.Index < len(p.shown) {
				v := p.items[p.shown[p.cur.Index]].Value
				return func() tea.Msg { return pickedMsg{Value: v} }
			}
			name := strings.TrimSpace(p.filter.Value())
			return func() tea.Msg { return pickedMsg{New: name} }
		}
	}
	if p.filter.Update(msg) {
		p.refilter()
		p.cur.To(0)
	}
	return nil
}

// View renders the picker in a box of width × height.
func (p *picker) View(s Styles, width, height int) string {
	inner := max(1, width-4)
	p.cur.SetHeight(max(1, height-4))
	var b strings.Builder
	b.WriteString(s.Title.Render(truncate(p.title, inner)) + "\n")
	search := p.search + " "
	b.WriteString(search + strings.Join(p.filter.View(max(1, inner-lipgloss.Width(search)), 1, s.Cursor.Render), "") + "\n")
	for i := p.cur.Top; i < p.cur.Bottom(); i++ {
		var line string
		if i < len(p.shown) {
			it := p.items[p.shown[i]]
			line = it.Label
			if it.Hint != "" {
				line += "  " + s.Subtle.Render(it.Hint)
			}
		} else {
			line = "+ " + strings.ReplaceAll(p.create, "%s", strings.TrimSpace(p.filter.Value()))
		}
		if i == p.cur.Index {
			line = s.Selected.Render(truncate(cursorMark+line, inner))
		} else {
			line = truncate("  "+line, inner)
		}
		b.WriteString(line + "\n")
	}
	return s.PaneFocused.Width(width).Render(strings.TrimRight(b.String(), "\n"))
}
