package screens

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// minimum size of any screen; smaller windows get a calm notice.
const minWidth, minHeight = 40, 10

// Root routes messages to the active screen and draws the frame around
// it: header, status line and the footer of keys.
type Root struct {
	ctx      *Context
	stack    []Screen
	width    int
	height   int
	help     help.Model
	keys     globalKeys
	showHelp bool
	status   string
	isError  bool
	// quitAnyway: the last key was a quit whose drafts could not be
	// saved; the next one stops regardless (root_quit.go).
	quitAnyway bool
	notice     []string // about a damaged file (file.go), above the status line
	// behind: screens below the top that missed a change in the file
	// (root_changed.go)
	behind map[Screen]bool
	// reading: parts of the top screen's answer to a change still under
	// way; changedSince: the file changed again meanwhile (root_follow.go)
	reading      int
	changedSince bool
	// drawn is the last frame, kept while nothing it shows can have
	// changed (root_drawn.go); ok says it is valid.
	drawn drawnFrame
}

type globalKeys struct {
	Quit, ForceQuit, Help, Suspend key.Binding
	AnyHelp                        key.Binding // works while typing too
}

func newGlobalKeys(c *Context) globalKeys {
	return globalKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", c.T("key.quit"))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", c.T("key.quit.now"))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", c.T("key.help"))),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", c.T("key.suspend"))),
		AnyHelp:   key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", c.T("key.help"))),
	}
}

// NewRoot starts with first as the only screen.
func NewRoot(ctx *Context, first Screen) *Root {
	h := help.New()
	h.ShortSeparator = " · "
	return &Root{ctx: ctx, stack: []Screen{first}, help: h, keys: newGlobalKeys(ctx), width: 80, height: 24,
		behind: map[Screen]bool{}}
}

func (r *Root) top() Screen { return r.stack[len(r.stack)-1] }

// Active is the screen on top, for tests.
func (r *Root) Active() Screen { return r.top() }

// Init starts the first screen and the wait for changes made elsewhere.
func (r *Root) Init() tea.Cmd {
	cmds := []tea.Cmd{r.top().Init(), waitForChange(r.ctx.Changes)}
	if r.ctx.NoColor { // the QR code's polarity follows the background then (qr.go)
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

func (r *Root) bodySize() (int, int) { return r.width, max(1, r.height-3-len(r.notice)) }

// Update handles global keys and navigation, and passes the rest on.
// After each message the frame is fitted to what is known of the file:
// damage can come to light in any read or write (syncFile).
func (r *Root) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	keep := r.drawn.keepFor(r, msg)
	m, cmd := r.update(msg)
	r.syncFile()
	r.drawn.after(r, keep)
	return m, cmd
}

func (r *Root) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		r.ctx.LightBackground = !msg.IsDark()
		return r, nil
	case tea.WindowSizeMsg:
		r.width, r.height = msg.Width, msg.Height
		r.help.SetWidth(msg.Width)
		if r.notice != nil {
			r.notice = nil // wrapped again for the new width
			r.syncFile()
		}
		w, h := r.bodySize()
		for _, s := range r.stack {
			s.SetSize(w, h)
		}
		return r, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, r.keys.ForceQuit) {
			return r, r.quit()
		}
		if key.Matches(msg, r.keys.Suspend) {
			return r, r.suspend()
		}
		if !key.Matches(msg, r.keys.Quit) || r.top().Typing() {
			r.quitAnyway = false // only a quit right after counts as "again"
		}
		r.status = ""
		if r.showHelp {
			r.showHelp = false
			return r, nil
		}
		if key.Matches(msg, r.keys.AnyHelp) {
			r.showHelp = true
			return r, nil
		}
		if r.lockedKey(msg.String()) {
			r.status, r.isError = r.ctx.T("file.readonly.key"), false
			return r, nil
		}
		if !r.top().Typing() {
			switch {
			case key.Matches(msg, r.keys.Help):
				r.showHelp = true
				return r, nil
			case key.Matches(msg, r.keys.Quit):
				return r, r.quit()
			}
		}
	case PushMsg:
		r.stack = append(r.stack, msg.Screen)
		msg.Screen.SetSize(r.bodySize())
		return r, msg.Screen.Init()
	case PopMsg:
		if len(r.stack) == 1 {
			return r, r.quit()
		}
		r.stack = r.stack[:len(r.stack)-1]
		return r, tea.Batch(r.resume(), r.navigate())
	case FileCheckedMsg:
		return r, nil // the frame shows what it found (syncFile)
	case ErrorMsg:
		if text, ok := r.fileError(msg.Err); ok {
			r.status, r.isError = text, true
			return r, nil
		}
		r.status, r.isError = r.ctx.T("error.prefix", plainError(msg.Err)), true
		var full interface{ NoRoom() bool } // a full disk, said plainly
		if errors.As(msg.Err, &full) && full.NoRoom() {
			r.status = r.ctx.T("rel.nospace")
		}
		if errors.Is(msg.Err, sessions.ErrChangedMeanwhile) { // a screen without its own clash view
			r.status = r.ctx.T("conflict.error")
		}
		return r, nil
	case StatusMsg:
		r.status, r.isError = msg.Text, false
		return r, nil
	case SignalMsg:
		return r, r.stopOnSignal()
	case feedMsg:
		return r, tea.Batch(r.follow(), waitForChange(r.ctx.Changes))
	case changeAnswerMsg:
		return r.answered(msg)
	case ChangedMsg:
		return r.changed()
	case addressedMsg:
		return r.deliver(msg)
	}
	return r.route(msg)
}

