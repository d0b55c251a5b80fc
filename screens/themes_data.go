package screens

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// themesData is what a themes step shows, read in one go.
type themesData struct {
	werkgroep sessions.Werkgroep
	session   sessions.Session
	step      sessions.Step
	all       []sessions.Session // every session of the werkgroep
	sources   []sessions.ID      // chosen sessions; none: the step's own
	said      []sessions.Contribution
	themes    []sessions.Theme
	people    []sessions.Participant
}

type themesLoadedMsg struct {
	data   themesData
	drafts []sessions.Draft
	err    error
}

func (s *Themes) load() tea.Msg {
	d, err := loadThemes(s.ctx.Store, s.werkgroep, s.sessionID, s.stepID)
	if err != nil {
		return themesLoadedMsg{err: err}
	}
	drafts, err := s.ctx.Store.Drafts()
	return themesLoadedMsg{data: d, drafts: drafts, err: err}
}

// loadThemes reads a themes step: its session, the contributions it
// gathers and its themes. The projector can read it the same way.
func loadThemes(st sessions.Store, werkgroep, session, step sessions.ID) (themesData, error) {
	var d themesData
	var err error
	if d.werkgroep, err = st.Werkgroep(werkgroep); err != nil {
		return d, err
	}
	if d.all, err = st.Sessions(werkgroep); err != nil {
		return d, err
	}
	for _, se := range d.all {
		if se.ID != session {
			continue
		}
		d.session = se
		for _, x := range se.Steps {
			if x.ID == step {
				d.step = x
			}
		}
	}
	if d.step.ID == 0 {
		return d, fmt.Errorf("themes step %d of session %d: %w", step, session, sessions.ErrNotFound)
	}
	if d.sources, err = st.ThemeSources(step); err != nil {
		return d, err
	}
	from := d.sources
	if len(from) == 0 {
		from = []sessions.ID{session}
	}
	var said []sessions.Contribution
	for _, id := range from {
		cs, err := st.Contributions(id)
		if err != nil {
			return d, err
		}
		said = append(said, cs...)
	}
	d.said = sessions.ThemeCandidates(d.step, d.all, d.sources, said)
	if d.themes, err = st.Themes(step); err != nil {
		return d, err
	}
	d.people, err = st.Participants(werkgroep)
	return d, err
}

// label is who said c on the working screen: the name as entered, marked
// where the minutes show less of it (names.go), "de groep", or nothing.
func (d themesData) label(c sessions.Contribution, ctx *Context) string {
	if c.ByGroup {
		return ctx.T("group")
	}
	for _, p := range d.people {
		if p.ID == c.ParticipantID && c.ParticipantID != 0 {
			return onScreen(ctx, p)
		}
	}
	return ""
}

// presentLabel is who said c on the projector: only as they chose for the
// minutes, nothing at all for people not named.
func (d themesData) presentLabel(c sessions.Contribution, t func(string, ...any) string) string {
	if c.ByGroup {
		return t("group")
	}
	for _, p := range d.people {
		if p.ID == c.ParticipantID && c.ParticipantID != 0 {
			return p.InMinutes()
		}
	}
	return ""
}

// contribution is the contribution with id among those gathered.
func (d themesData) contribution(id sessions.ID) (sessions.Contribution, bool) {
	for _, c := range d.said {
		if c.ID == id {
			return c, true
		}
	}
	return sessions.Contribution{}, false
}

// loose counts what is in no theme yet.
func (d themesData) loose() int {
	n := 0
	for _, c := range d.said {
		if _, in := sessions.ThemeOf(d.themes, c.ID); !in {
			n++
		}
	}
	return n
}
