package screens

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

type sessionMode int

const (
	modeCapture sessionMode = iota // typing: the input has the keys
	modeList                       // moving through what was captured
	modePresent                    // the projector view
)

// SessionScreen runs one session: the agenda beside the current step, its
// prompt and timer, what was captured in it, and the input to capture more.
type SessionScreen struct {
	ctx       *Context
	keys      sessionKeys
	werkgroep sessions.Werkgroep
	session   sessions.Session
	people    []sessions.Participant
	present   map[sessions.ID]sessions.Attendance
	byStep    map[sessions.ID][]sessions.Contribution
	loaded    bool

	step  int // index into session.Steps
	mode  sessionMode
	input editor
	kind  sessions.Kind
	who   attribution
	list  cursor
	top   int // first row shown in list mode

	editing sessions.ID // contribution being edited, or zero
	stash   newEntry    // the new entry, kept aside while editing another

	picker  *picker
	pickFor pickPurpose
	undo    []sessions.Contribution
	timer   stepTimer
	scroll  int           // rows scrolled up in the presentation view
	before  sessionMode   // the mode to return to from the presentation
	confirm bool          // s was pressed once: a second s marks the session done
	guard   approvalGuard // a change to approved minutes asks first (session_approved.go)

	draftSeq   int
	editGone   bool // the contribution being edited was deleted elsewhere
	draftStuck bool // the last draft save failed; it is retried (session_draft.go)
	draftKey   string
	draftSaved string

	width, height int
}

// newEntry is what is being typed as a new contribution.
type newEntry struct {
	text string
	who  attribution
	kind sessions.Kind
}

// attribution is who said something: a participant, the group, or nobody.
type attribution struct {
	id    sessions.ID
	group bool
}

type pickPurpose int

const (
	pickWho pickPurpose = iota
	pickWhoSelected
	pickStep
)

// NewSessionScreen opens a session of a werkgroep in capture mode.
func NewSessionScreen(ctx *Context, werkgroep, session sessions.ID) Screen {
	return newSessionScreen(ctx, werkgroep, session)
}

func newSessionScreen(ctx *Context, werkgroep, session sessions.ID) *SessionScreen {
	s := &SessionScreen{ctx: ctx, keys: newSessionKeys(ctx), input: newEditor(),
		werkgroep: sessions.Werkgroep{ID: werkgroep}, session: sessions.Session{ID: session}}
	s.input.focused = true
	if ctx.ReadOnly() { // nothing can be typed: the list of what was captured
		s.mode, s.input.focused = modeList, false
	}
	s.timer.schedule = ctx.Tick
	return s
}

type sessionLoadedMsg struct {
	writes    uint64 // the store's own writes when the load began (stale.go)
	werkgroep sessions.Werkgroep
	session   sessions.Session
	people    []sessions.Participant
	present   map[sessions.ID]sessions.Attendance
	all       []sessions.Contribution
	drafts    []sessions.Draft
	lookBack  bool
	err       error
}

func (s *SessionScreen) load() tea.Msg {
	st := s.ctx.Store
	m := sessionLoadedMsg{writes: storeWrites(st)}
	if m.werkgroep, m.err = st.Werkgroep(s.werkgroep.ID); m.err != nil {
		return m
	}
	if m.session, m.err = st.Session(s.session.ID); m.err != nil {
		return m
	}
	if m.people, m.err = st.Participants(s.werkgroep.ID); m.err != nil {
		return m
	}
	if m.present, m.err = st.Attendance(s.session.ID); m.err != nil {
		return m
	}
	if m.all, m.err = st.Contributions(s.session.ID); m.err != nil {
		return m
	}
	if m.drafts, m.err = st.Drafts(); m.err != nil {
		return m
	}
	// The look-back comes first when this session starts and the one
	// before it was held.
	if m.session.Status == sessions.Planned && m.session.Number > 1 {
		all, err := st.Sessions(s.werkgroep.ID)
		if err != nil {
			m.err = err
			return m
		}
		for _, se := range all {
			if se.Number == m.session.Number-1 && se.Status == sessions.Done {
				m.lookBack = true
			}
		}
	}
	return m
}

func (s *SessionScreen) Init() tea.Cmd { return s.load }

func (s *SessionScreen) Title() string {
	if !s.loaded {
		return "werkgroep"
	}
	return fmt.Sprintf("%s · %s · %s", s.werkgroep.Name, s.ctx.T("session.n", s.session.Number), s.session.Title)
}

func (s *SessionScreen) Typing() bool {
	return s.picker != nil || s.mode == modeCapture
}

func (s *SessionScreen) SetSize(w, h int) { s.width, s.height = w, h }

// FullScreen hides the frame in the presentation view.
func (s *SessionScreen) FullScreen() bool { return s.mode == modePresent }

func (s *SessionScreen) currentStep() sessions.Step {
	if s.step < len(s.session.Steps) {
		return s.session.Steps[s.step]
	}
	return sessions.Step{}
}

func (s *SessionScreen) current() []sessions.Contribution {
	return s.byStep[s.currentStep().ID]
}

