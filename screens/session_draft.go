package screens

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Half-typed text is saved as a draft shortly after the last keystroke, in
// a command (off the input path), so that a crash loses at most a moment
// of typing. The draft is cleared when the entry is stored.

const draftDelay = 600 * time.Millisecond

type draftTickMsg struct{ seq int }

type draftSavedMsg struct{ key, text string }

// draftFailedMsg is a draft save that failed (a full disk). The text stays
// in the input, in memory, and the save is tried again every draftRetry
// until it works; the first failure is said in the status line, and so is
// the save that works again.
type draftFailedMsg struct{ err error }

const draftRetry = 2 * time.Second

// changed schedules a draft save after the typing pauses.
func (c *captureInput) changed() tea.Cmd {
	if c.editing != 0 {
		return nil
	}
	c.draftSeq++
	seq := c.draftSeq
	return c.st.ctx.Tick(draftDelay, func(time.Time) tea.Msg { return draftTickMsg{seq: seq} })
}

// currentDraftKey names the draft by step, author and kind, so that all
// three come back with the text: capture/<wg>/<session>/<step>/<who>/<kind>,
// where who is p<id>, g for the group, or - for nobody. The draft holds
// the author too (Draft.Author), so that removing them reaches it; a
// p<id> its draft no longer names is someone removed.
func (c *captureInput) currentDraftKey() string {
	who := "-"
	switch {
	case c.who.group:
		who = "g"
	case c.who.id != 0:
		who = "p" + strconv.FormatInt(c.who.id, 10)
	}
	return c.draftPrefix() + strconv.FormatInt(c.st.currentStep().ID, 10) + "/" + who + "/" + strconv.Itoa(int(c.kind))
}

// draftPrefix is the draft key of this session; the step's ID follows it.
func (c *captureInput) draftPrefix() string {
	return fmt.Sprintf("capture/%d/%d/", c.st.werkgroep.ID, c.st.session.ID)
}

// parseDraftKey reads the step, author and kind back from a draft key's
// part after the prefix; older keys hold the step only.
func parseDraftKey(rest string) (step sessions.ID, who attribution, kind sessions.Kind) {
	parts := strings.Split(rest, "/")
	step, _ = strconv.ParseInt(parts[0], 10, 64)
	if len(parts) >= 3 {
		switch w := parts[1]; {
		case w == "g":
			who.group = true
		case strings.HasPrefix(w, "p"):
			who.id, _ = strconv.ParseInt(w[1:], 10, 64)
		}
		if k, err := strconv.Atoi(parts[2]); err == nil && k >= 0 && k < len(sessions.Kinds) {
			kind = sessions.Kind(k)
		}
	}
	return step, who, kind
}

func (c *captureInput) saveDraftIfIdle(m draftTickMsg) tea.Cmd {
	if m.seq != c.draftSeq {
		return nil // more typing came after this tick
	}
	return c.saveDraftNow()
}

// saveDraftNow stores the input as the draft if it changed since the last
// save, removing the draft under an older key (another step).
func (c *captureInput) saveDraftNow() tea.Cmd {
	if c.editing != 0 || !c.st.loaded {
		return nil
	}
	text, key, oldKey, author := c.input.Value(), c.currentDraftKey(), c.draftKey, c.who.id
	if strings.TrimSpace(text) == "" {
		text = ""
	}
	if text == c.draftSaved && key == oldKey {
		return nil
	}
	st := c.st.ctx.Store
	return func() tea.Msg {
		if oldKey != "" && oldKey != key {
			st.SaveDraft(sessions.Draft{Key: oldKey})
		}
		if err := st.SaveDraft(sessions.Draft{Key: key, Text: text, Author: author}); err != nil {
			return draftFailedMsg{err: err}
		}
		return draftSavedMsg{key: key, text: text}
	}
}

func (c *captureInput) draftStored(m draftSavedMsg) tea.Cmd {
	c.draftSaved, c.draftKey = m.text, m.key
	if !c.draftStuck {
		return nil
	}
	c.draftStuck = false
	return Notify(c.st.ctx.T("draft.saved.again"))
}

// draftFailed schedules the next try; typing in between brings its own.
func (c *captureInput) draftFailed(m draftFailedMsg) tea.Cmd {
	seq := c.draftSeq
	retry := c.st.ctx.Tick(draftRetry, func(time.Time) tea.Msg { return draftTickMsg{seq: seq} })
	if c.draftStuck {
		return retry
	}
	c.draftStuck = true
	return tea.Batch(Fail(m.err), retry)
}

func (c *captureInput) clearDraft() tea.Cmd {
	c.draftSeq++
	return c.saveDraftNow()
}

// restoreDraft puts back text typed in this session before a crash or a
// quit, at the step it was typed in; the screen then sets that step's
// clock.
func (c *captureInput) restoreDraft(drafts []sessions.Draft) tea.Cmd {
	prefix := c.draftPrefix()
	for _, d := range drafts {
		if !strings.HasPrefix(d.Key, prefix) || d.Text == "" {
			continue
		}
		stepID, who, kind := parseDraftKey(strings.TrimPrefix(d.Key, prefix))
		if who.id != d.Author {
			who.id = 0 // the person was removed, their words kept without them
		}
		c.who, c.kind = who, kind
		for i, st := range c.st.session.Steps {
			if st.ID == stepID {
				c.st.step = i
			}
		}
		c.input.SetValue(d.Text)
		c.draftKey, c.draftSaved = d.Key, d.Text
		return Notify(c.st.ctx.T("session.draft.back"))
	}
	return nil
}

// drafts is the half-typed entry, for the root to keep when quitting.
func (c *captureInput) drafts() []sessions.Draft {
	if !c.st.loaded || c.editing != 0 {
		return nil
	}
	text := c.input.Value()
	if strings.TrimSpace(text) == "" {
		text = ""
	}
	out := []sessions.Draft{{Key: c.currentDraftKey(), Text: text, Author: c.who.id}}
	if c.draftKey != "" && c.draftKey != c.currentDraftKey() {
		out = append(out, sessions.Draft{Key: c.draftKey})
	}
	return out
}
