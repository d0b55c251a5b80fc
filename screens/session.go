package screens

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
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
// It owns three parts (the input, the list, the projector) and routes to
// them: the picker first when open, then the keys the parts share (step,
// clock, projector), then the part that has the keys.
type SessionScreen struct {
	sessionState
	shared  sharedKeys
	capture *captureInput
	list    *capturedList
	proj    *projector

	mode   sessionMode
	before sessionMode // the mode to return to from the projector
	timer  stepTimer
	room   sessionRoom // who leads, and whether this program follows (session_room.go)

	picker  *picker
	pickFor pickPurpose
	pickC   sessions.Contribution // the contribution a picker is for

	width, height int
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
	s := &SessionScreen{sessionState: sessionState{ctx: ctx,
		werkgroep: sessions.Werkgroep{ID: werkgroep}, session: sessions.Session{ID: session}},
		shared: newSharedKeys(ctx)}
	s.capture = newCaptureInput(&s.sessionState)
	s.list = newCapturedList(&s.sessionState)
	s.proj = newProjector(&s.sessionState)
	if ctx.ReadOnly() { // nothing can be typed: the list of what was captured
		s.setMode(modeList)
	}
	s.timer.schedule = ctx.Tick
	return s
}

func (s *SessionScreen) Init() tea.Cmd { return s.load }

func (s *SessionScreen) Title() string {
	if !s.loaded {
		return "werkgroep"
	}
	return fmt.Sprintf("%s · %s · %s", s.werkgroep.Name, s.ctx.T("session.n", s.session.Number), s.session.Title)
}

func (s *SessionScreen) Typing() bool {
	return s.picker != nil || s.clash != nil || s.mode == modeCapture
}

func (s *SessionScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.proj.SetSize(w, h)
}

// FullScreen hides the frame in the presentation view.
func (s *SessionScreen) FullScreen() bool { return s.mode == modePresent }

func (s *SessionScreen) KeyMap() help.KeyMap {
	switch {
	case s.picker != nil:
		return keyMap{short: s.picker.bindings(), full: [][]key.Binding{s.picker.bindings()}}
	case s.clash != nil:
		return s.clash.keyMap()
	case s.mode == modePresent:
		return s.withRoom(s.proj.KeyMap(s.shared))
	case s.mode == modeCapture:
		return s.withRoom(s.capture.KeyMap(s.shared))
	}
	return s.withRoom(s.list.KeyMap(s.shared))
}

func (s *SessionScreen) applyLoad(m sessionLoadedMsg) tea.Cmd {
	first := !s.loaded
	s.apply(m)
	s.room.take(m.lead)
	var cmds []tea.Cmd
	if first {
		if cmd := s.capture.restoreDraft(m.drafts); cmd != nil {
			cmds = append(cmds, cmd)
		}
		s.timer.Reset(s.currentStep().Elapsed)
		if m.lookBack {
			cmds = append(cmds, s.ctx.Push(NewLookBack(s.ctx, s.werkgroep.ID, s.session.ID)))
		}
		if _, joins := s.leadStep(); joins {
			// another program leads this session: join it at its step,
			// rather than take the room back to step 1
			cmds = append(cmds, s.catchUp())
		} else {
			cmds = append(cmds, s.takeLead()) // opening a session is moving to a step
		}
		cmds = append(cmds, s.resumePhones())
	} else {
		cmds = append(cmds, s.catchUp())
	}
	s.refreshClash()
	s.list.sync()
	return tea.Batch(cmds...)
}

func (s *SessionScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if _, ok := msg.(ResumeMsg); ok {
		s.room.covered = false
	}
	scr, cmd := s.update(msg)
	if s.ctx.pushing() {
		s.room.covered = true
	}
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, pickedMsg: // the input may be empty now
		if s.loaded {
			cmd = tea.Batch(cmd, s.catchUp())
		}
	}
	return scr, cmd
}

// DrawsAfterRead: a change elsewhere only starts a reload (reload); the
// screen draws the same until its answer (root_drawn.go).
func (s *SessionScreen) DrawsAfterRead() {}

func (s *SessionScreen) update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case sessionLoadedMsg:
		if msg.err != nil && !s.loaded {
			// A session that cannot be read at all (a damaged page) would
			// leave an empty screen that takes no keys: go back to where
			// the user came from, with the message.
			return s, tea.Batch(Fail(msg.err), s.ctx.Pop())
		}
		if msg.err != nil {
			return s, Fail(msg.err)
		}
		if stale(s.ctx.Store, msg.writes) {
			return s, s.reload()
		}
		return s, s.applyLoad(msg)
	case ResumeMsg, ChangedMsg:
		return s, s.reload()
	case timerTickMsg:
		return s, s.timer.Handle(msg)
	case draftTickMsg:
		return s, s.capture.saveDraftIfIdle(msg)
	case draftSavedMsg:
		return s, s.capture.draftStored(msg)
	case draftFailedMsg:
		return s, s.capture.draftFailed(msg)
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
			s.setMode(modeCapture)
		}
		cmd, _ := s.capture.Update(msg)
		return s, cmd
	case tea.KeyPressMsg:
		if !s.loaded {
			return s, nil
		}
		return s, s.key(msg)
	}
	return s, nil
}

