package screens

import tea "charm.land/bubbletea/v2"

// PushMsg opens a screen on top of the current one (as a message, for
// code outside a screen's Update).
type PushMsg struct{ Screen Screen }

// PopMsg closes the current screen and returns to the one below.
type PopMsg struct{}

// ResumeMsg tells a screen it is active again, so it can reload its data.
type ResumeMsg struct{}

// ErrorMsg shows an error in plain words in the status line.
type ErrorMsg struct{ Err error }

// StatusMsg shows a short notice in the status line ("Opgeslagen").
type StatusMsg struct{ Text string }

// Navigation is synchronous: a screen asks for it while it handles a
// message, and the root applies it as soon as that Update returns, before
// the next key. (As a command it would arrive after keys typed quickly
// behind the one that asked for it, and those would reach the old screen.)

// navOp is one pending step of navigation.
type navOp struct {
	push Screen // nil for a pop
}

// Push opens s on top of the current screen once this Update returns.
func (c *Context) Push(s Screen) tea.Cmd {
	c.nav = append(c.nav, navOp{push: s})
	if c.observe != nil {
		c.observe(PushMsg{Screen: s})
	}
	return nil
}

// Pop closes the current screen once this Update returns.
func (c *Context) Pop() tea.Cmd {
	c.nav = append(c.nav, navOp{})
	if c.observe != nil {
		c.observe(PopMsg{})
	}
	return nil
}

// takeNav returns the pending navigation and clears it.
func (c *Context) takeNav() []navOp {
	ops := c.nav
	c.nav = nil
	return ops
}

// Fail is a command that reports err in the status line.
func Fail(err error) tea.Cmd { return func() tea.Msg { return ErrorMsg{Err: err} } }

// Notify is a command that shows text in the status line.
func Notify(text string) tea.Cmd { return func() tea.Msg { return StatusMsg{Text: text} } }
