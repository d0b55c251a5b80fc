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

// inputChanged schedules a draft save after the typing pauses.
func (s *SessionScreen) inputChanged() tea.Cmd {
	if s.editing != 0 {
		return nil
	}
	s.draftSeq++
	seq := s.draftSeq
	return s.ctx.Tick(draftDelay, func(time.Time) tea.Msg { return draftTickMsg{seq: seq} })
}

func (s *SessionScreen) currentDraftKey() string {
	return s.draftPrefix() + strconv.FormatInt(s.currentStep().ID, 10)
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
	text, key, oldKey := s.input.Value(), s.currentDraftKey(), s.draftKey
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
		if err := st.SaveDraft(sessions.Draft{Key: key, Text: text}); err != nil {
			return ErrorMsg{Err: err}
		}
		return draftSavedMsg{key: key, text: text}
	}
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
		stepID, _ := strconv.ParseInt(strings.TrimPrefix(d.Key, prefix), 10, 64)
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
	out := []sessions.Draft{{Key: s.currentDraftKey(), Text: text}}
	if s.draftKey != "" && s.draftKey != s.currentDraftKey() {
		out = append(out, sessions.Draft{Key: s.draftKey})
	}
	return out
}
