package screens

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"werkgroep/sessions"
)

// roomText is the line under the step's heading that says, in words,
// where the room is: in the leading program what the projector shows
// when it is not the step (and the key that brings the step back); in
// another program where the lead is and whether this one follows. Empty
// when there is nothing to say (this program leads and the projector
// shows the step, or nobody leads).
func (s *SessionScreen) roomText() string {
	t, k := s.ctx.T, s.shared
	if s.leading() {
		return projectorState(s.ctx, s.room.lead.Projector, k.Blank.typing, k.Hold.typing, k.Schema.typing)
	}
	l, ok := s.followed()
	if !ok {
		return ""
	}
	var text string
	i, here := s.leadStep()
	switch {
	case l.SessionID != s.session.ID:
		text = t("room.lead.other", s.room.at.Number, stepNumber(s.room.at, l.StepID))
	case !here: // its step is gone from this session's agenda meanwhile
		return ""
	case s.room.behind && s.capture.editing != 0: // wiping the text does not end an edit
		text = t("room.lead.behind.edit", i+1)
	case s.room.behind:
		text = t("room.lead.behind", i+1)
	case i == s.step && !s.room.noFollow:
		text = t("room.lead.with", i+1)
	default:
		text = t("room.lead.at", i+1)
	}
	if s.room.noFollow {
		text += " · " + t("room.lead.nofollow", k.Follow.typing.Help().Key)
	}
	if p := l.Projector; p != sessions.ProjectNormal && p != "" {
		text += " · " + t("room.lead.beamer", t("room.word."+string(p)))
	}
	return text
}

// stepNumber is the place of step id in se's agenda, from 1; 0 if absent.
func stepNumber(se sessions.Session, id sessions.ID) int {
	for i, st := range se.Steps {
		if st.ID == id {
			return i + 1
		}
	}
	return 0
}

// withRoom adds the room's keys to a part's key map: all of them in the
// full help, below the step keys, and in the footer the projector's (and,
// where another program leads, following) after the part's own.
func (s *SessionScreen) withRoom(km help.KeyMap) help.KeyMap {
	k := s.shared
	extra := []key.Binding{k.RoomHint}
	if _, ok := s.followed(); ok {
		extra = []key.Binding{k.Follow.in(s.mode), k.RoomHint}
	}
	if len(s.phones.pending) > 0 { // a phone waits for its name: the key that confirms it
		extra = append([]key.Binding{k.ConfirmPhone.in(s.mode)}, extra...)
	}
	return withRoomKeys(km, extra, k.roomBindings(s.mode), k.NextStep.in(s.mode))
}
