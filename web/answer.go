package web

// What a phone sends at the led step: read within its cap, checked
// (points, dots, text, the form's token), and stored in one transaction
// that holds only while the room is open and the step is led.

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"werkgroep/sessions"
	"werkgroep/store"
)

// posted is the common start of every post of a joined phone: the form
// read within its cap, the phone and its room, the room's language, and
// the number the form sent in field. ok false: the problem page is
// written.
func (s *Server) posted(w http.ResponseWriter, r *http.Request, field string) (p post, ok bool) {
	ph, known := s.phoneOf(r)
	if err := r.ParseForm(); err != nil {
		s.problem(w, r, http.StatusRequestEntityTooLarge, s.lang, "web.problem.toobig")
		return p, false
	}
	if !known {
		s.problem(w, r, http.StatusForbidden, s.lang, "web.problem.join")
		return p, false
	}
	rm, err := s.roomOf(ph)
	if err != nil {
		s.problem(w, r, http.StatusServiceUnavailable, s.lang, "web.problem.store")
		return p, false
	}
	id, err := strconv.ParseInt(r.PostFormValue(field), 10, 64)
	return post{room: rm, lang: string(rm.cat.Lang), id: id, idOK: err == nil}, true
}

// post is a joined phone's post as posted read it.
type post struct {
	room
	lang string
	id   sessions.ID // the number in the form's field; zero when idOK is false
	idOK bool
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
	case errors.Is(err, errChangedHere):
		s.problem(w, r, http.StatusConflict, lang, "web.problem.changed")
	case errors.Is(err, sessions.ErrClaimTaken):
		s.problem(w, r, http.StatusConflict, lang, "web.problem.taken")
	default:
		s.problem(w, r, http.StatusServiceUnavailable, lang, "web.problem.store")
	}
	release()
}

// errChangedHere is a phone's change of a text the note-taker changed
// since the phone's page was made.
var errChangedHere = errors.New("changed by the note-taker meanwhile")

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
	p, ok := s.posted(w, r, "step")
	if !ok {
		return
	}
	rm, lang := p.room, p.lang
	var step *sessions.Step
	for i := range rm.session.Steps {
		if p.idOK && rm.session.Steps[i].ID == p.id {
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
		// The person's own answer replaces what is stored for them: the
		// versions are read inside this transaction, so nothing else can
		// come between.
		stored, err := b.Placements(rm.session.ID)
		if err != nil {
			return err
		}
		version := map[int]int64{}
		for _, x := range stored {
			if x.ParticipantID == p.Person() {
				version[x.Dimension] = x.Version
			}
		}
		for _, pl := range ps {
			pl.ParticipantID, pl.Version = p.Person(), version[pl.Dimension]
			if err := b.SavePlacement(&pl); err != nil {
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