// key routes a key: the picker, the shared keys, the part with the keys.
func (s *SessionScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if s.picker != nil {
		cmd := s.picker.Update(msg)
		if !s.picker.visible {
			s.picker = nil
		}
		return cmd
	}
	if s.clash != nil {
		return s.clashKey(msg)
	}
	if s.mode != modePresent {
		s.guard.next() // only the key right after the question confirms
	}
	switch s.shared.match(msg, s.mode) {
	case sharedNext:
		s.list.confirm = false
		return s.goToStep(s.nextStep(1))
	case sharedPrev:
		s.list.confirm = false
		return s.goToStep(s.nextStep(-1))
	case sharedClock:
		s.list.confirm = false
		return s.toggleClock()
	case sharedBlank, sharedHold, sharedSchema, sharedFollow:
		s.list.confirm = false
		return s.roomKey(s.shared.match(msg, s.mode))
	case sharedPhones:
		s.list.confirm = false
		return s.togglePhones()
	case sharedConfirmPhone:
		s.list.confirm = false
		return s.confirmPhone()
	case sharedProjector:
		s.list.confirm = false
		if s.mode == modePresent {
			s.leaveProjector()
		} else {
			s.before = s.mode
			s.setMode(modePresent)
		}
		return nil
	}
	var cmd tea.Cmd
	var mv move
	switch s.mode {
	case modeCapture:
		cmd, mv = s.capture.Update(msg)
	case modePresent:
		cmd, mv = s.proj.Update(msg)
	default:
		cmd, mv = s.list.Update(msg)
	}
	return tea.Batch(cmd, s.follow(mv))
}

// follow carries out where a part asked the screen to go.
func (s *SessionScreen) follow(mv move) tea.Cmd {
	switch mv.to {
	case toCapture:
		s.setMode(modeCapture)
	case toList:
		s.setMode(modeList)
	case toEdit:
		s.capture.startEdit(mv.c)
		s.setMode(modeCapture)
	case toWhoNew:
		s.openWhoPicker(pickWho)
	case toWhoStored:
		s.pickC = mv.c
		s.openWhoPicker(pickWhoSelected)
	case toStepPicker:
		s.pickC = mv.c
		s.openStepPicker()
	case toBack:
		s.leaveProjector()
	case toLeave:
		s.stopTimer()
		return tea.Batch(s.capture.saveDraftNow(), s.ctx.Pop())
	}
	return nil
}

// setMode gives the keys to a part.
func (s *SessionScreen) setMode(m sessionMode) {
	s.mode = m
	s.capture.input.focused = m == modeCapture
	s.list.focused = m == modeList
	s.list.sync()
}

func (s *SessionScreen) leaveProjector() {
	s.proj.scroll = 0
	s.setMode(s.before)
}

// goToStep moves to step i, keeping the timer's time of the step it
// leaves; a person's own move takes the lead (session_lead.go).
func (s *SessionScreen) goToStep(i int) tea.Cmd {
	if i < 0 || i >= len(s.session.Steps) || i == s.step {
		return nil
	}
	return tea.Batch(s.showStep(i), s.takeLead())
}

// showStep shows step i, storing the time of the step it leaves when
// this program's own clock ran there: a clock it only showed (the
// lead's, or the stored time) is not its to store.
func (s *SessionScreen) showStep(i int) tea.Cmd {
	ran := s.timer.ran
	used := s.timer.Stop(s.ctx.Now())
	cur := &s.session.Steps[s.step]
	var cmd tea.Cmd
	if ran && used != cur.Elapsed {
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
	s.list.sync()
	s.list.cur.Last()
	s.proj.scroll = 0
	return tea.Batch(cmd, s.capture.changed())
}

// stopTimer pauses the timer and stores the time used in this step.
func (s *SessionScreen) stopTimer() {
	if len(s.session.Steps) == 0 {
		return
	}
	ran := s.timer.ran
	used := s.timer.Stop(s.ctx.Now())
	cur := &s.session.Steps[s.step]
	if ran && used != cur.Elapsed {
		cur.Elapsed = used
		s.ctx.Store.SetElapsed(cur.ID, int64(used.Seconds()))
	}
}

// Drafts is the half-typed entry, for the root to keep when quitting.
func (s *SessionScreen) Drafts() []sessions.Draft {
	if !s.loaded || s.capture.editing != 0 {
		return nil
	}
	s.stopTimer()
	return s.capture.drafts()
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
