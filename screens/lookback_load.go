package screens

import (
	tea "charm.land/bubbletea/v2"

	"werkgroep/export"
	"werkgroep/sessions"
)

type lookBackLoadedMsg struct {
	current, prev sessions.Session
	numbers       map[sessions.ID]int
	actions       []sessions.Action
	people        []sessions.Participant
	minutes       string         // plain text, when the export failed
	blocks        []export.Block // the export's minutes
	err           error
}

func (l *LookBack) load() tea.Msg {
	st := l.ctx.Store
	m := lookBackLoadedMsg{numbers: map[sessions.ID]int{}}
	if m.current, m.err = st.Session(l.session); m.err != nil {
		return m
	}
	all, err := st.Sessions(l.werkgroep)
	if err != nil {
		m.err = err
		return m
	}
	for _, se := range all {
		m.numbers[se.ID] = se.Number
		if se.Number < m.current.Number && se.Number > m.prev.Number {
			m.prev = se
		}
	}
	if m.actions, m.err = st.Actions(l.werkgroep); m.err != nil {
		return m
	}
	if m.people, m.err = st.Participants(l.werkgroep); m.err != nil {
		return m
	}
	if m.prev.ID != 0 {
		m.blocks, m.minutes, m.err = minutesOf(st, l.werkgroep, m.prev, m.people, m.actions)
	}
	return m
}

func (l *LookBack) apply(m lookBackLoadedMsg) {
	first := !l.loaded
	l.current, l.prev, l.people, l.loaded = m.current, m.prev, m.people, true
	// The look-back is seen by the group: names as each person chose
	// for the minutes, never more.
	names := map[sessions.ID]string{}
	for i, p := range m.people {
		names[p.ID] = p.InMinutes()
		if names[p.ID] == "" {
			names[p.ID] = l.ctx.T("unnamed", i+1)
		}
	}
	l.actions.names, l.actions.numbers = names, m.numbers
	l.actions.set(earlierOpen(m.actions, m.numbers, m.current.Number, l.seen))
	if m.blocks != nil {
		l.minutes.setBlocks(m.blocks)
	} else {
		l.minutes.set(m.minutes)
	}
	switch {
	case l.prev.ID == 0:
		l.focus = partOpenActions
	case first && len(l.actions.items) == 0:
		l.focus = partMinutes // nothing to change: let the arrows scroll
	}
	l.layout()
}

// minutesOf is the previous session's minutes for the preview: what the
// export writes, rendered for the terminal, so that the group approves
// what goes out. Should the export fail, the plain text of
// previousMinutes shows instead: the look-back must not stand in the way
// of the session.
func minutesOf(st sessions.Store, werkgroep sessions.ID, se sessions.Session, people []sessions.Participant, actions []sessions.Action) ([]export.Block, string, error) {
	doc, err := export.Render(st, export.Options{Werkgroep: werkgroep, Session: se.Number})
	if err == nil {
		return doc.Blocks(), "", nil
	}
	text, err := previousMinutes(st, werkgroep, se, people, actions)
	return nil, text, err
}
