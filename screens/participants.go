package screens

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Participants lists the people of a werkgroep: their name, how they want
// to appear, their own words, and whether they came to one session.
// There is no role or label anywhere: people describe themselves, if at all.
type Participants struct {
	ctx       *Context
	keys      participantKeys
	werkgroep sessions.ID
	wname     string
	want      sessions.ID // the session asked for; 0 is the first
	sess      sessionSwitch
	people    []sessions.Participant
	attend    map[sessions.ID]sessions.Attendance
	cur       cursor
	loaded    bool
	form      *participantForm // adding or editing someone
	clash     *personClash     // changed elsewhere meanwhile: the person chooses (participants_changed.go)
	removal   *removal         // removing someone
	width     int
	height    int
}

type participantKeys struct {
	listKeys
	Add, Edit, Cycle, Present, Notice, Absent, Unknown, Remove key.Binding
	PrevSession, NextSession, Back                             key.Binding
	Keep, DeleteWords, Yes, CancelRemove                       key.Binding
}

func newParticipantKeys(c *Context) participantKeys {
	k := participantKeys{
		listKeys:     newListKeys(c),
		Add:          key.NewBinding(key.WithKeys("a"), key.WithHelp("a", c.T("people.key.add"))),
		Edit:         key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", c.T("people.key.edit"))),
		Cycle:        key.NewBinding(key.WithKeys("space"), key.WithHelp(c.T("people.key.space"), c.T("people.key.cycle"))),
		Present:      key.NewBinding(key.WithKeys("1"), key.WithHelp("1", c.T("attendance.1"))),
		Notice:       key.NewBinding(key.WithKeys("2"), key.WithHelp("2", c.T("attendance.2"))),
		Absent:       key.NewBinding(key.WithKeys("3"), key.WithHelp("3", c.T("attendance.3"))),
		Unknown:      key.NewBinding(key.WithKeys("0"), key.WithHelp("0", c.T("attendance.0"))),
		Remove:       key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", c.T("people.key.remove"))),
		PrevSession:  key.NewBinding(key.WithKeys("left"), key.WithHelp("←", c.T("people.key.session"))),
		NextSession:  key.NewBinding(key.WithKeys("right"), key.WithHelp("←/→", c.T("people.key.session"))),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.back"))),
		Keep:         key.NewBinding(key.WithKeys("b", "k"), key.WithHelp(c.T("people.key.keep.key"), c.T("people.key.keep"))),
		DeleteWords:  key.NewBinding(key.WithKeys("v", "d"), key.WithHelp(c.T("people.key.delwords.key"), c.T("people.key.delwords"))),
		Yes:          key.NewBinding(key.WithKeys("j", "y"), key.WithHelp(c.T("key.yes.key"), c.T("key.yes"))),
		CancelRemove: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("people.key.cancel"))),
	}
	c.Editing(&k.Add, &k.Edit, &k.Cycle, &k.Present, &k.Notice, &k.Absent, &k.Unknown, &k.Remove)
	return k
}

// NewParticipants shows the participants of werkgroep, with their
// attendance at session (0: the first session).
func NewParticipants(ctx *Context, werkgroep, session sessions.ID) Screen {
	return &Participants{ctx: ctx, keys: newParticipantKeys(ctx), werkgroep: werkgroep, want: session}
}

type participantsLoadedMsg struct {
	werkgroep sessions.ID
	name      string
	sessions  []sessions.Session
	people    []sessions.Participant
	err       error
}

func (p *Participants) load() tea.Msg {
	st := p.ctx.Store
	msg := participantsLoadedMsg{werkgroep: p.werkgroep}
	w, err := st.Werkgroep(p.werkgroep)
	if err != nil {
		msg.err = err
		return msg
	}
	msg.name = w.Name
	if msg.sessions, err = st.Sessions(p.werkgroep); err != nil {
		msg.err = err
		return msg
	}
	msg.people, msg.err = st.Participants(p.werkgroep)
	return msg
}

// loadAttendance reads the attendance of the session shown. It runs in
// Update, so that a key pressed right after ←/→ acts on the right session.
func (p *Participants) loadAttendance() error {
	p.attend = map[sessions.ID]sessions.Attendance{}
	se, ok := p.sess.current()
	if !ok {
		return nil
	}
	a, err := p.ctx.Store.Attendance(se.ID)
	if err != nil {
		return err
	}
	p.attend = a
	return nil
}

func (p *Participants) Init() tea.Cmd { return p.load }

func (p *Participants) Title() string {
	if p.form != nil {
		return p.form.heading(p.ctx)
	}
	return p.ctx.T("people.title", p.wname)
}

func (p *Participants) Typing() bool { return p.form != nil || p.clash != nil }

// list geometry: a heading of three lines, then two lines per person
const peopleHead, peopleRow = 3, 2

func (p *Participants) SetSize(w, h int) {
	p.width, p.height = w, h
	p.cur.SetHeight((h - peopleHead) / peopleRow)
	if p.form != nil {
		p.form.host.setSize(w, h)
	}
}

