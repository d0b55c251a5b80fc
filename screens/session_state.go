package screens

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// sessionState is what the parts of the session screen share: the session
// as loaded, what was captured per step, and which step is shown. The
// parts read it and change it; the screen loads it.
type sessionState struct {
	ctx       *Context
	werkgroep sessions.Werkgroep
	session   sessions.Session
	people    []sessions.Participant
	present   map[sessions.ID]sessions.Attendance
	byStep    map[sessions.ID][]sessions.Contribution
	read      contributionsRead // what the last load read, for the next one (session_read.go)
	loaded    bool
	step      int           // index into session.Steps
	guard     approvalGuard // a change to approved minutes asks first (session_approved.go)
	clash     *entryClash   // changed elsewhere meanwhile: the person chooses (session_clash.go)
	phones    phoneState    // the session's room for phones (phones.go)
}

type sessionLoadedMsg struct {
	writes    uint64 // the store's own writes when the load began (stale.go)
	werkgroep sessions.Werkgroep
	session   sessions.Session
	people    []sessions.Participant
	present   map[sessions.ID]sessions.Attendance
	all       []sessions.Contribution
	read      contributionsRead // all, and where the next load takes up
	drafts    []sessions.Draft
	lead      leadRead
	phones    phoneState
	lookBack  bool
	err       error
}

// load reads the session, all of it, as the screen's first load does.
func (s *sessionState) load() tea.Msg {
	return readSession(s.ctx.Store, s.werkgroep.ID, s.session.ID, true, contributionsRead{})
}

// reload is how the screen catches up when it comes back to the front
// (ResumeMsg) or another program changed the file (ChangedMsg): the
// drafts to put back and whether the look-back comes first are read for
// the first load only, the one that uses them (a following program
// reloads at every change, issue 15).
func (s *sessionState) reload() tea.Cmd {
	first, wg, se, read := !s.loaded, s.werkgroep.ID, s.session.ID, s.read
	if sh := s.ctx.Shared; sh != nil && !first { // werkgroep serve (shared.go)
		return func() tea.Msg { return sh.session(s.ctx.Store, wg, se, read) }
	}
	return func() tea.Msg { return readSession(s.ctx.Store, wg, se, first, read) }
}

// readSession reads the session; its contributions from what the last
// load read (read) on, when there was one.
func readSession(st sessions.Store, wg, se sessions.ID, first bool, read contributionsRead) tea.Msg {
	return readSessionFrom(st, wg, se, first, read, storeWrites(st))
}

// readSessionFrom reads the session for a load that began at the store's
// writes count (stale.go).
func readSessionFrom(st sessions.Store, wg, se sessions.ID, first bool, read contributionsRead, writes uint64) sessionLoadedMsg {
	m := sessionLoadedMsg{writes: writes}
	if m.werkgroep, m.err = st.Werkgroep(wg); m.err != nil {
		return m
	}
	if m.session, m.err = st.Session(se); m.err != nil {
		return m
	}
	if m.people, m.err = st.Participants(wg); m.err != nil {
		return m
	}
	if m.present, m.err = st.Attendance(se); m.err != nil {
		return m
	}
	if m.read, m.err = readContributions(st, se, read); m.err != nil {
		return m
	}
	m.all = m.read.all
	if m.lead, m.err = readLead(st, wg, se); m.err != nil {
		return m
	}
	if m.phones, m.err = loadPhones(st, se); m.err != nil {
		return m
	}
	if !first {
		return m
	}
	if m.drafts, m.err = st.Drafts(); m.err != nil {
		return m
	}
	// The look-back comes first when this session starts and the one
	// before it was held.
	if m.session.Status == sessions.Planned && m.session.Number > 1 {
		all, err := st.Sessions(wg)
		if err != nil {
			m.err = err
			return m
		}
		for _, x := range all {
			if x.Number == m.session.Number-1 && x.Status == sessions.Done {
				m.lookBack = true
			}
		}
	}
	return m
}

// apply takes in what load read.
func (s *sessionState) apply(m sessionLoadedMsg) {
	s.werkgroep, s.session, s.people, s.present = m.werkgroep, m.session, m.people, m.present
	s.phones, s.read = m.phones, m.read
	s.byStep = map[sessions.ID][]sessions.Contribution{}
	for _, c := range m.all {
		s.byStep[c.StepID] = append(s.byStep[c.StepID], c)
	}
	s.loaded = true
	if s.step >= len(s.session.Steps) {
		s.step = max(0, len(s.session.Steps)-1)
	}
}

func (s *sessionState) currentStep() sessions.Step {
	if s.step < len(s.session.Steps) {
		return s.session.Steps[s.step]
	}
	return sessions.Step{}
}

func (s *sessionState) current() []sessions.Contribution {
	return s.byStep[s.currentStep().ID]
}

// nextStep is the index delta steps away, passing over skipped steps.
func (s *sessionState) nextStep(delta int) int {
	for i := s.step + delta; i >= 0 && i < len(s.session.Steps); i += delta {
		if !s.session.Steps[i].Skipped {
			return i
		}
	}
	return s.step
}

// replace puts an updated contribution in its place (or its new step).
func (s *sessionState) replace(c sessions.Contribution) {
	for step, cs := range s.byStep {
		if i := slices.IndexFunc(cs, func(x sessions.Contribution) bool { return x.ID == c.ID }); i >= 0 {
			if step == c.StepID {
				cs[i] = c
				return
			}
			s.byStep[step] = slices.Delete(cs, i, i+1)
			break
		}
	}
	cs := append(s.byStep[c.StepID], c)
	slices.SortFunc(cs, func(a, b sessions.Contribution) int { return int(a.ID - b.ID) })
	s.byStep[c.StepID] = cs
}

// label is how a contribution's author is shown on the note-taker's
// screen: the name as entered, marked where the minutes hide it
// (names.go), "de groep", or nothing. The projector has its own label.
func (s *sessionState) label(c sessions.Contribution) string {
	if c.ByGroup {
		return s.ctx.T("group")
	}
	if c.ParticipantID == 0 {
		return s.phoneLabel(c)
	}
	return s.personLabel(c.ParticipantID)
}

func (s *sessionState) personLabel(id sessions.ID) string {
	if id == 0 {
		return ""
	}
	for _, p := range s.people {
		if p.ID == id {
			return onScreen(s.ctx, p)
		}
	}
	return ""
}

// presentLabel names the author only as they chose for the minutes; people
// who chose not to be named get no label at all on the projector.
func (s *sessionState) presentLabel(c sessions.Contribution) string {
	if c.ByGroup {
		return s.ctx.T("group")
	}
	for _, p := range s.people {
		if p.ID == c.ParticipantID {
			return p.InMinutes()
		}
	}
	return s.phoneLabel(c)
}
