package screens

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// RoomPresent is the window for the projector (werkgroep present): it
// follows the program that leads the room (sessions.Lead) through the
// change feed, and shows the session and step the lead has open, its
// prompt, its clock, and what is captured there as it is captured; on a
// tension-schema step, or when the lead shows it, the group picture. It
// has no input, no cursor and no key hints beyond how to quit, it never
// writes to the file, and it draws only when something changed or the
// clock's second moves.
type RoomPresent struct {
	ctx       *Context
	werkgroep sessions.ID
	keys      roomKeys
	pic       roomPicture // what is shown
	loaded    bool
	now       time.Time // the clock's second being shown
	loadedAt  time.Time // when the room was last read
	recheck   time.Time // when to read it again, to learn whether the lead is gone
	seq       int       // the tick chain that counts; older ticks are dropped
	width     int
	height    int
}

// roomPicture is one state of the room as read from the file. When the
// lead holds the projector, the picture held stays while newer ones are
// read but not shown.
type roomPicture struct {
	name    string // the werkgroep's
	lead    sessions.Lead
	leading bool // somebody leads
	session sessions.Session
	step    int // index into session.Steps
	said    []roomLine
	schema  *sessions.SchemaFigures // on a schema step, or when the lead shows it
	themes  *themesData             // on a themes step (room_present_board.go)
	votes   *votesData              // on a voting step
	text    sessions.SchemaText
	heldAt  time.Time  // when the hold began (the clock stops there)
	phones  phoneState // the session's room for phones
}

// roomLine is one contribution as the projector shows it: the text, and
// the name only as its author chose for the minutes.
type roomLine struct{ text, who string }

type roomKeys struct{ Quit key.Binding }

// NewRoomPresent follows the lead of werkgroep.
func NewRoomPresent(ctx *Context, werkgroep sessions.ID) *RoomPresent {
	return &RoomPresent{ctx: ctx, werkgroep: werkgroep, keys: roomKeys{
		Quit: key.NewBinding(key.WithKeys("esc"), key.WithHelp("q", ctx.T("key.quit"))),
	}, width: 80, height: 24}
}

type roomLoadedMsg struct {
	pic roomPicture
	err error
}

type roomTickMsg struct {
	seq int
	at  time.Time
}

func (p *RoomPresent) Init() tea.Cmd { return p.load }

func (p *RoomPresent) Title() string       { return "werkgroep present" }
func (p *RoomPresent) Typing() bool        { return false }
func (p *RoomPresent) FullScreen() bool    { return true }
func (p *RoomPresent) MinSize() (int, int) { return minWidth, minHeight }
func (p *RoomPresent) SetSize(w, h int)    { p.width, p.height = w, h }
func (p *RoomPresent) KeyMap() help.KeyMap { return keyMap{short: []key.Binding{p.keys.Quit}} }

// DrawsAfterRead: a change elsewhere only starts a load; the picture
// stays until its answer (root_drawn.go).
func (p *RoomPresent) DrawsAfterRead() {}

func (p *RoomPresent) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case roomLoadedMsg:
		if msg.err != nil {
			return p, Fail(msg.err)
		}
		p.take(msg.pic)
		return p, p.tick()
	case ChangedMsg, ResumeMsg:
		return p, p.load
	case roomTickMsg:
		if msg.seq != p.seq {
			return p, nil
		}
		p.now = msg.at
		if !p.now.Before(p.recheck) {
			return p, p.load
		}
		return p, p.tick()
	case tea.KeyPressMsg:
		if key.Matches(msg, p.keys.Quit) {
			return p, p.ctx.Pop()
		}
	}
	return p, nil
}

// take shows a new picture, unless the lead holds the projector: then
// the held one stays, and only the hold's end shows the room as it is.
func (p *RoomPresent) take(next roomPicture) {
	p.now = p.ctx.Now()
	p.loadedAt = p.now
	held := p.loaded && p.pic.leading && p.pic.lead.Projector == sessions.ProjectHold
	if held && next.leading && next.lead.Projector == sessions.ProjectHold {
		p.pic.lead.Updated, p.pic.lead.Ended = next.lead.Updated, next.lead.Ended // still there?
		return
	}
	if next.leading && next.lead.Projector == sessions.ProjectHold {
		next.heldAt = p.now
	}
	p.pic, p.loaded = next, true
}

// tick schedules the next redraw: at the clock's next second while it
// runs, and a fresh read once the lead has been quiet for GoneAfter, to
// learn whether it has gone (sessions.Lead.Silent); nothing otherwise.
func (p *RoomPresent) tick() tea.Cmd {
	p.seq++
	l := p.pic.lead
	if !p.pic.leading || l.Silent(p.now) {
		return nil
	}
	p.recheck = l.Updated.Add(sessions.GoneAfter + time.Second)
	if last := p.loadedAt.Add(sessions.GoneAfter); last.After(p.recheck) {
		p.recheck = last // a lead whose clock runs is asked again every GoneAfter
	}
	wait := p.recheck.Sub(p.now)
	if l.Running() && l.Projector != sessions.ProjectHold {
		wait = min(wait, time.Second-time.Duration(p.now.Sub(l.RunningSince).Nanoseconds()%int64(time.Second)))
	}
	seq := p.seq
	return p.ctx.Tick(max(wait, time.Millisecond), func(t time.Time) tea.Msg { return roomTickMsg{seq: seq, at: t} })
}

// load reads the room: who leads, and what is at their step.
func (p *RoomPresent) load() tea.Msg {
	st := p.ctx.Store
	w, err := st.Werkgroep(p.werkgroep)
	if err != nil {
		return roomLoadedMsg{err: err}
	}
	pic := roomPicture{name: w.Name, text: sessions.Schema(w.Lang)}
	l, err := st.Lead(p.werkgroep)
	if errors.Is(err, sessions.ErrNotFound) {
		return roomLoadedMsg{pic: pic}
	}
	if err != nil {
		return roomLoadedMsg{err: err}
	}
	pic.lead, pic.leading = l, true
	if pic.session, err = st.Session(l.SessionID); err != nil {
		return roomLoadedMsg{err: err}
	}
	if len(pic.session.Steps) == 0 { // its agenda was emptied meanwhile
		pic.leading = false
		return roomLoadedMsg{pic: pic}
	}
	for i, s := range pic.session.Steps {
		if s.ID == l.StepID {
			pic.step = i
		}
	}
	if err := pic.read(st, p.ctx, pic.session.Steps[pic.step]); err != nil {
		return roomLoadedMsg{err: err}
	}
	if pic.phones, err = loadPhones(st, pic.session.ID); err != nil {
		return roomLoadedMsg{err: err}
	}
	return roomLoadedMsg{pic: pic}
}
