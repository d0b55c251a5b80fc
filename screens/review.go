package screens

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Review is every contribution of a werkgroep in one list, to record what
// was done with each: filter by session, step, kind, outcome and
// participant (and by text after /), mark several and set one outcome for
// all of them, or jump to where a contribution was said. Only the visible
// rows are drawn, so ten thousand contributions cost what twenty do.
type Review struct {
	ctx      *Context
	keys     reviewKeys
	id       sessions.ID
	w        sessions.Werkgroep
	sessions []sessions.Session
	people   []sessions.Participant
	who      authors
	rows     []reviewRow // every contribution, in agenda order
	shown    []int       // indexes into rows that match the filter
	open     int         // how many rows are still open
	marked   map[sessions.ID]bool
	filter   reviewFilter
	cur      cursor
	search   editor

	searching bool
	loaded    bool
	width     int
	height    int
}

// NewReview opens the review of werkgroep.
func NewReview(ctx *Context, werkgroep sessions.ID) Screen { return newReview(ctx, werkgroep) }

func newReview(ctx *Context, werkgroep sessions.ID) *Review {
	return &Review{ctx: ctx, keys: newReviewKeys(ctx), id: werkgroep, marked: map[sessions.ID]bool{},
		filter: noFilter(), search: newEditor(), width: 80, height: 21}
}

type reviewLoadedMsg struct {
	w        sessions.Werkgroep
	sessions []sessions.Session
	people   []sessions.Participant
	all      []sessions.Contribution
	err      error
}

func (s *Review) load() tea.Msg {
	st := s.ctx.Store
	var m reviewLoadedMsg
	if m.w, m.err = st.Werkgroep(s.id); m.err != nil {
		return m
	}
	if m.sessions, m.err = st.Sessions(s.id); m.err != nil {
		return m
	}
	if m.people, m.err = st.Participants(s.id); m.err != nil {
		return m
	}
	m.all, m.err = st.WerkgroepContributions(s.id)
	return m
}

func (s *Review) Init() tea.Cmd { return s.load }

func (s *Review) Title() string {
	if !s.loaded {
		return "werkgroep"
	}
	return s.ctx.T("review.title", s.w.Name)
}

func (s *Review) Typing() bool { return s.searching }

func (s *Review) SetSize(w, h int) {
	s.width, s.height = w, h
	s.cur.SetHeight(s.listHeight())
}

// apply builds the rows from a load, in agenda order: session, step, then
// the order they were said.
func (s *Review) apply(m reviewLoadedMsg) {
	var keep sessions.ID
	if c, ok := s.selected(); ok {
		keep = c.ID
	}
	s.w, s.sessions, s.people, s.loaded = m.w, m.sessions, m.people, true
	s.who = newAuthors(s.ctx, m.people)
	place := make(map[sessions.ID]int, len(m.people))
	for i, p := range m.people {
		place[p.ID] = i
	}
	type pos struct{ session, step int }
	where := map[sessions.ID]pos{}
	bySession := map[sessions.ID]int{}
	for i, se := range m.sessions {
		bySession[se.ID] = i
		for j, st := range se.Steps {
			where[st.ID] = pos{i, j}
		}
	}
	rows := make([]reviewRow, 0, len(m.all))
	s.open = 0
	for _, c := range m.all {
		p, ok := where[c.StepID]
		if !ok {
			p = pos{bySession[c.SessionID], -1}
		}
		if sessions.OutcomeOf(c) == sessions.OutcomeOpen {
			s.open++
		}
		rows = append(rows, reviewRow{c: c, session: p.session, step: p.step,
			who: whoOf(c, place, len(m.people)), label: s.who.of(c),
			low: strings.ToLower(c.Text + "\n" + c.OutcomeNote)})
	}
	slices.SortStableFunc(rows, func(a, b reviewRow) int {
		return cmp.Or(cmp.Compare(a.session, b.session), cmp.Compare(a.step, b.step), cmp.Compare(a.c.ID, b.c.ID))
	})
	s.rows = rows
	if s.filter.session >= len(s.sessions) {
		s.filter.session, s.filter.step = -1, -1
	}
	if s.filter.who > len(s.people)+2 {
		s.filter.who = 0
	}
	for id := range s.marked { // removed elsewhere meanwhile
		if !slices.ContainsFunc(rows, func(r reviewRow) bool { return r.c.ID == id }) {
			delete(s.marked, id)
		}
	}
	s.shown = s.shown[:0] // indexes into the old rows
	s.refilterKeeping(keep)
}

