package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"werkgroep/i18n"
	"werkgroep/sessions"
	"werkgroep/store"
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
		v.Sent = append(v.Sent, sentText{ID: c.ID, Text: c.Text, Token: s.forms.token(rm.phone.ID, purposeEdit(c.ID))})
	}
	return v, nil
}

// posted is the common start of every post of a joined phone: the form
// read within its cap, the phone and its room. ok false: the problem
// page is written.
func (s *Server) posted(w http.ResponseWriter, r *http.Request) (rm room, ok bool) {
	p, known := s.phoneOf(r)
	if err := r.ParseForm(); err != nil {
		lang := s.lang
		s.problem(w, r, http.StatusRequestEntityTooLarge, lang, "web.problem.toobig")
		return rm, false
	}
	if !known {
		s.problem(w, r, http.StatusForbidden, s.lang, "web.problem.join")
		return rm, false
	}
	rm, err := s.roomOf(p)
	if err != nil {
		s.problem(w, r, http.StatusServiceUnavailable, s.lang, "web.problem.store")
		return rm, false
	}
	return rm, true
}

// stored ends a post: the page again, or the plain words for what went wrong.
func (s *Server) stored(w http.ResponseWriter, r *http.Request, rm room, err error, release func(), sent sessions.ID) {
	lang := string(rm.cat.Lang)
	switch {
	case err == nil:
		http.Redirect(w, r, fmt.Sprintf("/?sent=%d", sent), http.StatusSeeOther)
		return
	case errors.Is(err, sessions.ErrRoomClosed):
		s.problem(w, r, http.StatusConflict, lang, "web.problem.moved")
	case errors.Is(err, sessions.ErrClaimTaken):
		s.problem(w, r, http.StatusConflict, lang, "web.problem.taken")
	default:
		s.problem(w, r, http.StatusServiceUnavailable, lang, "web.problem.store")
	}
	release()
}

// tokenOK takes the form's token for purpose, or writes why not.
func (s *Server) tokenOK(w http.ResponseWriter, r *http.Request, rm room, purpose string) (func(), bool) {
	problem, release := s.forms.take(r.PostFormValue("token"), rm.phone.ID, purpose)
	switch problem {
	case tokenForged:
		s.problem(w, r, http.StatusForbidden, string(rm.cat.Lang), "web.problem.forged")
		return nil, false
	case tokenReplayed:
		s.problem(w, r, http.StatusConflict, string(rm.cat.Lang), "web.problem.replayed")
		return nil, false
	}
	return release, true
}

// answer is a phone's answer at the led step.
func (s *Server) answer(w http.ResponseWriter, r *http.Request) {
	rm, ok := s.posted(w, r)
	if !ok {
		return
	}
	lang := string(rm.cat.Lang)
	id, err := strconv.ParseInt(r.PostFormValue("step"), 10, 64)
	var step *sessions.Step
	for i := range rm.session.Steps {
		if err == nil && rm.session.Steps[i].ID == id {
			step = &rm.session.Steps[i]
		}
	}
	if step == nil {
		s.problem(w, r, http.StatusNotFound, lang, "web.problem.step")
		return
	}
	if !rm.open || rm.step == nil || rm.step.ID != step.ID {
		s.problem(w, r, http.StatusConflict, lang, "web.problem.moved")
		return
	}
	var write func(b *store.Store, p sessions.Phone) error
	switch step.Kind {
	case sessions.StepSchema:
		write, ok = s.schemaAnswer(w, r, rm)
	case sessions.StepVoting:
		write, ok = s.voteAnswer(w, r, rm)
	default:
		write, ok = s.textAnswer(w, r, rm)
	}
	if !ok {
		return
	}
	release, ok := s.tokenOK(w, r, rm, purposeStep(step.ID))
	if !ok {
		return
	}
	s.stored(w, r, rm, s.st.PhoneStep(rm.phone.ID, step.ID, write), release, step.ID)
}

// schemaAnswer reads the five dimensions: now and wish 0 (sla over) to 7
// each, and a few words.
func (s *Server) schemaAnswer(w http.ResponseWriter, r *http.Request, rm room) (func(*store.Store, sessions.Phone) error, bool) {
	lang := string(rm.cat.Lang)
	var ps []sessions.Placement
	for d := 1; d <= sessions.SchemaDimensions; d++ {
		now, ok1 := point(r.PostFormValue(fmt.Sprintf("now%d", d)))
		wish, ok2 := point(r.PostFormValue(fmt.Sprintf("wish%d", d)))
		if !ok1 || !ok2 {
			s.problem(w, r, http.StatusBadRequest, lang, "web.problem.point")
			return nil, false
		}
		ex, ok := sessions.PhoneText(r.PostFormValue(fmt.Sprintf("example%d", d)), false)
		if !ok {
			s.problem(w, r, http.StatusBadRequest, lang, "web.problem.toolong")
			return nil, false
		}
		ps = append(ps, sessions.Placement{SessionID: rm.session.ID, Dimension: d, Now: now, Wish: wish, Example: ex})
	}
	return func(b *store.Store, p sessions.Phone) error {
		for _, pl := range ps {
			pl.ParticipantID = p.Person()
			if err := b.SavePlacement(pl); err != nil {
				return err
			}
		}
		return nil
	}, true
}