func (r *Root) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	s, cmd := r.top().Update(msg)
	r.stack[len(r.stack)-1] = s
	return r, tea.Batch(cmd, r.navigate())
}

// navigate applies the navigation the active screen asked for, at once.
// A screen that becomes active again gets ResumeMsg, which may ask for
// more navigation in turn.
func (r *Root) navigate() tea.Cmd {
	var cmds []tea.Cmd
	for ops := r.ctx.takeNav(); len(ops) > 0; ops = r.ctx.takeNav() {
		for _, op := range ops {
			if op.push != nil {
				r.stack = append(r.stack, op.push)
				op.push.SetSize(r.bodySize())
				cmds = append(cmds, op.push.Init())
				continue
			}
			if len(r.stack) == 1 {
				return tea.Batch(append(cmds, r.quit())...)
			}
			r.stack = r.stack[:len(r.stack)-1]
			cmds = append(cmds, r.resume())
		}
	}
	return tea.Batch(cmds...)
}

// View draws the frame; below the minimum size it shows a notice instead.
func (r *Root) View() tea.View {
	v := tea.NewView(r.render())
	v.AltScreen = true
	v.WindowTitle = "werkgroep"
	return v
}

func (r *Root) render() string {
	if r.drawn.ok {
		return r.drawn.frame
	}
	r.drawn.frame, r.drawn.ok = r.draw(), true
	return r.drawn.frame
}

func (r *Root) draw() string {
	s := r.ctx.Styles
	mw, mh := minWidth, minHeight
	if sz, ok := r.top().(Sizer); ok {
		mw, mh = sz.MinSize()
	}
	if r.width < mw || r.height < mh {
		return tooSmall(r.ctx, r.width, r.height, mw, mh)
	}
	if fs, ok := r.top().(FullScreener); ok && fs.FullScreen() && !r.showHelp {
		r.top().SetSize(r.width, r.height)
		defer r.top().SetSize(r.bodySize())
		return r.drawn.clamp(r.top().View(), r.width, r.height)
	}
	w, h := r.bodySize()
	header := s.Header.Render(truncate(r.fileTag()+r.top().Title(), r.width))
	var body string
	if r.showHelp {
		body = r.fullHelp()
	} else {
		body = r.top().View()
	}
	body = fillHeight(r.drawn.clamp(body, w, h), h)
	status := ""
	if r.status != "" {
		st := s.Status
		if r.isError {
			st = s.Error
		}
		status = st.Render(truncate(r.status, r.width))
	}
	footer := r.drawn.footer(r, r.shortKeys())
	parts := []string{header, body}
	for _, l := range r.notice {
		parts = append(parts, s.Error.Render(truncate(l, r.width)))
	}
	return strings.Join(append(parts, status, footer), "\n")
}

func (r *Root) shortKeys() []key.Binding {
	keys := r.top().KeyMap().ShortHelp()
	if !r.top().Typing() {
		keys = append(keys, r.keys.Help, r.keys.Quit)
	}
	return keys
}

func (r *Root) fullHelp() string {
	groups := r.top().KeyMap().FullHelp()
	groups = append(groups, []key.Binding{r.keys.Help, r.keys.AnyHelp, r.keys.Quit, r.keys.ForceQuit, r.keys.Suspend})
	h := r.help
	h.ShowAll = true
	title := r.ctx.Styles.Title.Render(r.ctx.T("help.title"))
	file := r.ctx.Styles.Subtle.Render(dataFileLine(r.ctx, r.width)) // which file these keys change
	return title + "\n\n" + h.FullHelpView(groups) + "\n\n" + file + "\n" + r.ctx.Styles.Subtle.Render(r.ctx.T("help.close"))
}

// tooSmall is the calm notice for a window below a screen's minimum.
func tooSmall(c *Context, w, h, mw, mh int) string {
	msg := c.T("too.small", mw, mh, w, h)
	lines := wrap(msg, max(1, w))
	if len(lines) > h {
		lines = lines[:max(1, h)]
	}
	return strings.Join(lines, "\n")
}