func (s *Review) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case reviewLoadedMsg:
		if msg.err != nil {
			return s, Fail(msg.err)
		}
		s.apply(msg)
	case ResumeMsg, ChangedMsg: // the search text and the marks stay
		return s, s.load
	case tea.PasteMsg:
		if s.searching {
			s.search.Update(msg)
			s.searchChanged()
		}
	case tea.KeyPressMsg:
		if !s.loaded {
			return s, nil
		}
		if s.searching {
			return s, s.searchKey(msg)
		}
		return s, s.key(msg)
	}
	return s, nil
}

func (s *Review) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Done):
		s.searching = false
	case key.Matches(msg, k.ClearSearch):
		s.searching = false
		s.search.Reset()
		s.searchChanged()
	case key.Matches(msg, k.Up), key.Matches(msg, k.Down):
		k.listKeys.move(msg, &s.cur)
	default:
		if s.search.Update(msg) {
			s.searchChanged()
		}
	}
	return nil
}

func (s *Review) searchChanged() {
	s.filter.text = strings.ToLower(sessions.CleanLine(s.search.Value()))
	s.refilter()
}

func (s *Review) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	if k.listKeys.move(msg, &s.cur) {
		return nil
	}
	f := &s.filter
	back := key.Matches(msg, k.Back)
	delta := 1
	if back {
		delta = -1
	}
	switch {
	case key.Matches(msg, k.Quit):
		return s.ctx.Pop()
	case key.Matches(msg, k.Session) || back && msg.Text == "B":
		f.session, f.step = cycle(f.session, len(s.sessions), delta), -1
	case key.Matches(msg, k.Step) || back && msg.Text == "S":
		if f.session < 0 {
			return Notify(s.ctx.T("review.needsession"))
		}
		f.step = cycle(f.step, len(s.sessions[f.session].Steps), delta)
	case key.Matches(msg, k.Kind) || back && msg.Text == "O":
		f.kind = cycle(f.kind, len(sessions.Kinds), delta)
	case key.Matches(msg, k.Outcome) || back && msg.Text == "U":
		f.outcome = cycle(f.outcome, len(sessions.Outcomes), delta)
	case key.Matches(msg, k.Who) || back && msg.Text == "D":
		// 0 is all; then every participant, the group, and nobody
		f.who = cycle(f.who-1, len(s.people)+2, delta) + 1
	case key.Matches(msg, k.Clear):
		s.filter = noFilter()
		s.search.Reset()
	case key.Matches(msg, k.Search):
		s.searching = true
		s.search.focused = true
		return nil
	case key.Matches(msg, k.Mark):
		if c, ok := s.selected(); ok {
			s.marked[c.ID] = !s.marked[c.ID]
			if !s.marked[c.ID] {
				delete(s.marked, c.ID)
			}
			s.cur.Move(1)
		}
		return nil
	case key.Matches(msg, k.All):
		s.markAllShown()
		return nil
	case key.Matches(msg, k.Set):
		return s.openForm()
	case key.Matches(msg, k.GroupOnly):
		return s.toggleGroupOnly()
	case key.Matches(msg, k.Jump):
		if c, ok := s.selected(); ok {
			return s.ctx.Push(newSessionAt(s.ctx, s.id, c.SessionID, c.StepID, c.ID))
		}
		return nil
	default:
		return nil
	}
	s.refilter()
	return nil
}

// markAllShown marks every row shown, or unmarks them when all already are.
func (s *Review) markAllShown() {
	all := len(s.shown) > 0
	for _, i := range s.shown {
		all = all && s.marked[s.rows[i].c.ID]
	}
	for _, i := range s.shown {
		if all {
			delete(s.marked, s.rows[i].c.ID)
		} else {
			s.marked[s.rows[i].c.ID] = true
		}
	}
}

// openForm opens the outcome form for the marked contributions, or for
// the selected one when none are marked.
func (s *Review) openForm() tea.Cmd {
	var cs []sessions.Contribution
	for i := range s.rows {
		if s.marked[s.rows[i].c.ID] {
			cs = append(cs, s.rows[i].c)
		}
	}
	if len(cs) == 0 {
		c, ok := s.selected()
		if !ok {
			return Notify(s.ctx.T("review.nothing"))
		}
		cs = []sessions.Contribution{c}
	}
	return s.ctx.Push(newOutcomeForm(s.ctx, cs, func() { clear(s.marked) }))
}

func (s *Review) selected() (sessions.Contribution, bool) {
	if r, ok := s.selectedRow(); ok {
		return r.c, true
	}
	return sessions.Contribution{}, false
}
