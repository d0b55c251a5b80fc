package screens

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// captureInput is the typing part of the session screen: the input, who
// said it and its kind, a stored entry being edited, and the draft that
// keeps half-typed text (session_draft.go).
type captureInput struct {
	st    *sessionState
	keys  inputKeys
	input editor
	kind  sessions.Kind
	who   attribution

	editing  sessions.ID           // contribution being edited, or zero
	base     sessions.Contribution // it, as it was when the edit began (session_clash.go)
	editGone bool                  // the contribution being edited was deleted elsewhere
	stash    newEntry              // the new entry, kept aside while editing another

	draftSeq   int
	draftStuck bool // the last draft save failed; it is retried (session_draft.go)
	draftKey   string
	draftSaved string

	width, height int
}

type inputKeys struct {
	Store, Attribute, CycleKind, Leave, Newline key.Binding
	Kinds                                       []key.Binding
}

func newInputKeys(c *Context) inputKeys {
	b := binder(c)
	k := inputKeys{
		Store:     b([]string{"enter"}, "enter", "session.key.store"),
		Attribute: b([]string{"tab"}, "tab", "session.key.who"),
		CycleKind: b([]string{"ctrl+t"}, "ctrl+t", "session.key.kind"),
		Leave:     b([]string{"esc"}, "esc", "session.key.leave"),
		Newline:   b([]string{"alt+enter", "ctrl+j"}, "alt+enter", "session.key.newline"),
	}
	for i := range 6 {
		d := string(rune('1' + i))
		k.Kinds = append(k.Kinds, b([]string{"alt+" + d}, "alt+"+d, "kind."+string(rune('0'+i))))
	}
	return k
}

// newEntry is what is being typed as a new contribution.
type newEntry struct {
	text string
	who  attribution
	kind sessions.Kind
}

// attribution is who said something: a participant, the group, or nobody.
type attribution struct {
	id    sessions.ID
	group bool
}

func newCaptureInput(st *sessionState) *captureInput {
	c := &captureInput{st: st, keys: newInputKeys(st.ctx), input: newEditor()}
	c.input.focused = true
	return c
}

// move says where the screen goes after a key in one of its parts.
type move struct {
	to moveTo
	c  sessions.Contribution // the contribution it concerns, if any
}

type moveTo int

const (
	stay         moveTo = iota
	toCapture           // the input gets the keys
	toList              // the list gets the keys
	toEdit              // edit c in the input
	toWhoNew            // choose who said the entry being typed
	toWhoStored         // choose who said c
	toStepPicker        // move c to another step
	toLeave             // leave the session screen
	toBack              // back from the projector to the part before it
)

func (c *captureInput) SetSize(w, h int) { c.width, c.height = w, h }

// Update handles a key or a paste while the input has focus: its own keys
// first, then the editor.
func (c *captureInput) Update(msg tea.Msg) (tea.Cmd, move) {
	if p, ok := msg.(tea.PasteMsg); ok {
		c.input.Update(p)
		return c.changed(), move{}
	}
	msg2, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, move{}
	}
	k := c.keys
	switch {
	case key.Matches(msg2, k.Store):
		if c.editing == 0 && sessions.Clean(c.input.Value()) != "" {
			ok, cmd := c.st.mayChange(msg2)
			if !ok {
				return cmd, move{}
			}
			stored, mv := c.store()
			return tea.Batch(cmd, stored), mv
		}
		return c.store()
	case key.Matches(msg2, k.Attribute):
		return nil, move{to: toWhoNew}
	case key.Matches(msg2, k.CycleKind):
		c.kind = (c.kind + 1) % sessions.Kind(len(sessions.Kinds))
		return c.changed(), move{}
	case key.Matches(msg2, k.Leave):
		if c.editing != 0 {
			c.endEdit()
		}
		return nil, move{to: toList}
	}
	for i, b := range k.Kinds {
		if key.Matches(msg2, b) {
			c.kind = sessions.Kind(i)
			return c.changed(), move{}
		}
	}
	if c.input.Update(msg2) {
		return c.changed(), move{}
	}
	return nil, move{}
}

