package web

// What a phone sees: the room it is in and the step led there, as a
// page to fill in, with what it sent before.

import (
	"errors"
	"strconv"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// room is what a phone's request is about: its session, werkgroep and
// the step led there (nil: none, or the lead is elsewhere).
type room struct {
	phone   sessions.Phone
	wg      sessions.Werkgroep
	session sessions.Session
	open    bool
	step    *sessions.Step
	cat     i18n.Catalog
}

func (s *Server) roomOf(p sessions.Phone) (room, error) {
	rm := room{phone: p}
	var err error
	if rm.session, err = s.st.Session(p.SessionID); err != nil {
		return rm, err
	}
	if rm.wg, err = s.st.Werkgroep(rm.session.WerkgroepID); err != nil {
		return rm, err
	}
	rm.cat = i18n.For(string(rm.wg.Lang))
	r, err := s.st.PhoneRoom(p.SessionID)
	if err != nil && !errors.Is(err, sessions.ErrNotFound) {
		return rm, err
	}
	rm.open = err == nil && r.IsOpen()
	l, err := s.st.Lead(rm.wg.ID)
	if errors.Is(err, sessions.ErrNotFound) {
		return rm, nil
	}
	if err != nil {
		return rm, err
	}
	if l.SessionID == p.SessionID {
		for i := range rm.session.Steps {
			if rm.session.Steps[i].ID == l.StepID {
				rm.step = &rm.session.Steps[i]
			}
		}
	}
	return rm, nil
}

func purposeStep(step sessions.ID) string { return "step " + strconv.FormatInt(step, 10) }
func purposeEdit(c sessions.ID) string    { return "edit " + strconv.FormatInt(c, 10) }

const purposeWho = "who"

// view is the phone's page as the room is now.
func (s *Server) view(p sessions.Phone) (page, error) {
	rm, err := s.roomOf(p)
	if err != nil {
		return page{}, err
	}
	v := page{cat: rm.cat, Lang: string(rm.cat.Lang), Werkgroep: rm.wg.Name}
	if !rm.open {
		v.Closed = true
		return v, nil
	}
	if rm.step == nil {
		v.Wait = true
		return v, nil
	}
	st := *rm.step
	v.Step, v.Prompt, v.StepID = st.Title, st.Prompt, st.ID
	v.Token = s.forms.token(p.ID, purposeStep(st.ID))
	if v.Who, err = s.whoView(rm); err != nil {
		return v, err
	}
	switch st.Kind {
	case sessions.StepSchema:
		v.Schema, err = s.schemaView(rm)
	case sessions.StepVoting:
		v.Vote, err = s.voteView(rm)
	default:
		v.Text, err = s.textView(rm)
	}
	return v, err
}

func (s *Server) whoView(rm room) (*whoView, error) {
	people, err := s.choices(rm)
	if err != nil {
		return nil, err
	}
	w := &whoView{Token: s.forms.token(rm.phone.ID, purposeWho), Choices: people, Selected: rm.phone.Claimed}
	label := ""
	for _, c := range people {
		if c.ID == rm.phone.Claimed {
			label = c.Label
		}
	}
	switch {
	case rm.phone.Claimed == 0 || label == "":
		w.Status, w.Selected = rm.cat.T("web.who.anon.now"), 0
	case rm.phone.Confirmed:
		w.Status = rm.cat.T("web.who.confirmed", label)
	default:
		w.Status = rm.cat.T("web.who.pending", label)
	}
	return w, nil
}

// choices are whom a phone may say it is: the participants not marked
// absent, as each chose to be named in the minutes; who chose not to be
// named is not listed, and stays anonymous on a phone.
func (s *Server) choices(rm room) ([]choice, error) {
	people, err := s.st.Participants(rm.wg.ID)
	if err != nil {
		return nil, err
	}
	att, err := s.st.Attendance(rm.session.ID)
	if err != nil {
		return nil, err
	}
	var out []choice
	for _, p := range people {
		if a := att[p.ID]; a == sessions.Absent || a == sessions.WithNotice {
			continue
		}
		if name := p.InMinutes(); name != "" {
			out = append(out, choice{ID: p.ID, Label: name})
		}
	}
	return out, nil
}

func (s *Server) schemaView(rm room) (*schemaView, error) {
	text := sessions.Schema(rm.wg.Lang)
	v := &schemaView{
		Intro:    rm.cat.T("web.schema.intro", "top-down", "bottom-up"),
		TopDown:  text.TopDownModel + " · " + text.TopDownSteering,
		BottomUp: text.BottomUpModel + " · " + text.BottomUpSteering,
	}
	ps, err := s.st.Placements(rm.session.ID)
	if err != nil {
		return nil, err
	}
	mine := map[int]sessions.Placement{}
	for _, pl := range ps {
		if pl.ParticipantID == rm.phone.Person() {
			mine[pl.Dimension] = pl
		}
	}
	point := func(n int) string {
		if n == 0 {
			return rm.cat.T("web.schema.skipped")
		}
		return strconv.Itoa(n)
	}
	for _, d := range text.Dimensions {
		pl, ok := mine[d.Number]
		v.Dims = append(v.Dims, dimView{Number: d.Number, TopDown: d.TopDown, BottomUp: d.BottomUp, Now: pl.Now, Wish: pl.Wish, Example: pl.Example})
		if ok {
			line := rm.cat.T("web.schema.summary", d.Number, point(pl.Now), point(pl.Wish))
			if pl.Example != "" {
				line += " — " + pl.Example
			}
			v.Summaries = append(v.Summaries, line)
		}
	}
	return v, nil
}

func (s *Server) voteView(rm room) (*voteView, error) {
	set, err := s.st.VoteSetting(rm.step.ID)
	if err != nil {
		return nil, err
	}
	opts, err := s.st.VoteOptions(rm.step.ID)
	if err != nil {
		return nil, err
	}
	votes, err := s.st.Votes(rm.step.ID)
	if err != nil {
		return nil, err
	}
	mine := map[sessions.ID]int{}
	for _, x := range votes {
		if x.ParticipantID == rm.phone.Person() {
			mine[x.OptionID] = x.Dots
		}
	}
	v := &voteView{Intro: rm.cat.T("web.vote.intro", set.Dots), Dots: set.Dots}
	for _, o := range opts {
		v.Options = append(v.Options, optionView{ID: o.ID, Text: o.Text, Dots: mine[o.ID]})
		if n := mine[o.ID]; n > 0 {
			v.Summaries = append(v.Summaries, rm.cat.T("web.vote.summary", o.Text, n))
		}
	}
	return v, nil
}

func (s *Server) textView(rm room) (*textView, error) {
	cs, err := s.st.PhoneContributions(rm.phone.ID, rm.step.ID)
	if err != nil {
		return nil, err
	}
	v := &textView{}
	for _, c := range cs {
		v.Sent = append(v.Sent, sentText{ID: c.ID, Text: c.Text, Version: c.Version, Token: s.forms.token(rm.phone.ID, purposeEdit(c.ID))})
	}
	return v, nil
}
