package screens

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Themes is a themes step (thema's): the group gathers what was said in
// earlier steps into named themes. Contributions are marked and put into
// a theme with single keys; every change is stored at once and can be
// undone; F5 shows the themes on the projector as they form.
type Themes struct {
	ctx       *Context
	keys      themesKeys
	werkgroep sessions.ID
	sessionID sessions.ID
	stepID    sessions.ID
	data      themesData
	loaded    bool

	pane    themesPane
	mode    themesMode
	said    cursor // in the contributions shown
	theme   cursor // in the themes
	marked  map[sessions.ID]bool
	loose   bool         // show only what is in no theme yet
	mergeOf sessions.ID  // the theme being merged into another
	undo    []themesUndo // this program's own changes, latest last (themes_edit.go)
	name    textinput.Model
	naming  sessions.ID // the theme being renamed; zero for a new one
	was     string      // its name when the rename began (themes_edit.go)
	src     cursor      // in the sessions, choosing sources
	chosen  map[sessions.ID]bool
	scroll  int          // projector: first row shown
	room    *roomControl // f6/f7/f8 for werkgroep present (room_control.go)

	draftSeq int // identifies the latest keystroke in the name

	width, height int
}

type themesPane int

const (
	paneSaid themesPane = iota
	paneThemes
)

type themesMode int

const (
	themesWork    themesMode = iota
	themesName               // typing a theme's name
	themesMerge              // choosing the theme to merge into
	themesSources            // choosing the sessions to gather from
	themesPresent            // the projector
)

// NewThemes opens a themes step of a session.
func NewThemes(ctx *Context, werkgroep, session, step sessions.ID) Screen {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = ctx.T("themes.name.placeholder")
	in.CharLimit = 200
	st := in.Styles()
	st.Cursor.Blink = false // steady on a projector, and no redraws while idle
	in.SetStyles(st)
	s := &Themes{ctx: ctx, keys: newThemesKeys(ctx), werkgroep: werkgroep, sessionID: session, stepID: step,
		marked: map[sessions.ID]bool{}, name: in, width: 80, height: 21}
	s.room = newRoomControl(ctx, werkgroep, session, step, func() time.Duration { return s.data.step.Elapsed })
	return s
}

func (s *Themes) Init() tea.Cmd { return s.load }

func (s *Themes) Title() string {
	t := s.ctx.T("stepkind.themes")
	if s.loaded {
		t += " · " + s.ctx.T("session.n", s.data.session.Number) + " · " + s.data.step.Title
	}
	return "werkgroep · " + t
}

func (s *Themes) Typing() bool { return s.mode == themesName }

func (s *Themes) SetSize(w, h int) {
	s.width, s.height = w, h
	s.name.SetWidth(max(10, w-4))
}

// FullScreen hides the frame on the projector.
func (s *Themes) FullScreen() bool { return s.mode == themesPresent }

func (s *Themes) KeyMap() help.KeyMap {
	km := s.keys.keyMap(s.mode, s.pane)
	if s.mode == themesName {
		return km
	}
	return s.room.keyMap(km, s.keys.Present)
}

func (s *Themes) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case themesLoadedMsg:
		if msg.err != nil {
			return s, Fail(msg.err)
		}
		first := !s.loaded
		s.data, s.loaded = msg.data, true
		s.clamp()
		if first { // and who leads, for the projector's keys
			return s, tea.Batch(s.restoreDraft(msg.drafts), s.room.read)
		}
		return s, nil
	case ResumeMsg:
		return s, tea.Batch(s.load, s.room.read)
	case ChangedMsg:
		return s, s.room.read
	case roomControlMsg:
		s.room.take(msg)
		return s, nil
	case themesDraftTickMsg:
		return s, s.saveDraft(msg)
	case tea.PasteMsg:
		if s.mode == themesName {
			var cmd tea.Cmd
			s.name, cmd = s.name.Update(tea.PasteMsg{Content: sessions.CleanLine(msg.Content)})
			return s, cmd
		}
		return s, nil
	case tea.KeyPressMsg:
		if !s.loaded {
			return s, nil
		}
		if cmd, ok := s.room.key(msg); ok {
			return s, cmd
		}
		return s, s.key(msg)
	}
	if s.mode == themesName {
		var cmd tea.Cmd
		s.name, cmd = s.name.Update(msg)
		return s, cmd
	}
	return s, nil
}

// clamp keeps the cursors inside what is shown after a change.
func (s *Themes) clamp() {
	s.said.SetLen(len(s.shown()))
	s.theme.SetLen(len(s.data.themes))
}

// shown are the contributions listed: all, or those in no theme yet.
func (s *Themes) shown() []sessions.Contribution {
	if !s.loose {
		return s.data.said
	}
	var out []sessions.Contribution
	for _, c := range s.data.said {
		if _, in := sessions.ThemeOf(s.data.themes, c.ID); !in {
			out = append(out, c)
		}
	}
	return out
}

// picked are the marked contributions, or the one under the cursor.
func (s *Themes) picked() []sessions.ID {
	var out []sessions.ID
	for _, c := range s.data.said {
		if s.marked[c.ID] {
			out = append(out, c.ID)
		}
	}
	if len(out) == 0 {
		if cs := s.shown(); s.said.Index < len(cs) {
			out = append(out, cs[s.said.Index].ID)
		}
	}
	return out
}

// selectedTheme is the theme under the cursor in the themes pane.
func (s *Themes) selectedTheme() (sessions.Theme, bool) {
	if s.theme.Index < len(s.data.themes) {
		return s.data.themes[s.theme.Index], true
	}
	return sessions.Theme{}, false
}

// snapshot is the themes as they are, for undo.
func (s *Themes) snapshot() []sessions.Theme {
	out := slices.Clone(s.data.themes)
	for i := range out {
		out[i].Members = slices.Clone(out[i].Members)
	}
	return out
}

// draftKey names a half-typed theme name: themes/<wg>/<session>/<step>/<theme>.
func (s *Themes) draftKey() string {
	return "themes/" + strconv.FormatInt(s.werkgroep, 10) + "/" + strconv.FormatInt(s.sessionID, 10) + "/" +
		strconv.FormatInt(s.stepID, 10) + "/" + strconv.FormatInt(s.naming, 10)
}

// Drafts keeps a half-typed theme name when the program quits; it stays
// kept until the name is stored or given up.
func (s *Themes) Drafts() []sessions.Draft {
	if s.mode != themesName || strings.TrimSpace(s.name.Value()) == "" {
		return nil
	}
	return []sessions.Draft{{Key: s.draftKey(), Text: s.name.Value()}}
}

// restoreDraft puts back a theme name typed before a crash or a quit.
func (s *Themes) restoreDraft(drafts []sessions.Draft) tea.Cmd {
	prefix := "themes/" + strconv.FormatInt(s.werkgroep, 10) + "/" + strconv.FormatInt(s.sessionID, 10) + "/" + strconv.FormatInt(s.stepID, 10) + "/"
	for _, d := range drafts {
		if !strings.HasPrefix(d.Key, prefix) || d.Text == "" {
			continue
		}
		id, _ := strconv.ParseInt(strings.TrimPrefix(d.Key, prefix), 10, 64)
		s.naming, s.was = id, ""
		for _, t := range s.data.themes {
			if t.ID == id {
				s.was = t.Name
			}
		}
		s.mode = themesName
		s.name.SetValue(d.Text)
		s.name.Focus()
		return Notify(s.ctx.T("session.draft.back"))
	}
	return nil
}