// store stores the typed contribution (or the edit) at once. If the store
// fails, the text stays in the input: nothing is lost. Enter on an empty
// input opens the step's own screen, when its kind has one.
func (c *captureInput) store() (tea.Cmd, move) {
	s := c.st
	text := sessions.Clean(c.input.Value())
	if text == "" {
		step := s.currentStep()
		if open := kindOf(step.Kind).open; c.editing == 0 && open != nil {
			return s.ctx.Push(open(s.ctx, s.werkgroep.ID, s.session.ID, step.ID)), move{}
		}
		return nil, move{}
	}
	if c.editing != 0 {
		return c.finishEdit(text)
	}
	if len(s.session.Steps) == 0 { // nothing to store it in: keep the text, say what to do
		return Notify(s.ctx.T("session.nosteps")), move{}
	}
	e := sessions.Contribution{SessionID: s.session.ID, StepID: s.currentStep().ID,
		ParticipantID: c.who.id, ByGroup: c.who.group, Kind: c.kind, Text: text}
	if err := s.ctx.Store.AddContribution(&e); err != nil {
		return Fail(err), move{}
	}
	s.byStep[e.StepID] = append(s.byStep[e.StepID], e)
	c.input.Reset()
	c.kind, c.who = sessions.Inbreng, attribution{}
	cmds := []tea.Cmd{c.clearDraft(), s.changed(), hiddenNamesNote(s.ctx, text, s.people)}
	if s.session.Status == sessions.Planned {
		// the first entry starts the session, unless someone gave it
		// another status meanwhile: that one stays
		started := false
		se, err := touchSession(s.ctx, s.session.ID, func(se *sessions.Session) bool {
			started = se.Status == sessions.Planned
			se.Status = sessions.Running
			return started
		})
		switch {
		case err != nil:
			cmds = append(cmds, Fail(err))
		case started:
			cmds = append(cmds, keepCopy(s.ctx, s.werkgroep.ID, s.werkgroep.Name, s.session.Number, ""))
		}
		if err == nil {
			s.session.Status, s.session.Version = se.Status, se.Version
		}
	}
	return tea.Batch(cmds...), move{}
}

// startEdit puts a stored contribution in the input, with its own author
// and kind; the new entry being typed waits aside.
func (c *captureInput) startEdit(e sessions.Contribution) {
	c.editing, c.base = e.ID, e
	c.stash = newEntry{text: c.input.Value(), who: c.who, kind: c.kind}
	c.input.SetValue(e.Text)
	c.who, c.kind = attribution{id: e.ParticipantID, group: e.ByGroup}, e.Kind
}

// endEdit brings back the new entry that waited aside.
func (c *captureInput) endEdit() {
	c.editing, c.editGone, c.base = 0, false, sessions.Contribution{}
	c.input.SetValue(c.stash.text)
	c.who, c.kind = c.stash.who, c.stash.kind
	c.stash = newEntry{}
}

// finishEdit stores the edited text, author and kind; the screen goes
// back to the list. When another program deleted the contribution
// meanwhile, it offers to store the text as a new one instead
// (session_gone.go).
func (c *captureInput) finishEdit(text string) (tea.Cmd, move) {
	if c.editGone {
		return c.storeEditAsNew(text)
	}
	s := c.st
	e := c.base
	e.Text, e.Kind = text, c.kind
	e.ParticipantID, e.ByGroup = c.who.id, c.who.group
	stored, merged, err := s.saveEntry(c.base, e, true)
	switch {
	case errors.Is(err, sessions.ErrNotFound):
		return c.editGoneAway(), move{}
	case err != nil:
		return Fail(err), move{} // the edit stays in the input
	case !stored:
		return nil, move{} // a clash: the edit stays in the input
	}
	c.endEdit()
	note := noteOr(merged, s.ctx.T("session.edited"))
	if hidden := hiddenNamesNote(s.ctx, text, s.people); hidden != nil {
		note = hidden
	}
	return tea.Batch(note, s.changed()), move{to: toList}
}

func (c *captureInput) KeyMap(shared sharedKeys) help.KeyMap {
	k := c.keys
	sk := shared.bindings(modeCapture)
	short := []key.Binding{k.Store, k.Attribute, k.CycleKind, sk[0], sk[2], sk[3], k.Leave}
	return keyMap{short: short, full: [][]key.Binding{
		append([]key.Binding{k.Store, k.Attribute, k.CycleKind}, append(sk, k.Leave)...),
		k.Kinds,
		{k.Newline},
	}}
}

// View is the input and the chips for who and what kind. The input grows
// to five lines on a tall screen; height is the whole screen's.
func (c *captureInput) View() string {
	st := c.st.ctx.Styles
	t := c.st.ctx.T
	width := c.width
	maxLines := max(1, min(5, c.height/5))
	label := t("session.input")
	if c.editing != 0 {
		label = t("session.editing")
	}
	label += c.st.captureGroupOnly()
	lines := c.input.View(width-2, maxLines, st.Cursor.Render)
	marker := cursorMark
	if !c.input.focused {
		marker = "  "
		if c.input.Empty() {
			hint := t("session.input.hint")
			if c.st.ctx.ReadOnly() {
				hint = t("file.readonly.hint")
			}
			lines = []string{st.Subtle.Render(truncate(hint, width-2))}
		}
	}
	out := []string{st.Subtle.Render(ruleLine(label, width))}
	for i, l := range lines {
		if i > 0 {
			marker = "  "
		}
		out = append(out, marker+l)
	}
	who := t("session.nobody")
	if c.who.group {
		who = t("group")
	} else if c.who.id != 0 {
		who = c.st.personLabel(c.who.id)
	}
	chips := t("session.chips", who, t("kind."+itoa(int(c.kind))))
	out = append(out, st.Label.Render(truncate(chips, width)))
	return strings.Join(out, "\n")
}
