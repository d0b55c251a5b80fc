package screens

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A half-typed example is kept as a draft shortly after the last
// keystroke (in a command, off the input path) and when the program quits,
// so that neither a crash nor ctrl+c loses it. Its key names the
// werkgroep, session, person and dimension.

const schemaDraftDelay = 600 * time.Millisecond

type schemaDraftTickMsg struct{}

func (s *Schema) draftPrefix() string {
	return fmt.Sprintf("schema/%d/%d/", s.werkgroep, s.sessionID)
}

func (s *Schema) currentDraftKey() string {
	return s.draftPrefix() + fmt.Sprintf("%d/%d", s.who().id, s.dim+1)
}

// draftLater notes a keystroke. One tick at a time is pending: when it
// comes and typing has paused for the delay, the draft is saved; else it
// waits for the rest of the delay.
func (s *Schema) draftLater() tea.Cmd {
	s.typedAt = time.Now()
	if s.tickPending {
		return nil
	}
	s.tickPending = true
	return draftTick(schemaDraftDelay)
}

func draftTick(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return schemaDraftTickMsg{} })
}

func (s *Schema) draftTicked() tea.Cmd {
	s.tickPending = false
	if wait := schemaDraftDelay - time.Since(s.typedAt); wait > 0 && s.editing {
		s.tickPending = true
		return draftTick(wait)
	}
	return s.saveDraft()
}

func (s *Schema) saveDraft() tea.Cmd {
	if !s.editing {
		return nil
	}
	d := s.exampleDraft()
	s.draftKey = d.Key
	st := s.ctx.Store
	return func() tea.Msg { return schemaDraftDoneMsg{err: st.SaveDraft(d)} }
}

// schemaDraftDoneMsg is a finished save of the example's draft. One that
// failed (a full disk) is tried again after draftRetry, for as long as
// the example is open; the text stays in it meanwhile. The first failure
// and the save that works again are said in the status line.
type schemaDraftDoneMsg struct{ err error }

func (s *Schema) draftDone(m schemaDraftDoneMsg) tea.Cmd {
	switch {
	case m.err == nil && s.draftStuck:
		s.draftStuck = false
		return Notify(s.ctx.T("draft.saved.again"))
	case m.err == nil:
		return nil
	}
	var retry tea.Cmd
	if !s.tickPending {
		s.tickPending = true
		retry = draftTick(draftRetry)
	}
	if s.draftStuck {
		return retry
	}
	s.draftStuck = true
	return tea.Batch(Fail(m.err), retry)
}

// clearDraft removes the draft once the example is stored or dropped.
func (s *Schema) clearDraft() tea.Cmd {
	if s.draftKey == "" {
		return nil
	}
	k := s.draftKey
	s.draftKey = ""
	st := s.ctx.Store
	return func() tea.Msg {
		if err := st.SaveDraft(sessions.Draft{Key: k}); err != nil {
			return ErrorMsg{Err: err}
		}
		return nil
	}
}

// restoreDraft opens the example a draft of this session belongs to, with
// the text as it was typed.
func (s *Schema) restoreDraft(drafts []sessions.Draft) tea.Cmd {
	for _, d := range drafts {
		rest, ok := strings.CutPrefix(d.Key, s.draftPrefix())
		if !ok || strings.TrimSpace(d.Text) == "" {
			continue
		}
		parts := strings.Split(rest, "/")
		if len(parts) != 2 {
			continue
		}
		id, err1 := strconv.ParseInt(parts[0], 10, 64)
		dim, err2 := strconv.Atoi(parts[1])
		if err1 != nil || err2 != nil || dim < 1 || dim > sessions.SchemaDimensions {
			continue
		}
		for i, p := range s.data.persons {
			if p.id == id {
				s.person, s.dim, s.mode = i, dim-1, modePlace
				s.draftKey = d.Key
				return tea.Batch(s.startExample(d.Text), Notify(s.ctx.T("schema.draft.back")))
			}
		}
	}
	return nil
}

// Drafts is the half-typed example, for the root to keep when quitting.
func (s *Schema) Drafts() []sessions.Draft {
	if !s.editing || strings.TrimSpace(s.example.Value()) == "" {
		return nil
	}
	return []sessions.Draft{s.exampleDraft()}
}

// exampleDraft is the half-typed example as a draft of the person whose
// placement it belongs to, so that it goes when they are removed.
func (s *Schema) exampleDraft() sessions.Draft {
	return sessions.Draft{Key: s.currentDraftKey(), Text: s.example.Value(), Author: s.who().id, Placement: true}
}
