package screens

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Votes is a voting step (stemmen): each person has a number of dots to
// put on one option or spread over several; the note-taker enters them
// per person, or the counts of sticker dots from paper without names.
// Every change is stored at once. The results rank the options by dots,
// ties as ties; F5 shows them on the projector as they come in.
type Votes struct {
	ctx       *Context
	keys      votesKeys
	werkgroep sessions.ID
	sessionID sessions.ID
	stepID    sessions.ID
	data      votesData
	loaded    bool
	room      *roomControl // f6/f7/f8 for werkgroep present (room_control.go)

	mode    votesMode
	before  votesMode // the mode to return to from the projector
	option  cursor    // in the options, in their own order
	voter   int       // index into data.voters
	typed   bool      // sticker mode: the last key was a digit of this count
	removal bool      // x was pressed once: a second x removes the option
	picker  *picker

	width, height int
}

type votesMode int

const (
	votesDots     votesMode = iota // dots per person
	votesStickers                  // sticker counts per option
	votesResults                   // the ranked results
	votesPresent                   // the results on the projector
)

// NewVotes opens a voting step of a session.
func NewVotes(ctx *Context, werkgroep, session, step sessions.ID) Screen {
	s := &Votes{ctx: ctx, keys: newVotesKeys(ctx), werkgroep: werkgroep, sessionID: session, stepID: step,
		width: 80, height: 21}
	s.room = newRoomControl(ctx, werkgroep, session, step, func() time.Duration { return s.data.step.Elapsed })
	return s
}

func (s *Votes) Init() tea.Cmd { return s.load }

func (s *Votes) Title() string {
	t := s.ctx.T("stepkind.voting")
	if s.loaded {
		t += " · " + s.ctx.T("session.n", s.data.session.Number) + " · " + s.data.step.Title
	}
	return "werkgroep · " + t
}

func (s *Votes) Typing() bool { return s.picker != nil }

func (s *Votes) SetSize(w, h int) { s.width, s.height = w, h }

// FullScreen hides the frame on the projector.
func (s *Votes) FullScreen() bool { return s.mode == votesPresent }

func (s *Votes) KeyMap() help.KeyMap {
	if s.picker != nil {
		return keyMap{short: s.picker.bindings(), full: [][]key.Binding{s.picker.bindings()}}
	}
	return s.room.keyMap(s.keys.keyMap(s.mode), s.keys.Present)
}

func (s *Votes) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case votesLoadedMsg:
		if msg.err != nil {
			return s, Fail(msg.err)
		}
		first := !s.loaded
		s.data, s.loaded = msg.data, true
		s.option.SetLen(len(s.data.options))
		s.voter = min(s.voter, max(0, len(s.data.voters)-1))
		if first { // and who leads, for the projector's keys
			return s, s.room.read
		}
		return s, nil
	case ResumeMsg:
		return s, tea.Batch(s.load, s.room.read)
	case ChangedMsg: // another program (a phone's vote, issue 17) or the lead
		return s, tea.Batch(s.load, s.room.read)
	case roomControlMsg:
		s.room.take(msg)
		return s, nil
	case pickedMsg:
		return s, s.addOption(msg)
	case tea.PasteMsg:
		if s.picker != nil {
			return s, s.picker.Update(msg)
		}
		return s, nil
	case tea.KeyPressMsg:
		if !s.loaded {
			return s, nil
		}
		if s.picker != nil {
			cmd := s.picker.Update(msg)
			if !s.picker.visible {
				s.picker = nil
			}
			return s, cmd
		}
		if cmd, ok := s.room.key(msg); ok {
			return s, cmd
		}
		return s, s.key(msg)
	}
	return s, nil
}

// selected is the option under the cursor.
func (s *Votes) selected() (sessions.VoteOption, bool) {
	if s.option.Index < len(s.data.options) {
		return s.data.options[s.option.Index], true
	}
	return sessions.VoteOption{}, false
}

// current is the person whose dots are being entered.
func (s *Votes) current() (voter, bool) {
	if s.voter < len(s.data.voters) {
		return s.data.voters[s.voter], true
	}
	return voter{}, false
}
