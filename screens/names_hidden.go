package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// hiddenNamesNote is the notice after storing text that holds a name (or
// part of one) that its owner does not want shown everywhere
// (sessions.HiddenNames, with the more private of their two choices: the
// whole-process minutes and the paragraph use it), or nil. It names only
// the words of the text itself, never whose name it is or what they chose.
func hiddenNamesNote(c *Context, text string, people []sessions.Participant) tea.Cmd {
	words := sessions.HiddenNames(text, people, func(p sessions.Participant) sessions.Naming {
		return sessions.MorePrivate(p.Naming, p.Paragraph)
	})
	if len(words) == 0 {
		return nil
	}
	return Notify(c.T("names.hidden", QuoteWords(words)))
}