// point is a posted point: empty or 0 is "sla over", else 1..7.
func point(v string) (int, bool) {
	if v == "" {
		return 0, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 0 && n <= sessions.SchemaPoints && len(v) == 1
}

// voteAnswer reads the dots on each option: together at most the step's.
func (s *Server) voteAnswer(w http.ResponseWriter, r *http.Request, rm room) (func(*store.Store, sessions.Phone) error, bool) {
	lang := string(rm.cat.Lang)
	set, err := s.st.VoteSetting(rm.step.ID)
	if err != nil {
		s.problem(w, r, http.StatusServiceUnavailable, lang, "web.problem.store")
		return nil, false
	}
	opts, err := s.st.VoteOptions(rm.step.ID)
	if err != nil {
		s.problem(w, r, http.StatusServiceUnavailable, lang, "web.problem.store")
		return nil, false
	}
	var votes []sessions.Vote
	total := 0
	for _, o := range opts {
		v := r.PostFormValue(fmt.Sprintf("dots%d", o.ID))
		n := 0
		if v != "" {
			if n, err = strconv.Atoi(v); err != nil || n < 0 || n > set.Dots {
				s.problem(w, r, http.StatusBadRequest, lang, "web.problem.dots", set.Dots, max(n, 0), set.Dots)
				return nil, false
			}
		}
		total += n
		votes = append(votes, sessions.Vote{OptionID: o.ID, Dots: n})
	}
	if total > set.Dots {
		s.problem(w, r, http.StatusBadRequest, lang, "web.problem.dots", set.Dots, total, set.Dots)
		return nil, false
	}
	return func(b *store.Store, p sessions.Phone) error {
		for _, v := range votes {
			v.ParticipantID = p.Person()
			if err := b.SetVote(v); err != nil {
				return err
			}
		}
		return nil
	}, true
}

// textAnswer reads a contribution: for the group only until the
// note-taker opens it up, by the confirmed participant or nobody.
func (s *Server) textAnswer(w http.ResponseWriter, r *http.Request, rm room) (func(*store.Store, sessions.Phone) error, bool) {
	text, ok := s.text(w, r, rm)
	if !ok {
		return nil, false
	}
	step := rm.step.ID
	return func(b *store.Store, p sessions.Phone) error {
		c := sessions.Contribution{SessionID: p.SessionID, StepID: step, Text: text, Kind: sessions.Inbreng,
			Sharing: sessions.GroupOnly, Phone: p.ID}
		if id := p.Person(); !sessions.IsPhonePerson(id) {
			c.ParticipantID = id
		}
		return b.AddContribution(&c)
	}, true
}

// text is the posted text, cleaned as typed text is; not empty, not too long.
func (s *Server) text(w http.ResponseWriter, r *http.Request, rm room) (string, bool) {
	text, ok := sessions.PhoneText(r.PostFormValue("text"), false)
	switch {
	case !ok:
		s.problem(w, r, http.StatusBadRequest, string(rm.cat.Lang), "web.problem.toolong")
	case text == "":
		s.problem(w, r, http.StatusBadRequest, string(rm.cat.Lang), "web.problem.empty")
		ok = false
	}
	return text, ok
}

// edit changes a contribution the phone sent, while its step is led.
func (s *Server) edit(w http.ResponseWriter, r *http.Request) {
	rm, ok := s.posted(w, r)
	if !ok {
		return
	}
	lang := string(rm.cat.Lang)
	id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64)
	var mine *sessions.Contribution
	if rm.step != nil {
		cs, err := s.st.PhoneContributions(rm.phone.ID, rm.step.ID)
		if err != nil {
			s.problem(w, r, http.StatusServiceUnavailable, lang, "web.problem.store")
			return
		}
		for i := range cs {
			if cs[i].ID == id {
				mine = &cs[i]
			}
		}
	}
	if !rm.open || mine == nil {
		s.problem(w, r, http.StatusConflict, lang, "web.problem.moved")
		return
	}
	text, ok := s.text(w, r, rm)
	if !ok {
		return
	}
	release, ok := s.tokenOK(w, r, rm, purposeEdit(id))
	if !ok {
		return
	}
	err := s.st.PhoneStep(rm.phone.ID, rm.step.ID, func(b *store.Store, p sessions.Phone) error {
		c := *mine
		c.Text = text
		if err := b.UpdateContribution(c); err != nil {
			return fmt.Errorf("%w: %w", sessions.ErrRoomClosed, err) // removed meanwhile
		}
		return nil
	})
	s.stored(w, r, rm, err, release, rm.step.ID)
}

// who is whom the phone says it is: a participant from the list, or
// nobody (anonymous).
func (s *Server) who(w http.ResponseWriter, r *http.Request) {
	rm, ok := s.posted(w, r)
	if !ok {
		return
	}
	lang := string(rm.cat.Lang)
	if !rm.open {
		s.problem(w, r, http.StatusConflict, lang, "web.problem.moved")
		return
	}
	id, err := strconv.ParseInt(r.PostFormValue("participant"), 10, 64)
	people, cerr := s.choices(rm)
	if cerr != nil {
		s.problem(w, r, http.StatusServiceUnavailable, lang, "web.problem.store")
		return
	}
	listed := id == 0
	for _, c := range people {
		listed = listed || c.ID == id
	}
	if err != nil || !listed {
		s.problem(w, r, http.StatusBadRequest, lang, "web.problem.who")
		return
	}
	release, ok := s.tokenOK(w, r, rm, purposeWho)
	if !ok {
		return
	}
	var step sessions.ID
	if rm.step != nil {
		step = rm.step.ID
	}
	err = s.st.ClaimPhone(rm.phone.ID, id)
	if err != nil {
		s.stored(w, r, rm, err, release, step)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