func (p *Participants) KeyMap() help.KeyMap {
	k := p.keys
	switch {
	case p.clash != nil:
		return p.clash.keyMap()
	case p.form != nil:
		return p.form.host.keyMap()
	case p.removal != nil && p.removal.asking:
		return keyMap{short: []key.Binding{k.Keep, k.DeleteWords, k.CancelRemove}}
	case p.removal != nil:
		return keyMap{short: []key.Binding{k.Yes}}
	}
	// the footer has room for about three keys besides ? and q; the rest
	// is under ? (and ←/→ is named in the heading)
	short := []key.Binding{k.Add, k.Back}
	if len(p.people) > 0 {
		short = []key.Binding{k.Add, k.Cycle, k.Remove}
	}
	return keyMap{short: short, full: [][]key.Binding{
		{k.Add, k.Edit, k.Remove, k.Back},
		{k.Cycle, k.Present, k.Notice, k.Absent, k.Unknown, k.NextSession},
		k.bindings(),
	}}
}

func (p *Participants) selected() (sessions.Participant, bool) {
	if p.cur.Index < len(p.people) {
		return p.people[p.cur.Index], true
	}
	return sessions.Participant{}, false
}

func (p *Participants) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if m, ok := msg.(participantsLoadedMsg); ok {
		return p, p.takeLoad(m)
	}
	if _, ok := msg.(ResumeMsg); ok && p.form == nil {
		return p, p.load
	}
	if _, ok := msg.(ChangedMsg); ok { // also under an open form, which keeps its text
		return p, p.load
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && p.clash != nil {
		return p, p.clashKey(k)
	}
	if p.form != nil {
		return p, p.updateForm(msg)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if p.removal != nil {
			return p, p.removeKey(k)
		}
		return p.key(k)
	}
	return p, nil
}

// takeLoad takes in a load; the id keeps a late answer for another
// werkgroep out.
func (p *Participants) takeLoad(m participantsLoadedMsg) tea.Cmd {
	if m.werkgroep != p.werkgroep {
		return nil
	}
	if m.err != nil {
		return Fail(m.err)
	}
	keep := selectedID(&p.cur, p.people, participantID)
	p.wname, p.people, p.loaded = m.name, m.people, true
	p.sess.set(m.sessions, p.want)
	keepOn(&p.cur, p.people, keep, participantID)
	p.clash.refresh(slices.Values(p.people))
	if err := p.loadAttendance(); err != nil {
		return Fail(err)
	}
	return nil
}

func participantID(x sessions.Participant) sessions.ID { return x.ID }

// selectID puts the cursor on participant id, when listed.
func (p *Participants) selectID(id sessions.ID) {
	for i, x := range p.people {
		if x.ID == id {
			p.cur.To(i)
		}
	}
}

func (p *Participants) key(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := p.keys
	if key.Matches(msg, k.Back) {
		return p, p.ctx.Pop()
	}
	if !p.loaded || k.move(msg, &p.cur) {
		return p, nil
	}
	who, ok := p.selected()
	switch {
	case key.Matches(msg, k.Add):
		return p, p.openForm(sessions.Participant{WerkgroepID: p.werkgroep, Naming: sessions.FullName, Paragraph: sessions.NotNamed})
	case key.Matches(msg, k.Edit) && ok:
		return p, p.openForm(who)
	case key.Matches(msg, k.Remove) && ok:
		return p, p.startRemoval(who)
	case key.Matches(msg, k.PrevSession), key.Matches(msg, k.NextSession):
		delta := 1
		if key.Matches(msg, k.PrevSession) {
			delta = -1
		}
		if p.sess.move(delta) {
			if se, ok := p.sess.current(); ok {
				p.want = se.ID
			}
			if err := p.loadAttendance(); err != nil {
				return p, Fail(err)
			}
		}
	case key.Matches(msg, k.Cycle) && ok:
		return p, p.setAttendance(who, (p.attend[who.ID]+1)%4, false)
	case key.Matches(msg, k.Present) && ok:
		return p, p.setAttendance(who, sessions.Present, true)
	case key.Matches(msg, k.Notice) && ok:
		return p, p.setAttendance(who, sessions.WithNotice, true)
	case key.Matches(msg, k.Absent) && ok:
		return p, p.setAttendance(who, sessions.Absent, true)
	case key.Matches(msg, k.Unknown) && ok:
		return p, p.setAttendance(who, sessions.Unknown, true)
	}
	return p, nil
}

// setAttendance stores a for who at the session shown. A number key also
// moves on to the next person, so that taking attendance is one key each.
func (p *Participants) setAttendance(who sessions.Participant, a sessions.Attendance, next bool) tea.Cmd {
	se, ok := p.sess.current()
	if !ok {
		return nil
	}
	was := p.attend[who.ID]
	r := countRecord(p.ctx, "conflict.attendance",
		func(_ sessions.ID, n int) string {
			return who.Name + ": " + p.ctx.T("attendance."+itoa(n))
		},
		func(id sessions.ID, n, was int) (int, bool, error) {
			err := p.ctx.Store.ChangeAttendance(se.ID, id, sessions.Attendance(n), sessions.Attendance(was))
			now, changed := sessions.Changed[sessions.Attendance](err)
			return int(now), changed, err
		})
	_, ok, x, cmd := r.saved(countCell[sessions.ID]{who.ID, int(was), int(was)}, countCell[sessions.ID]{who.ID, int(a), int(was)}, false)
	switch {
	case x != nil: // someone else marked them otherwise meanwhile
		return askOver(p.ctx, x, p.Title(), func() (countCell[sessions.ID], error) {
			att, err := p.ctx.Store.Attendance(se.ID)
			return countCell[sessions.ID]{who.ID, int(att[who.ID]), int(att[who.ID])}, err
		}, func(clashChoice, countCell[sessions.ID]) tea.Cmd { return p.load })
	case !ok:
		return cmd
	}
	p.attend[who.ID] = a
	if next {
		p.cur.Move(1)
	}
	return cmd
}