func (s *SessionScreen) applyLoad(m sessionLoadedMsg) tea.Cmd {
	first := !s.loaded
	s.werkgroep, s.session, s.people, s.present = m.werkgroep, m.session, m.people, m.present
	s.byStep = map[sessions.ID][]sessions.Contribution{}
	for _, c := range m.all {
		s.byStep[c.StepID] = append(s.byStep[c.StepID], c)
	}
	s.loaded = true
	if s.step >= len(s.session.Steps) {
		s.step = max(0, len(s.session.Steps)-1)
	}
	var cmds []tea.Cmd
	if first {
		s.timer.Reset(s.currentStep().Elapsed)
		if cmd := s.restoreDraft(m.drafts); cmd != nil {
			cmds = append(cmds, cmd)
		}
		if m.lookBack {
			cmds = append(cmds, s.ctx.Push(NewLookBack(s.ctx, s.werkgroep.ID, s.session.ID)))
		}
		cmds = append(cmds, s.takeLead()) // opening a session is moving to a step
	}
	s.list.SetLen(len(s.current()))
	if s.mode == modeCapture {
		s.list.Last()
	}
	return tea.Batch(cmds...)
}

func (s *SessionScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case sessionLoadedMsg:
		if msg.err != nil {
			return s, Fail(msg.err)
		}
		if stale(s.ctx.Store, msg.writes) {
			return s, s.load
		}
		return s, s.applyLoad(msg)
	case ResumeMsg, ChangedMsg:
		return s, s.load
	case timerTickMsg:
		return s, s.timer.Handle(msg)
	case draftTickMsg:
		return s, s.saveDraftIfIdle(msg)
	case draftSavedMsg:
		return s, s.draftStored(msg)
	case draftFailedMsg:
		return s, s.draftFailed(msg)
	case pickedMsg:
		return s, s.picked(msg)
	case tea.PasteMsg:
		if s.picker != nil {
			return s, s.picker.Update(msg)
		}
		if s.ctx.ReadOnly() {
			return s, Notify(s.ctx.T("file.readonly.key"))
		}
		if s.mode != modeCapture {
			s.toCapture()
		}
		s.input.Update(msg)
		return s, s.inputChanged()
	case tea.KeyPressMsg:
		if !s.loaded {
			return s, nil
		}
		if s.picker != nil {
			cmd := s.picker.Update(msg)
			if !s.picker.visible {
				s.picker = nil
			}
			return s, cmd
		}
		switch s.mode {
		case modeCapture:
			return s, s.captureKey(msg)
		case modePresent:
			return s, s.presentKey(msg)
		default:
			return s, s.listKey(msg)
		}
	}
	return s, nil
}

// goToStep moves to step i, keeping the timer's time of the step it leaves.
func (s *SessionScreen) goToStep(i int) tea.Cmd {
	if i < 0 || i >= len(s.session.Steps) || i == s.step {
		return nil
	}
	used := s.timer.Stop(s.ctx.Now())
	cur := &s.session.Steps[s.step]
	var cmd tea.Cmd
	if used != cur.Elapsed {
		cur.Elapsed = used
		id, secs := cur.ID, int64(used.Seconds())
		cmd = func() tea.Msg {
			if err := s.ctx.Store.SetElapsed(id, secs); err != nil {
				return ErrorMsg{Err: err}
			}
			return nil
		}
	}
	s.step = i
	s.timer.Reset(s.currentStep().Elapsed)
	s.list.SetLen(len(s.current()))
	s.list.Last()
	s.top, s.scroll = 0, 0
	return tea.Batch(cmd, s.inputChanged(), s.takeLead())
}

func (s *SessionScreen) toCapture() {
	s.mode = modeCapture
	s.input.focused = true
	s.list.Last()
}

func (s *SessionScreen) toList() {
	s.mode = modeList
	s.input.focused = false
}

// label is how a contribution's author is shown on the note-taker's
// screen: the name as entered, marked where the minutes hide it
// (names.go), "de groep", or nothing. The presentation has its own label.
func (s *SessionScreen) label(c sessions.Contribution) string {
	if c.ByGroup {
		return s.ctx.T("group")
	}
	return s.personLabel(c.ParticipantID)
}

func (s *SessionScreen) personLabel(id sessions.ID) string {
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

// draftPrefix is the draft key of this session; the step's ID follows it.
func (s *SessionScreen) draftPrefix() string {
	return fmt.Sprintf("capture/%d/%d/", s.werkgroep.ID, s.session.ID)
}

// resumeDraft opens the screen a draft belongs to: the session for text
// typed in capture (put back when it loads), the decisions and actions for
// a half-filled form there (put back when that form is opened again), and
// a kind of step's own screen for its drafts (the tension schema's
// half-typed example), which puts them back when it loads.
func resumeDraft(ctx *Context, d sessions.Draft) tea.Cmd {
	parts := strings.Split(d.Key, "/")
	if len(parts) < 4 {
		return nil
	}
	wg, err1 := strconv.ParseInt(parts[1], 10, 64)
	se, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil {
		return nil
	}
	switch parts[0] {
	case "capture":
		return ctx.Push(NewSessionScreen(ctx, wg, se))
	case "actions":
		return ctx.Push(NewActions(ctx, wg, se))
	}
	for _, k := range stepKinds() {
		if k.draft != "" && k.draft == parts[0] && k.open != nil {
			step, _ := strconv.ParseInt(parts[3], 10, 64)
			return ctx.Push(k.open(ctx, wg, se, step))
		}
	}
	return nil
}
