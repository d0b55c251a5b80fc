package screens

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// OutcomeForm records what was done with one contribution, or with several
// at once from the review screen: one of four outcomes, each with a key,
// and a note whose label says what to write. For "overgenomen" the places
// used before in this werkgroep are offered as you type. For one
// contribution the earlier changes are shown with their dates. The rules
// are sessions.ValidateOutcome's; every contribution gets its own
// SetOutcome, so each keeps its own history.
type OutcomeForm struct {
	ctx     *Context
	keys    outcomeKeys
	items   []sessions.Contribution
	outcome sessions.Outcome
	note    editor
	orig    string // the note as it was, to know whether anything was typed
	start   sessions.Outcome
	auto    string // the note the form itself put in the field
	focus   outcomeFocus
	problem string
	onSaved func()        // tells the review screen to drop its marks
	clash   *outcomeClash // another outcome stored meanwhile: the person chooses (outcome_changed.go)

	loaded  bool
	who     authors
	session sessions.Session
	all     []sessions.Contribution // the werkgroep's, for earlier places
	history []sessions.OutcomeChange
	places  []string // earlier places matching the note
	pick    int      // highlighted place, or -1

	width, height int
}

type outcomeFocus int

const (
	focusChoice outcomeFocus = iota
	focusNote
)

// maxPlaces is how many earlier places are offered at once.
const maxPlaces = 5

// NewOutcomeForm opens the form for one contribution.
func NewOutcomeForm(ctx *Context, c sessions.Contribution) Screen {
	return newOutcomeForm(ctx, []sessions.Contribution{c}, nil)
}

// newOutcomeForm opens the form for cs (at least one). When they all have
// the same outcome and note, the form starts from those.
func newOutcomeForm(ctx *Context, cs []sessions.Contribution, onSaved func()) *OutcomeForm {
	f := &OutcomeForm{ctx: ctx, keys: newOutcomeKeys(ctx), items: cs, note: newEditor(), pick: -1, onSaved: onSaved}
	if len(cs) > 0 {
		f.outcome, f.orig = sessions.OutcomeOf(cs[0]), cs[0].OutcomeNote
		for _, c := range cs[1:] {
			if sessions.OutcomeOf(c) != f.outcome || c.OutcomeNote != f.orig {
				f.outcome, f.orig = sessions.OutcomeOpen, ""
				break
			}
		}
	}
	f.start, f.auto = f.outcome, f.orig
	f.note.SetValue(f.orig)
	return f
}

type outcomeLoadedMsg struct {
	people  []sessions.Participant
	session sessions.Session
	all     []sessions.Contribution
	history []sessions.OutcomeChange
	err     error
}

func (f *OutcomeForm) load() tea.Msg {
	var m outcomeLoadedMsg
	if len(f.items) == 0 {
		return m
	}
	st := f.ctx.Store
	if m.session, m.err = st.Session(f.items[0].SessionID); m.err != nil {
		return m
	}
	if m.people, m.err = st.Participants(m.session.WerkgroepID); m.err != nil {
		return m
	}
	if m.all, m.err = st.WerkgroepContributions(m.session.WerkgroepID); m.err != nil {
		return m
	}
	if len(f.items) == 1 {
		m.history, m.err = st.OutcomeHistory(f.items[0].ID)
	}
	return m
}

func (f *OutcomeForm) Init() tea.Cmd { return f.load }

func (f *OutcomeForm) Title() string {
	if len(f.items) == 1 {
		return f.ctx.T("oc.title")
	}
	return f.ctx.T("oc.title.many", len(f.items))
}

// Typing is true while the note has the keys, and also when something was
// typed in it: then q types a q instead of quitting and losing the note.
func (f *OutcomeForm) Typing() bool {
	return f.focus == focusNote || f.note.Value() != f.orig || f.clash != nil
}

func (f *OutcomeForm) SetSize(w, h int) { f.width, f.height = w, h }

func (f *OutcomeForm) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case outcomeLoadedMsg:
		if msg.err != nil {
			return f, Fail(msg.err)
		}
		pick := f.pick
		f.who, f.session, f.all, f.history, f.loaded = newAuthors(f.ctx, msg.people), msg.session, msg.all, msg.history, true
		f.refresh()
		if pick < len(f.places) {
			f.pick = pick // a reload after a change elsewhere keeps the choice
		}
	case ChangedMsg: // the note being typed and the outcome chosen stay
		return f, f.load
	case tea.PasteMsg:
		f.focus = focusNote
		f.note.Update(msg)
		f.refresh()
	case tea.KeyPressMsg:
		if f.clash != nil {
			return f, f.clashKey(msg)
		}
		return f, f.key(msg)
	}
	return f, nil
}

