package screens

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Half-typed decisions and actions are kept as drafts when the program
// quits (ctrl+c), under keys "actions/<werkgroep>/<session>/<what>/<id>",
// and offered back the next time the same form opens.

func draftKeyFor(werkgroep, session sessions.ID, what string, id sessions.ID) string {
	return fmt.Sprintf("actions/%d/%d/%s/%d", werkgroep, session, what, id)
}

// formDraft is the text of an open form worth keeping, with its key; ok
// is false when nothing was typed.
func formDraft(dec *decisionForm, act *actionForm) (d sessions.Draft, ok bool) {
	switch {
	case dec != nil && strings.TrimSpace(dec.text) != strings.TrimSpace(dec.decision.Text):
		return sessions.Draft{Key: dec.draftKey, Text: dec.text}, true
	case act != nil && strings.TrimSpace(act.what) != strings.TrimSpace(act.action.What):
		return sessions.Draft{Key: act.draftKey, Text: act.what}, true
	}
	return d, false
}

// Drafts keeps the text of an open form when the program quits.
func (a *Actions) Drafts() []sessions.Draft {
	if d, ok := formDraft(a.decForm, a.actForm); ok {
		return []sessions.Draft{d}
	}
	return nil
}

// Drafts keeps the text of an open action form when the program quits.
func (l *LookBack) Drafts() []sessions.Draft {
	if l.form == nil {
		return nil
	}
	if d, ok := formDraft(nil, l.form); ok {
		return []sessions.Draft{d}
	}
	return nil
}

// keptDraft is the text kept for key, if any.
func keptDraft(c *Context, key string) (string, bool, error) {
	drafts, err := c.Store.Drafts()
	if err != nil {
		return "", false, err
	}
	for _, d := range drafts {
		if d.Key == key && d.Text != "" {
			return d.Text, true, nil
		}
	}
	return "", false, nil
}

// withDraft is text, or the draft kept for key instead, with a notice
// that it came back.
func withDraft(c *Context, key, text string) (string, tea.Cmd) {
	kept, ok, err := keptDraft(c, key)
	if err != nil {
		return text, Fail(err)
	}
	if !ok {
		return text, nil
	}
	return kept, Notify(c.T("actions.draft.restored"))
}

// dropDraft removes the draft of a form that was saved or cancelled.
func dropDraft(c *Context, key string) {
	if key != "" {
		c.Store.SaveDraft(sessions.Draft{Key: key})
	}
}

// decisionFormFor opens a decision form, with a kept draft if any.
func decisionFormFor(c *Context, werkgroep sessions.ID, d sessions.Decision) (*decisionForm, tea.Cmd) {
	key := draftKeyFor(werkgroep, d.SessionID, "decision", d.ID)
	text, cmd := withDraft(c, key, d.Text)
	f := newDecisionForm(c, d, text)
	f.draftKey = key
	return f, cmd
}

// actionFormFor opens an action form, with a kept draft if any.
func actionFormFor(c *Context, werkgroep sessions.ID, a sessions.Action, people []sessions.Participant) (*actionForm, tea.Cmd) {
	key := draftKeyFor(werkgroep, a.SessionID, "action", a.ID)
	what, cmd := withDraft(c, key, a.What)
	f := newActionForm(c, a, people, what)
	f.draftKey = key
	return f, cmd
}
