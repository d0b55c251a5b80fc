package export

import (
	"fmt"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// minutes is what the minutes of one werkgroep are made from, read from
// the store once.
type minutes struct {
	o        Options
	w        sessions.Werkgroep
	t        i18n.Catalog // the werkgroep's language, not the chrome's
	people   map[sessions.ID]sessions.Participant
	list     []sessions.Participant // in the order they were added
	sessions []sessionData          // the sessions to write, in order
	actions  []sessions.Action      // every action of the werkgroep
	numbers  map[sessions.ID]int
	kinds    map[sessions.StepKind]kindPart // what kinds of step add (kinds.go)
	// texts holds each contribution's text as escaped lines, made once:
	// the whole-process minutes write every text twice (what was said,
	// and the participatieparagraaf).
	texts map[sessions.ID][]string
	// groupOnly holds the contributions that stay in the group's own
	// minutes (Contribution.GroupOnly): never in the paragraph.
	groupOnly map[sessions.ID]bool
}

// text is c's text as escaped lines (escapedLines), made once per
// contribution.
func (m *minutes) text(c sessions.Contribution) []string {
	if l, ok := m.texts[c.ID]; ok {
		return l
	}
	l := escapedLines(c.Text)
	if m.texts == nil {
		m.texts = map[sessions.ID][]string{}
	}
	m.texts[c.ID] = l
	return l
}

// sessionData is one session with what happened in it.
type sessionData struct {
	sessions.Session
	attendance map[sessions.ID]sessions.Attendance
	said       map[sessions.ID][]sessions.Contribution // by step, in order
	questions  []sessions.Contribution
	decisions  []sessions.Decision
	actions    []sessions.Action // agreed in this session
}

// load reads the werkgroep of o and the sessions o asks for.
func load(st sessions.Store, o Options) (*minutes, error) {
	w, err := st.Werkgroep(o.Werkgroep)
	if err != nil {
		return nil, err
	}
	all, err := st.Sessions(w.ID)
	if err != nil {
		return nil, err
	}
	m := &minutes{o: o, w: w, t: i18n.For(string(w.Lang)), numbers: map[sessions.ID]int{}}
	for _, se := range all {
		m.numbers[se.ID] = se.Number
	}
	var chosen []sessions.Session
	for _, se := range all {
		if o.Session == 0 || se.Number == o.Session {
			chosen = append(chosen, se)
		}
	}
	if o.Session != 0 && len(chosen) == 0 {
		return nil, fmt.Errorf("session %d of %q: %w", o.Session, w.Name, ErrNoSession)
	}
	ps, err := st.Participants(w.ID)
	if err != nil {
		return nil, err
	}
	if o.Session == 0 {
		// The whole-process report holds the participatieparagraaf too:
		// one person carries one naming in one file, or the minutes would
		// undo what the paragraph hides. So the more private of their two
		// choices holds everywhere in it (README, "Minutes").
		for i := range ps {
			ps[i].Naming = sessions.MorePrivate(ps[i].Naming, ps[i].Paragraph)
		}
	}
	m.list = ps
	m.people = make(map[sessions.ID]sessions.Participant, len(ps))
	for _, p := range ps {
		m.people[p.ID] = p
	}
	if m.actions, err = st.Actions(w.ID); err != nil {
		return nil, err
	}
	if m.kinds, err = loadKinds(st, all); err != nil {
		return nil, err
	}
	for _, se := range chosen {
		sd, err := m.loadSession(st, se)
		if err != nil {
			return nil, err
		}
		m.sessions = append(m.sessions, sd)
	}
	return m, nil
}

func (m *minutes) loadSession(st sessions.Store, se sessions.Session) (sessionData, error) {
	sd := sessionData{Session: se, said: map[sessions.ID][]sessions.Contribution{}}
	var err error
	if sd.attendance, err = st.Attendance(se.ID); err != nil {
		return sd, err
	}
	cs, err := st.Contributions(se.ID)
	if err != nil {
		return sd, err
	}
	// Each step's list is made at its final size: a session can hold
	// thousands of contributions, and growing by doubling copies them.
	perStep := map[sessions.ID]int{}
	kept := cs[:0]
	for _, c := range cs {
		if len(m.text(c)) == 0 { // nothing left to write once cleaned
			continue
		}
		perStep[c.StepID]++
		kept = append(kept, c)
	}
	for step, n := range perStep {
		sd.said[step] = make([]sessions.Contribution, 0, n)
	}
	for _, c := range kept {
		sd.said[c.StepID] = append(sd.said[c.StepID], c)
	}
	for _, step := range se.Steps {
		for _, c := range sd.said[step.ID] {
			if c.GroupOnly(step) {
				if m.groupOnly == nil {
					m.groupOnly = map[sessions.ID]bool{}
				}
				m.groupOnly[c.ID] = true
			}
		}
	}
	// Questions are gathered in agenda order, then in the order asked;
	// only those still open: an answered one is no longer an open question.
	for _, step := range se.Steps {
		for _, c := range sd.said[step.ID] {
			if c.Kind == sessions.Vraag && sessions.OutcomeOf(c) == sessions.OutcomeOpen {
				sd.questions = append(sd.questions, c)
			}
		}
	}
	if sd.decisions, err = st.Decisions(se.ID); err != nil {
		return sd, err
	}
	for _, a := range m.actions {
		if a.SessionID == se.ID {
			sd.actions = append(sd.actions, a)
		}
	}
	return sd, nil
}

// stepNumber is a step's place on its session's agenda, counting from 1.
func (sd *sessionData) stepNumber(id sessions.ID) int {
	for i, st := range sd.Steps {
		if st.ID == id {
			return i + 1
		}
	}
	return 0
}
