package screens

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// WerkgroepScreen is a werkgroep's overview: its sessions with their state,
// and the way to everything else (people, agenda, actions, minutes).
type WerkgroepScreen struct {
	ctx     *Context
	keys    werkgroepKeys
	id      sessions.ID
	w       sessions.Werkgroep
	list    []sessions.Session
	people  int
	open    int
	cur     cursor
	loaded  bool
	confirm bool // n was pressed once: a second n adds a session
	width   int
	height  int
}

type werkgroepKeys struct {
	listKeys
	Run, Details, Agenda, People, Actions, Export, Edit, Add, Review, Back key.Binding
	Leidraad                                                               key.Binding
}

// NewWerkgroepScreen opens the overview of werkgroep id.
func NewWerkgroepScreen(ctx *Context, id sessions.ID) Screen {
	b := func(k, h, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(h, ctx.T(desc)))
	}
	w := &WerkgroepScreen{ctx: ctx, id: id, keys: werkgroepKeys{
		listKeys: newListKeys(ctx),
		Run:      b("enter", "enter", "wg.key.run"),
		Details:  b("d", "d", "wg.key.details"),
		Agenda:   b("g", "g", "wg.key.agenda"),
		People:   b("p", "p", "wg.key.people"),
		Actions:  b("b", "b", "wg.key.actions"),
		Export:   b("x", "x", "wg.key.export"),
		Edit:     b("e", "e", "wg.key.edit"),
		Add:      b("n", "n", "wg.key.add"),
		Review:   b("u", "u", "wg.key.review"),
		Leidraad: b("l", "l", "wg.key.leidraad"),
		Back:     b("esc", "esc", "key.back"),
	}}
	ctx.Editing(&w.keys.Details, &w.keys.Edit, &w.keys.Add)
	return w
}

type werkgroepLoadedMsg struct {
	w      sessions.Werkgroep
	list   []sessions.Session
	people int
	open   int
	err    error
}

func (s *WerkgroepScreen) load() tea.Msg {
	st := s.ctx.Store
	var m werkgroepLoadedMsg
	if m.w, m.err = st.Werkgroep(s.id); m.err != nil {
		return m
	}
	if m.list, m.err = st.Sessions(s.id); m.err != nil {
		return m
	}
	ps, err := st.Participants(s.id)
	if err != nil {
		m.err = err
		return m
	}
	m.people = len(ps)
	acts, err := st.Actions(s.id)
	if err != nil {
		m.err = err
		return m
	}
	for _, a := range acts {
		if a.Status == sessions.ActionOpen {
			m.open++
		}
	}
	return m
}

func (s *WerkgroepScreen) Init() tea.Cmd { return s.load }

func (s *WerkgroepScreen) Title() string {
	if !s.loaded {
		return "werkgroep"
	}
	return "werkgroep · " + s.w.Name
}

func (s *WerkgroepScreen) Typing() bool { return false }

func (s *WerkgroepScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.cur.SetHeight(h - 6)
}

func (s *WerkgroepScreen) KeyMap() help.KeyMap {
	k := s.keys
	return keyMap{
		short: []key.Binding{k.Run, k.People, k.Agenda, k.Actions, k.Export, k.Back},
		full:  [][]key.Binding{{k.Run, k.Details, k.Agenda, k.People, k.Actions}, {k.Review, k.Leidraad, k.Export, k.Edit, k.Add, k.Back}, k.bindings()},
	}
}

func (s *WerkgroepScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case werkgroepLoadedMsg:
		if msg.err != nil {
			return s, Fail(msg.err)
		}
		keep := selectedID(&s.cur, s.list, sessionID)
		s.w, s.list, s.people, s.open = msg.w, msg.list, msg.people, msg.open
		keepOn(&s.cur, s.list, keep, sessionID)
		if !s.loaded {
			s.cur.To(firstUnfinished(s.list))
		}
		s.loaded = true
	case ResumeMsg, ChangedMsg:
		return s, s.load
	case tea.KeyPressMsg:
		return s, s.key(msg)
	}
	return s, nil
}

