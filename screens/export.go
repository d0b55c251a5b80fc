package screens

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"werkgroep/datafile"
	"werkgroep/export"
	"werkgroep/sessions"
)

// Export makes the minutes: the facilitator picks one session or the whole
// process and the format, reads the preview, says where the file goes, and
// writes it. The minutes themselves come from package export; this screen
// only shows them.
type Export struct {
	ctx           *Context
	keys          exportKeys
	werkgroep     sessions.ID
	name          string
	list          []sessions.Session
	choice        int // 0 is the whole process, i is list[i-1]
	html          bool
	doc           export.Document
	seq           int // the render asked for last; older results are dropped
	followed      int // a render after a change elsewhere: keep the scroll (its seq)
	loaded, ready bool
	preview       minutesPreview
	path          textinput.Model
	edited        bool   // the path was typed: keep it when the choice changes
	dir           string // where a new path points: the working folder
	confirm       string // an existing file that the next w replaces
	width, height int
}

// NewExport opens the export of a werkgroep, at session (0 is the whole
// process).
func NewExport(ctx *Context, werkgroep sessions.ID, session int) Screen {
	ti := textinput.New()
	ti.Prompt = ""
	ti.CharLimit = 4096
	dir, _ := os.Getwd()
	return &Export{ctx: ctx, keys: newExportKeys(ctx), werkgroep: werkgroep, choice: session, path: ti, dir: dir}
}

type exportLoadedMsg struct {
	w    sessions.Werkgroep
	list []sessions.Session
	err  error
}

type exportRenderedMsg struct {
	seq    int
	doc    export.Document
	blocks []export.Block // the preview's, made off the update path
	err    error
}

type exportWrittenMsg struct {
	paths []string
	err   error
}

func (e *Export) Init() tea.Cmd {
	st, id := e.ctx.Store, e.werkgroep
	return func() tea.Msg {
		w, err := st.Werkgroep(id)
		if err != nil {
			return exportLoadedMsg{err: err}
		}
		list, err := st.Sessions(id)
		return exportLoadedMsg{w: w, list: list, err: err}
	}
}

// render asks for the minutes of the current choice, off the update path.
func (e *Export) render() tea.Cmd {
	e.seq++
	e.ready = false
	o := export.Options{Werkgroep: e.werkgroep, Format: e.format()}
	render := export.Render
	switch {
	case e.choice == e.paragraafChoice():
		render = export.RenderParagraaf
	case e.choice > 0:
		o.Session = e.list[e.choice-1].Number
	}
	st, seq := e.ctx.Store, e.seq
	return func() tea.Msg {
		doc, err := render(st, o)
		return exportRenderedMsg{seq: seq, doc: doc, blocks: doc.Blocks(), err: err}
	}
}

func (e *Export) format() string {
	if e.html {
		return "html"
	}
	return "md"
}

func (e *Export) Title() string {
	if e.name == "" {
		return "werkgroep · " + e.ctx.T("export.title")
	}
	return "werkgroep · " + e.name + " · " + e.ctx.T("export.title")
}

func (e *Export) Typing() bool { return e.path.Focused() }

func (e *Export) SetSize(w, h int) {
	e.width, e.height = w, h
	e.path.SetWidth(max(1, w-e.labelWidth()-1))
	e.preview.fit(max(1, w-2), max(1, h-e.headerLines()))
}

func (e *Export) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case exportLoadedMsg:
		if msg.err != nil {
			return e, Fail(msg.err)
		}
		e.name, e.list, e.loaded = msg.w.Name, msg.list, true
		e.choice = e.indexOf(e.choice)
		return e, e.render()
	case exportRenderedMsg:
		if msg.seq != e.seq {
			return e, nil
		}
		if msg.err != nil {
			return e, Fail(msg.err)
		}
		e.doc, e.ready = msg.doc, true
		at, off := e.preview.where()
		e.preview.setBlocks(msg.blocks)
		e.SetSize(e.width, e.height)
		if msg.seq == e.followed {
			e.preview.goTo(at, off) // the reader stays where they were reading
		}
		e.suggestPath()
		return e, e.preview.laidOut()
	case ChangedMsg:
		// The preview shows what another program stored too; the old
		// one stays up until the new one is ready, so nothing blinks.
		if !e.loaded {
			return e, nil
		}
		ready := e.ready
		cmd := e.render()
		e.ready, e.followed = ready, e.seq
		return e, cmd
	case exportWrittenMsg:
		var refused *datafile.Error
		if errors.As(msg.err, &refused) {
			return e, Notify(refused.Say(e.ctx.Lang))
		}
		if msg.err != nil {
			return e, Fail(errors.New(e.ctx.T("export.cannotwrite", e.target(), plainCause(msg.err))))
		}
		if len(msg.paths) > 1 {
			return e, Notify(e.ctx.T("export.written.more", msg.paths[0], len(msg.paths)-1))
		}
		return e, Notify(e.ctx.T("export.written", strings.Join(msg.paths, ", ")))
	case tea.KeyPressMsg:
		if e.Typing() {
			return e.typing(msg)
		}
		return e.key(msg)
	case tea.PasteMsg:
		if e.Typing() {
			var cmd tea.Cmd
			e.path, cmd = e.path.Update(msg)
			e.edited = true
			return e, cmd
		}
	}
	return e, nil
}

// indexOf is the choice that shows session number n (0: the whole process).
func (e *Export) indexOf(n int) int {
	for i, se := range e.list {
		if se.Number == n {
			return i + 1
		}
	}
	return 0
}

// suggestPath fills in the working folder and the document's name, until
// the facilitator types a path; then only the extension follows the format.
func (e *Export) suggestPath() {
	if !e.edited {
		e.path.SetValue(filepath.Join(e.dir, e.doc.Name))
		return
	}
	p := e.path.Value()
	switch ext := strings.ToLower(filepath.Ext(p)); {
	case e.html && (ext == ".md" || ext == ".markdown"):
		e.path.SetValue(strings.TrimSuffix(p, filepath.Ext(p)) + ".html")
	case !e.html && (ext == ".html" || ext == ".htm"):
		e.path.SetValue(strings.TrimSuffix(p, filepath.Ext(p)) + ".md")
	}
}

// target is the path to write to, with ~ for the home folder.
func (e *Export) target() string {
	p := strings.TrimSpace(e.path.Value())
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[1:])
		}
	}
	return p
}

// write asks once more before it replaces a file, then writes off the
// update path.
func (e *Export) write() tea.Cmd {
	if !e.ready {
		return Notify(e.ctx.T("export.loading"))
	}
	p := e.target()
	if p == "" {
		return Notify(e.ctx.T("export.nopath"))
	}
	// Never over the data file or another database: not even a question
	// whether to replace it (export.Write refuses it again, and the charts).
	var refused *datafile.Error
	if errors.As(datafile.Check(p, e.ctx.Store.Path()), &refused) {
		e.confirm = ""
		return Notify(refused.Say(e.ctx.Lang))
	}
	// Earlier minutes of the same werkgroep are replaced without a
	// question (people export again every week); any other file is asked
	// about once, since it may be something of their own.
	if _, err := os.Stat(p); err == nil && e.confirm != p && !earlierMinutes(p, e.doc, e.html) {
		e.confirm = p
		return Notify(e.ctx.T("export.exists", p))
	}
	e.confirm = ""
	doc, format := e.doc, e.format()
	return func() tea.Msg {
		paths, err := export.Write(doc, p, format)
		return exportWrittenMsg{paths: paths, err: err}
	}
}

// plainCause is the system's reason without the path around it.
func plainCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
