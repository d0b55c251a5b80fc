package web

// A phone changes a contribution it sent, or says who it is.

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"werkgroep/sessions"
	"werkgroep/store"
)

// edit changes a contribution the phone sent, while its step is led.
func (s *Server) edit(w http.ResponseWriter, r *http.Request) {
	p, ok := s.posted(w, r, "id")
	if !ok {
		return
	}
	rm, lang, id := p.room, p.lang, p.id
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
	// The version of the page the person changed: a text the note-taker
	// changed since is theirs to keep, and the phone is told so.
	if v, err := strconv.ParseInt(r.PostFormValue("version"), 10, 64); err == nil {
		mine.Version = v
	}
	err := s.st.PhoneStep(rm.phone.ID, rm.step.ID, func(b *store.Store, p sessions.Phone) error {
		c := *mine
		c.Text = text
		err := b.UpdateContribution(&c)
		if _, changed := errors.AsType[*sessions.ErrChanged[sessions.Contribution]](err); changed {
			return errChangedHere
		}
		if err != nil {
			return fmt.Errorf("%w: %w", sessions.ErrRoomClosed, err) // removed meanwhile
		}
		return nil
	})
	s.stored(w, r, rm, err, release, rm.step.ID)
}

// who is whom the phone says it is: a participant from the list, or
// nobody (anonymous).
func (s *Server) who(w http.ResponseWriter, r *http.Request) {
	p, ok := s.posted(w, r, "participant")
	if !ok {
		return
	}
	rm, lang, id := p.room, p.lang, p.id
	if !rm.open {
		s.problem(w, r, http.StatusConflict, lang, "web.problem.moved")
		return
	}
	people, cerr := s.choices(rm)
	if cerr != nil {
		s.problem(w, r, http.StatusServiceUnavailable, lang, "web.problem.store")
		return
	}
	listed := id == 0
	for _, c := range people {
		listed = listed || c.ID == id
	}
	if !p.idOK || !listed {
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
	if err := s.st.ClaimPhone(rm.phone.ID, id); err != nil {
		s.stored(w, r, rm, err, release, step)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
