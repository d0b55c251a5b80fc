package screens

import (
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

// inputChanged schedules a draft save after the typing pauses.
func (s *SessionScreen) inputChanged() tea.Cmd {
	if s.editing != 0 {
		return nil
	}
	s.draftSeq++
	seq := s.draftSeq
	return s.ctx.Tick(draftDelay, func(time.Time) tea.Msg { return draftTickMsg{seq: seq} })
}

// currentDraftKey names the draft by step, author and kind, so that all
// three come back with the text: capture/<wg>/<session>/<step>/<who>/<kind>,
// where who is p<id>, g for the group, or - for nobody. The draft holds
// the author too (Draft.Author), so that removing them reaches it; a
// p<id> its draft no longer names is someone removed.
func (s *SessionScreen) currentDraftKey() string {
	who := "-"
	switch {
	case s.who.group:
		who = "g"
	case s.who.id != 0:
		who = "p" + strconv.FormatInt(s.who.id, 10)
	}
	return s.draftPrefix() + strconv.FormatInt(s.currentStep().ID, 10) + "/" + who + "/" + strconv.Itoa(int(s.kind))
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

func (s *SessionScreen) saveDraftIfIdle(m draftTickMsg) tea.Cmd {
	if m.seq != s.draftSeq {
		return nil // more typing came after this tick
	}
	return s.saveDraftNow()
}

// saveDraftNow stores the input as the draft if it changed since the last
// save, removing the draft under an older key (another step).
func (s *SessionScreen) saveDraftNow() tea.Cmd {
	if s.editing != 0 || !s.loaded {
		return nil
	}
	text, key, oldKey, author := s.input.Value(), s.currentDraftKey(), s.draftKey, s.who.id
	if strings.TrimSpace(text) == "" {
		text = ""
	}
	if text == s.draftSaved && key == oldKey {
		return nil
	}
	st := s.ctx.Store
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

func (s *SessionScreen) draftStored(m draftSavedMsg) tea.Cmd {
	s.draftSaved, s.draftKey = m.text, m.key
	if !s.draftStuck {
		return nil
	}
	s.draftStuck = false
	return Notify(s.ctx.T("draft.saved.again"))
}

// draftFailed schedules the next try; typing in between brings its own.
func (s *SessionScreen) draftFailed(m draftFailedMsg) tea.Cmd {
	seq := s.draftSeq
	retry := s.ctx.Tick(draftRetry, func(time.Time) tea.Msg { return draftTickMsg{seq: seq} })
	if s.draftStuck {
		return retry
	}
	s.draftStuck = true
	return tea.Batch(Fail(m.err), retry)
}

func (s *SessionScreen) clearDraft() tea.Cmd {
	s.draftSeq++
	return s.saveDraftNow()
}

// restoreDraft puts back text typed in this session before a crash or a
// quit, at the step it was typed in.
func (s *SessionScreen) restoreDraft(drafts []sessions.Draft) tea.Cmd {
	prefix := s.draftPrefix()
	for _, d := range drafts {
		if !strings.HasPrefix(d.Key, prefix) || d.Text == "" {
			continue
		}
		stepID, who, kind := parseDraftKey(strings.TrimPrefix(d.Key, prefix))
		if who.id != d.Author {
			who.id = 0 // the person was removed, their words kept without them
		}
		s.who, s.kind = who, kind
		for i, st := range s.session.Steps {
			if st.ID == stepID {
				s.step = i
				s.timer.Reset(st.Elapsed)
			}
		}
		s.input.SetValue(d.Text)
		s.draftKey, s.draftSaved = d.Key, d.Text
		return Notify(s.ctx.T("session.draft.back"))
	}
	return nil
}

// Drafts is the half-typed entry, for the root to keep when quitting.
func (s *SessionScreen) Drafts() []sessions.Draft {
	if !s.loaded || s.editing != 0 {
		return nil
	}
	s.stopTimer()
	text := s.input.Value()
	if strings.TrimSpace(text) == "" {
		text = ""
	}
	out := []sessions.Draft{{Key: s.currentDraftKey(), Text: text, Author: s.who.id}}
	if s.draftKey != "" && s.draftKey != s.currentDraftKey() {
		out = append(out, sessions.Draft{Key: s.draftKey})
	}
	return out
}