func sessionID(se sessions.Session) sessions.ID { return se.ID }

// firstUnfinished is the session a facilitator most likely wants next.
func firstUnfinished(list []sessions.Session) int {
	for i, se := range list {
		if se.Status != sessions.Done {
			return i
		}
	}
	return max(0, len(list)-1)
}

func (s *WerkgroepScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if !s.loaded {
		if key.Matches(msg, k.Back) {
			return s.ctx.Pop()
		}
		return nil // nothing to act on yet
	}
	confirming := s.confirm
	s.confirm = false
	if k.move(msg, &s.cur) {
		return nil
	}
	var se sessions.Session
	has := s.cur.Index < len(s.list)
	if has {
		se = s.list[s.cur.Index]
	}
	switch {
	case key.Matches(msg, k.Back):
		return s.ctx.Pop()
	case key.Matches(msg, k.Run) && has:
		return s.ctx.Push(NewSessionScreen(s.ctx, s.id, se.ID))
	case key.Matches(msg, k.Details) && has:
		return s.ctx.Push(NewSessionDetails(s.ctx, se.ID))
	case key.Matches(msg, k.Agenda) && has:
		return s.ctx.Push(NewAgenda(s.ctx, s.id, se.ID))
	case key.Matches(msg, k.People):
		return s.ctx.Push(NewParticipants(s.ctx, s.id, se.ID))
	case key.Matches(msg, k.Actions) && has:
		return s.ctx.Push(NewActions(s.ctx, s.id, se.ID))
	case key.Matches(msg, k.Review):
		return s.ctx.Push(NewReview(s.ctx, s.id))
	case key.Matches(msg, k.Export):
		return s.ctx.Push(NewExport(s.ctx, s.id, 0))
	case key.Matches(msg, k.Edit):
		w := s.w
		return s.ctx.Push(NewWerkgroepForm(s.ctx, &w))
	case key.Matches(msg, k.Leidraad):
		return s.ctx.Push(NewLeidraadForm(s.ctx, s.w))
	case key.Matches(msg, k.Add) && !confirming:
		s.confirm = true
		return Notify(s.ctx.T("wg.confirm.add"))
	case key.Matches(msg, k.Add):
		if _, err := s.ctx.Store.AddSession(s.id, s.ctx.T("wg.newsession")); err != nil {
			return Fail(err)
		}
		return tea.Batch(s.load, Notify(s.ctx.T("wg.added")))
	}
	return nil
}

func (s *WerkgroepScreen) View() string {
	if !s.loaded {
		return ""
	}
	st := s.ctx.Styles
	w := s.width
	var b strings.Builder
	if s.w.Theme != "" {
		b.WriteString(truncate(s.ctx.T("wg.theme", s.w.Theme), w) + "\n")
	}
	info := s.ctx.T("wg.info", s.people, s.open, s.ctx.T("lang."+string(s.w.Lang)))
	if s.w.Trekkers != "" {
		info = s.ctx.T("wg.trekkers", s.w.Trekkers) + " · " + info
	}
	b.WriteString(st.Subtle.Render(truncate(info, w)) + "\n\n")
	b.WriteString(st.Bold.Render(truncate(s.ctx.T("wg.sessions"), w)) + "\n")
	for i := s.cur.Top; i < s.cur.Bottom(); i++ {
		se := s.list[i]
		state := s.ctx.T("status." + itoa(int(se.Status)))
		if se.ApprovedOn != "" {
			state += ", " + s.ctx.T("wg.approved")
		}
		date := se.Date
		if date == "" {
			date = s.ctx.T("wg.nodate")
		}
		title := fmt.Sprintf("%d. %s", se.Number, se.Title)
		meta := fmt.Sprintf("%s · %s", date, state)
		line := joinEnds(truncate(title, max(1, w-lipgloss.Width(meta)-4)), meta, w-2)
		if i == s.cur.Index {
			line = st.Selected.Render(cursorMark + line)
		} else {
			line = "  " + line
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
