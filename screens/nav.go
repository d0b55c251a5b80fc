package screens

import tea "charm.land/bubbletea/v2"

// PushMsg opens a screen on top of the current one.
type PushMsg struct{ Screen Screen }

// PopMsg closes the current screen and returns to the one below.
type PopMsg struct{}

// ResumeMsg tells a screen it is active again, so it can reload its data.
type ResumeMsg struct{}

// ErrorMsg shows an error in plain words in the status line.
type ErrorMsg struct{ Err error }

// StatusMsg shows a short notice in the status line ("Opgeslagen").
type StatusMsg struct{ Text string }

// Push is a command that opens s.
func Push(s Screen) tea.Cmd { return func() tea.Msg { return PushMsg{Screen: s} } }

// Pop is a command that closes the current screen.
func Pop() tea.Msg { return PopMsg{} }

// Fail is a command that reports err in the status line.
func Fail(err error) tea.Cmd { return func() tea.Msg { return ErrorMsg{Err: err} } }

// Notify is a command that shows text in the status line.
func Notify(text string) tea.Cmd { return func() tea.Msg { return StatusMsg{Text: text} } }
