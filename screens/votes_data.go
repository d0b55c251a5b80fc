package screens

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// votesData is what a voting step shows, read in one go.
type votesData struct {
	werkgroep sessions.Werkgroep
	session   sessions.Session
	step      sessions.Step
	setting   sessions.VoteSetting
	options   []sessions.VoteOption
	votes     []sessions.Vote
	voters    []voter
	themes    []sessions.Theme        // of the session's themes steps, to vote on
	said      []sessions.Contribution // of the session before the step, to vote on
}

// voter is someone who can vote, as the screens show them: as they chose
// for the minutes, or a number.
type voter struct {
	id    sessions.ID
	label string
}

type votesLoadedMsg struct {
	data votesData
	err  error
}

func (s *Votes) load() tea.Msg {
	d, err := loadVotes(s.ctx, s.werkgroep, s.sessionID, s.stepID)
	return votesLoadedMsg{data: d, err: err}
}

// loadVotes reads a voting step; a projector can read it the same way.
func loadVotes(ctx *Context, werkgroep, session, step sessions.ID) (votesData, error) {
	st := ctx.Store
	var d votesData
	var err error
	if d.werkgroep, err = st.Werkgroep(werkgroep); err != nil {
		return d, err
	}
	if d.session, err = st.Session(session); err != nil {
		return d, err
	}
	for _, x := range d.session.Steps {
		if x.ID == step {
			d.step = x
		}
	}
	if d.step.ID == 0 {
		return d, fmt.Errorf("voting step %d of session %d: %w", step, session, sessions.ErrNotFound)
	}
	if d.setting, err = st.VoteSetting(step); err != nil {
		return d, err
	}
	if d.options, err = st.VoteOptions(step); err != nil {
		return d, err
	}
	if d.votes, err = st.Votes(step); err != nil {
		return d, err
	}
	people, err := st.Participants(werkgroep)
	if err != nil {
		return d, err
	}
	att, err := st.Attendance(session)
	if err != nil {
		return d, err
	}
	for _, p := range people {
		if a := att[p.ID]; (a == sessions.Absent || a == sessions.WithNotice) && !sessions.Voted(d.votes, p.ID) {
			continue
		}
		// the note-taker's own screen: the name as entered, marked where
		// the minutes show less of it (names.go)
		v := voter{id: p.ID, label: onScreen(ctx, p)}
		d.voters = append(d.voters, v)
	}
	for _, x := range d.session.Steps {
		if x.Kind == sessions.StepThemes {
			ts, err := st.Themes(x.ID)
			if err != nil {
				return d, err
			}
			d.themes = append(d.themes, ts...)
		}
	}
	cs, err := st.Contributions(session)
	if err != nil {
		return d, err
	}
	before := map[sessions.ID]bool{}
	for _, x := range d.session.Steps {
		if x.Position < d.step.Position {
			before[x.ID] = true
		}
	}
	for _, c := range cs {
		if before[c.StepID] {
			d.said = append(d.said, c)
		}
	}
	return d, nil
}

// dotsOn is how many dots person p put on option o.
func (d votesData) dotsOn(o, p sessions.ID) int {
	for _, v := range d.votes {
		if v.OptionID == o && v.ParticipantID == p {
			return v.Dots
		}
	}
	return 0
}

// voted counts the people who put a dot anywhere: the voters, and each
// phone that voted and is not (yet) confirmed as one of them (issue 17).
func (d votesData) voted() int {
	n := 0
	for _, v := range d.voters {
		if sessions.Voted(d.votes, v.id) {
			n++
		}
	}
	phones := map[sessions.ID]bool{}
	for _, v := range d.votes {
		if sessions.IsPhonePerson(v.ParticipantID) && v.Dots > 0 {
			phones[v.ParticipantID] = true
		}
	}
	return n + len(phones)
}

// of is what "voted: n of m" counts against: those present, or more when
// phones voted besides them (an anonymous phone may be one of them or
// not, so it is never less than who voted).
func (d votesData) of() int { return max(len(d.voters), d.voted()) }

// optionLabel is what an option says: its theme's name now, when it came
// from a theme that is still there, else its own text.
func (d votesData) optionLabel(o sessions.VoteOption) string {
	for _, t := range d.themes {
		if o.ThemeID != 0 && t.ID == o.ThemeID {
			return t.Name
		}
	}
	return o.Text
}