func (f *OutcomeForm) key(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	switch {
	case key.Matches(msg, k.Cancel):
		return tea.Batch(f.ctx.Pop(), Notify(f.ctx.T("oc.cancelled")))
	case key.Matches(msg, k.Save):
		return f.save()
	case key.Matches(msg, k.Switch):
		f.focus = 1 - f.focus
		f.pick = -1
		return nil
	case key.Matches(msg, k.PickTyping):
		f.choose(sessions.Outcome(msg.Code - '1'))
		return nil
	}
	if f.focus == focusChoice {
		switch {
		case key.Matches(msg, k.Pick):
			f.choose(sessions.Outcome(msg.Code - '1'))
			f.focus = focusNote
		case key.Matches(msg, k.Up):
			f.choose(max(sessions.OutcomeOpen, f.outcome-1))
		case key.Matches(msg, k.Down):
			f.choose(min(sessions.NotAdopted, f.outcome+1))
		case key.Matches(msg, k.Enter):
			f.focus = focusNote
		case msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
			// typing on the choice starts the note
			f.focus = focusNote
			f.note.Update(msg)
			f.refresh()
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Up):
		if f.pick < 0 {
			f.focus = focusChoice
		} else {
			f.pick--
		}
	case key.Matches(msg, k.Down):
		f.pick = min(len(f.places)-1, f.pick+1)
	case key.Matches(msg, k.Enter):
		if f.pick >= 0 && f.pick < len(f.places) {
			f.note.SetValue(f.places[f.pick])
			f.refresh()
			return nil
		}
		return f.save()
	default:
		if f.note.Update(msg) {
			f.problem = ""
			f.refresh()
		}
	}
	return nil
}

func (f *OutcomeForm) choose(o sessions.Outcome) {
	if !o.Valid() {
		return
	}
	f.outcome, f.problem = o, ""
	// The stored note belongs to the stored outcome: a "why not" is no
	// "where". Unless something was typed, choosing another outcome
	// starts from an empty note, and choosing the stored one brings it back.
	if f.note.Value() == f.auto {
		f.auto = ""
		if o == f.start {
			f.auto = f.orig
		}
		f.note.SetValue(f.auto)
	}
	f.refresh()
}

// refresh offers the earlier places that match the note, for adopted.
func (f *OutcomeForm) refresh() {
	f.places, f.pick = nil, -1
	if f.outcome != sessions.Adopted {
		return
	}
	f.places = sessions.AdoptedPlaces(f.all, f.note.Value())
	if len(f.places) > maxPlaces {
		f.places = f.places[:maxPlaces]
	}
}

// save checks the rules, then sets the outcome of every contribution that
// changes. On a refusal or an error the form stays, with what was typed.
func (f *OutcomeForm) save() tea.Cmd {
	if err := sessions.ValidateOutcome(f.outcome, f.note.Value()); err != nil {
		f.problem = f.explain(err)
		f.focus = focusNote
		return nil
	}
	note := sessions.CleanOutcomeNote(f.note.Value())
	changed, others, gone, err := f.storeOutcomes(f.items, note)
	if err != nil {
		return Fail(err)
	}
	if len(others) > 0 { // the rest is stored; the form asks about these
		f.openOutcomeClash(others, note)
		return nil
	}
	if f.onSaved != nil {
		f.onSaved()
	}
	word := outcomeWord(f.ctx, f.outcome)
	text := f.ctx.T("oc.saved", word)
	switch {
	case changed == 0:
		text = f.ctx.T("oc.unchanged")
	case len(f.items) > 1:
		text = f.ctx.T("oc.saved.many", changed, word)
	}
	if gone > 0 {
		text += " " + f.ctx.T("conflict.outcome.gone", gone)
	}
	return tea.Batch(f.ctx.Pop(), Notify(text))
}

// explain is a refusal of the rules in plain words.
func (f *OutcomeForm) explain(err error) string {
	switch {
	case errors.Is(err, sessions.ErrReasonRequired):
		return f.ctx.T("oc.error." + itoa(int(f.outcome)))
	case errors.Is(err, sessions.ErrNoteTooLong):
		return f.ctx.T("oc.error.long", sessions.MaxOutcomeNote)
	}
	return err.Error()
}
