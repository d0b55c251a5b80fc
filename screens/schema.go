package screens

import (
	"maps"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Schema is the tension schema of one session: placing now and wish per
// person (and for the group), sticker counts, the group view and the
// movement between sessions. Every change is stored at once.
type Schema struct {
	ctx         *Context
	keys        schemaKeys
	marks       schemaMarks
	werkgroep   sessions.ID
	sessionID   sessions.ID
	data        schemaData
	text        sessions.SchemaText // pole texts in the werkgroep's language
	figures     sessions.SchemaFigures
	mode        schemaMode
	person      int  // index into data.persons; 0 is the group
	dim         int  // 0..4
	wish        bool // placing or counting the wish side
	point       int  // sticker mode: 1..7
	typed       bool // sticker mode: the last key was a digit of this count
	individual  bool // group view: show each person's placement
	scroll      int  // group view: first person shown
	example     textinput.Model
	editing     bool
	exampleBase sessions.Placement // the placement when editing its example began (schema_clash.go)
	clash       *placeClash        // changed elsewhere meanwhile: the person chooses
	typedAt     time.Time          // last keystroke in the example, for its draft
	tickPending bool
	draftKey    string
	draftStuck  bool // the last save of the example's draft failed; retried
	width       int
	height      int
	loaded      bool
}

type schemaMode int

const (
	modePlace schemaMode = iota
	modeStickers
	modeGroup
	modeMovement
)

// NewSchema opens the tension schema of a session.
func NewSchema(ctx *Context, werkgroep, session sessions.ID) Screen {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = ctx.T("schema.example.placeholder")
	in.CharLimit = 2000
	st := in.Styles()
	st.Cursor.Blink = false // steady on a projector, and no redraws while idle
	in.SetStyles(st)
	return &Schema{
		ctx: ctx, keys: newSchemaKeys(ctx), werkgroep: werkgroep, sessionID: session,
		marks: marksFor(ctx.NoColor), example: in, point: 4,
		width: 80, height: 21,
	}
}

func (s *Schema) Init() tea.Cmd { return s.load }

func (s *Schema) Title() string {
	t := s.ctx.T("stepkind.schema")
	if s.loaded {
		t += " · " + s.sessionLabel(s.data.session)
	}
	return "werkgroep · " + t + " · " + s.ctx.T(modeTitles[s.mode])
}

var modeTitles = map[schemaMode]string{
	modePlace: "schema.mode.place", modeStickers: "schema.mode.stickers",
	modeGroup: "schema.mode.group", modeMovement: "schema.mode.movement",
}

func (s *Schema) Typing() bool { return s.editing || s.clash != nil }

func (s *Schema) SetSize(w, h int) {
	s.width, s.height = w, h
	s.example.SetWidth(max(10, w-16))
}

func (s *Schema) KeyMap() help.KeyMap {
	if s.clash != nil {
		return s.clash.keyMap()
	}
	return s.keys.keyMap(s.mode, s.editing)
}

func (s *Schema) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case schemaLoadedMsg:
		if msg.err != nil {
			return s, Fail(msg.err)
		}
		if stale(s.ctx.Store, msg.writes) {
			return s, s.load
		}
		first := !s.loaded
		s.data, s.loaded = msg.data, true
		s.text = sessions.Schema(s.data.werkgroep.Lang)
		s.person = min(s.person, len(s.data.persons)-1)
		s.refigure()
		s.clash.refresh(maps.Values(s.data.placements))
		if !first {
			return s, nil // a draft is put back once, when the screen opens
		}
		return s, s.restoreDraft(msg.drafts)
	case ResumeMsg, ChangedMsg:
		return s, s.load
	case schemaDraftTickMsg:
		return s, s.draftTicked()
	case schemaDraftDoneMsg:
		return s, s.draftDone(msg)
	case tea.PasteMsg:
		if s.editing {
			var cmd tea.Cmd
			s.example, cmd = s.example.Update(msg)
			return s, tea.Batch(cmd, s.draftLater())
		}
		return s, nil
	case tea.KeyPressMsg:
		if !s.loaded {
			return s, nil
		}
		if s.clash != nil {
			return s.clashKey(msg)
		}
		if s.editing {
			return s.editKey(msg)
		}
		return s.key(msg)
	}
	if s.editing {
		var cmd tea.Cmd
		s.example, cmd = s.example.Update(msg)
		return s, cmd
	}
	return s, nil
}

// key handles the keys shared by every mode, then the mode's own.
func (s *Schema) key(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Back):
		return s, s.ctx.Pop()
	case key.Matches(msg, k.Place):
		s.mode = modePlace
		return s, nil
	case key.Matches(msg, k.Stickers):
		s.mode = s.toggle(modeStickers)
		return s, nil
	case key.Matches(msg, k.Group):
		s.mode = s.toggle(modeGroup)
		return s, nil
	case key.Matches(msg, k.Movement):
		s.mode = s.toggle(modeMovement)
		return s, nil
	case key.Matches(msg, k.Up):
		s.moveDim(-1)
		return s, nil
	case key.Matches(msg, k.Down):
		s.moveDim(1)
		return s, nil
	}
	switch s.mode {
	case modePlace:
		return s.placeKey(msg)
	case modeStickers:
		return s.stickerKey(msg)
	case modeGroup:
		s.groupKey(msg)
	}
	return s, nil
}

// toggle switches to m, or back to placing when m is already shown.
func (s *Schema) toggle(m schemaMode) schemaMode {
	if s.mode == m {
		return modePlace
	}
	return m
}

func (s *Schema) moveDim(delta int) {
	s.dim = min(max(s.dim+delta, 0), sessions.SchemaDimensions-1)
	s.typed, s.scroll = false, 0
}

// refigure recomputes the figures after a load or a change; it costs a
// few hundred operations, far below a frame.
func (s *Schema) refigure() {
	s.figures = sessions.Figures(s.sessionID, s.data.placementList(), s.data.stickerList(s.sessionID))
	s.data.figures[s.sessionID] = s.figures
}

// lang is the chrome's language, for numbers.
func (s *Schema) lang() sessions.Lang { return sessions.Lang(s.ctx.Lang.Lang) }

func (s *Schema) sessionLabel(se sessions.Session) string {
	return s.ctx.T("session.n", se.Number)
}

func (s *Schema) View() string {
	if !s.loaded {
		return ""
	}
	if s.clash != nil {
		return s.clashView()
	}
	switch s.mode {
	case modeStickers:
		return s.stickerView()
	case modeGroup:
		return s.groupView()
	case modeMovement:
		return s.movementView()
	}
	return s.placeView()
}
