package screens

import (
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"werkgroep/sessions"
)

// SessionDetails is the form for a session's title, date, place and
// status. A session that is done can be reopened here.
type SessionDetails struct {
	ctx           *Context
	keys          formKeys // esc leaves while the session loads
	id            sessions.ID
	session       sessions.Session
	form          *formHost
	title         string
	date, place   string
	status        sessions.SessionStatus
	width, height int
}

// NewSessionDetails builds the form for one session; it loads the session
// first.
func NewSessionDetails(ctx *Context, session sessions.ID) Screen {
	return &SessionDetails{ctx: ctx, keys: newFormKeys(ctx), id: session, width: 80, height: 20}
}

type detailsLoadedMsg struct {
	session sessions.Session
	err     error
}

func (d *SessionDetails) Init() tea.Cmd {
	return func() tea.Msg {
		se, err := d.ctx.Store.Session(d.id)
		return detailsLoadedMsg{session: se, err: err}
	}
}

// build makes a fresh form for the loaded session.
func (d *SessionDetails) build() tea.Cmd {
	c, se := d.ctx, d.session
	d.title, d.date, d.place, d.status = se.Title, se.Date, se.Place, se.Status
	today := c.Now().Format("2006-01-02")
	statuses := make([]huh.Option[sessions.SessionStatus], 0, 3)
	for _, st := range []sessions.SessionStatus{sessions.Planned, sessions.Running, sessions.Done} {
		statuses = append(statuses, huh.NewOption(c.T(fmt.Sprintf("status.%d", st)), st))
	}
	d.form = newForm(c,
		huh.NewInput().Title(c.T("details.field.title")).CharLimit(200).Value(&d.title).
			Validate(requiredText(c.T("details.error.title"))),
		huh.NewInput().Title(c.T("details.field.date")).Description(c.T("details.field.date.hint", today)).
			Suggestions([]string{today}).CharLimit(10).Value(&d.date).Validate(dateCheck(c)),
		huh.NewInput().Title(c.T("details.field.place")).CharLimit(200).Value(&d.place),
		// Value before Options, or Options would pick the first status.
		huh.NewSelect[sessions.SessionStatus]().Title(c.T("details.field.status")).
			Description(c.T("details.field.status.hint")).Value(&d.status).Options(statuses...),
	).titled(c.T("details.heading", se.Number))
	d.form.setSize(d.width, d.height)
	return d.form.init()
}

func (d *SessionDetails) Title() string {
	if d.session.ID == 0 {
		return d.ctx.T("details.title.plain")
	}
	return d.ctx.T("details.title", d.session.Number)
}

func (d *SessionDetails) Typing() bool { return d.form != nil }

func (d *SessionDetails) SetSize(w, h int) {
	d.width, d.height = w, h
	if d.form != nil {
		d.form.setSize(w, h)
	}
}

func (d *SessionDetails) KeyMap() help.KeyMap {
	if d.form != nil {
		return d.form.keyMap()
	}
	return keyMap{short: []key.Binding{d.keys.Cancel}}
}

func (d *SessionDetails) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case detailsLoadedMsg:
		if msg.err != nil {
			return d, tea.Batch(Fail(msg.err), d.ctx.Pop())
		}
		d.session = msg.session
		return d, d.build()
	case ResumeMsg:
		// Nothing opens on top of this form; a resume keeps what is typed.
		return d, nil
	}
	if d.form == nil {
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, d.keys.Cancel) {
			return d, d.ctx.Pop()
		}
		return d, nil
	}
	out, cmd := d.form.update(msg)
	switch out {
	case formCancelled:
		return d, tea.Batch(d.ctx.Pop(), Notify(d.ctx.T("details.unchanged")))
	case formSubmitted:
		return d, d.save()
	}
	return d, cmd
}

// save stores the form over the session as it was when the form
// opened; a change made elsewhere to the same field asks which stays
// (conflict_screen.go).
func (d *SessionDetails) save() tea.Cmd {
	se := d.session
	se.Title = sessions.CleanLine(d.title)
	se.Date, _ = normalDate(d.ctx, d.date)
	se.Place = sessions.CleanLine(d.place)
	se.Status = d.status
	stored, ok, x, cmd := sessionRecord(d.ctx).saved(d.session, se, true)
	switch {
	case x != nil:
		return askOver(d.ctx, x, d.Title(), func() (sessions.Session, error) { return d.ctx.Store.Session(d.id) }, d.chosen)
	case !ok:
		// Keep the screen: a fresh form with what was typed.
		d.session = se
		return tea.Batch(cmd, d.build())
	}
	return tea.Batch(d.ctx.Pop(), noteOr(cmd, d.ctx.T("details.saved", se.Number)), d.copyOnStart(stored))
}

// copyOnStart keeps a copy of the file when the session starts now.
func (d *SessionDetails) copyOnStart(se sessions.Session) tea.Cmd {
	if !starts(d.session.Status, se.Status) {
		return nil
	}
	return keepCopy(d.ctx, se.WerkgroepID, "", se.Number, d.ctx.T("details.saved", se.Number))
}

// chosen carries out the choice in a clash: the form closes, or opens
// again with mine, to be saved over theirs.
func (d *SessionDetails) chosen(c clashChoice, se sessions.Session) tea.Cmd {
	switch c {
	case clashEdit:
		d.session = se
		return d.build()
	case clashMine:
		return tea.Batch(d.ctx.Pop(), d.copyOnStart(se))
	}
	return d.ctx.Pop()
}

func (d *SessionDetails) View() string {
	if d.form == nil {
		return ""
	}
	return d.form.view()
}
