package screens

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// A session and a werkgroep are edited in forms and by single keys
// (status, approval) on screens with no room of their own for a
// question. Their clash is a screen of its own, opened over the one whose
// save found the record changed elsewhere; choosing closes it, and then
// tells the screen below what became of it.

// clashScreen asks about one record until the person chooses.
type clashScreen[T any] struct {
	ctx   *Context
	x     *recordClash[T]
	title string
	fetch func() (T, error) // the record as stored now, after a change in the file
	// then is what the screen below does once the question closed: with
	// clashTheirs the record as stored, clashMine mine as stored, and
	// clashEdit mine to edit further (its version theirs).
	then          func(c clashChoice, rec T) tea.Cmd
	width, height int
}

// askOver opens x's question as a screen over the current one.
func askOver[T any](ctx *Context, x *recordClash[T], title string, fetch func() (T, error), then func(clashChoice, T) tea.Cmd) tea.Cmd {
	return ctx.Push(&clashScreen[T]{ctx: ctx, x: x, title: title, fetch: fetch, then: then, width: 80, height: 20})
}

func (c *clashScreen[T]) Init() tea.Cmd { return nil }

func (c *clashScreen[T]) Title() string { return c.title }

// Typing is true: q and ? must not act while the question is open.
func (c *clashScreen[T]) Typing() bool { return true }

func (c *clashScreen[T]) SetSize(w, h int) { c.width, c.height = w, h }

func (c *clashScreen[T]) KeyMap() help.KeyMap { return c.x.keyMap() }

func (c *clashScreen[T]) View() string { return c.x.View(c.width, c.height) }

func (c *clashScreen[T]) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case ChangedMsg, ResumeMsg:
		if now, err := c.fetch(); err == nil {
			c.x.refresh(slices.Values([]T{now}))
		}
	case tea.KeyPressMsg:
		return c, c.choose(msg)
	}
	return c, nil
}

func (c *clashScreen[T]) choose(msg tea.KeyPressMsg) tea.Cmd {
	x := c.x
	switch x.Update(msg) {
	case clashTheirs:
		theirs, _ := c.fetch()
		return tea.Batch(c.ctx.Pop(), Notify(c.ctx.T("conflict.kept.theirs")), c.then(clashTheirs, theirs))
	case clashEdit:
		return tea.Batch(c.ctx.Pop(), c.then(clashEdit, x.over()))
	case clashMine:
		var again *recordClash[T]
		stored, ok, cmd := x.saveOver(&again)
		switch {
		case again != nil: // changed once more: the question again, with that
			c.x = again
			return nil
		case !ok: // it failed: back to the form with mine, nothing lost
			return tea.Batch(c.ctx.Pop(), cmd, c.then(clashEdit, x.over()))
		}
		return tea.Batch(c.ctx.Pop(), cmd, c.then(clashMine, stored))
	}
	return nil
}

// sessionRecord is how a clash stores a session and puts it in words.
func sessionRecord(ctx *Context) *record[sessions.Session] {
	return &record[sessions.Session]{ctx: ctx,
		store: ctx.Store.UpdateSession,
		merge: sessions.MergeSession,
		lines: func(se sessions.Session) []string { return sessionLines(ctx, se) },
		ref:   func(se *sessions.Session) (*sessions.ID, *int64) { return &se.ID, &se.Version },
		intro: "conflict.session"}
}

// sessionLines is a session in words: its title, when and where, its
// status and approval, its purpose.
func sessionLines(ctx *Context, se sessions.Session) []string {
	head := []string{se.Title}
	for _, t := range []string{se.Date, se.Place, ctx.T(fmt.Sprintf("status.%d", se.Status))} {
		if t != "" {
			head = append(head, t)
		}
	}
	out := []string{strings.Join(head, " · ")}
	switch {
	case se.ApprovedOn != "" && se.ChangedOn != "":
		out = append(out, ctx.T("conflict.session.changed", se.ApprovedOn, se.ChangedOn))
	case se.ApprovedOn != "":
		out = append(out, ctx.T("conflict.session.approved", se.ApprovedOn))
	default:
		out = append(out, ctx.T("conflict.session.open"))
	}
	if se.Purpose != "" {
		out = append(out, se.Purpose)
	}
	return out
}

// werkgroepRecord is how a clash stores a werkgroep and puts it in
// words.
func werkgroepRecord(ctx *Context) *record[sessions.Werkgroep] {
	return &record[sessions.Werkgroep]{ctx: ctx,
		store: ctx.Store.UpdateWerkgroep,
		merge: sessions.MergeWerkgroep,
		lines: func(w sessions.Werkgroep) []string { return werkgroepLines(ctx, w) },
		ref:   func(w *sessions.Werkgroep) (*sessions.ID, *int64) { return &w.ID, &w.Version },
		intro: "conflict.werkgroep"}
}

// askOverWerkgroepForm opens x's question over a form of its werkgroep:
// keeping theirs or saving mine closes the form, going on with mine gives
// edit mine to put in it.
func askOverWerkgroepForm(ctx *Context, x *recordClash[sessions.Werkgroep], title string, edit func(sessions.Werkgroep) tea.Cmd) tea.Cmd {
	id := x.mine.ID
	return askOver(ctx, x, title, func() (sessions.Werkgroep, error) { return ctx.Store.Werkgroep(id) },
		func(c clashChoice, w sessions.Werkgroep) tea.Cmd {
			if c != clashEdit {
				return ctx.Pop()
			}
			return edit(w)
		})
}

// werkgroepLines is a werkgroep in words: name, theme and trekkers, its
// language and order, and the leidraad texts it has.
func werkgroepLines(ctx *Context, w sessions.Werkgroep) []string {
	head := []string{w.Name}
	for _, t := range []string{w.Theme, w.Trekkers} {
		if t != "" {
			head = append(head, t)
		}
	}
	order := w.Order
	if order == "" {
		order = sessions.SpokenOrder
	}
	out := []string{strings.Join(head, " · "), ctx.T("wgform.lang."+string(w.Lang)) + " · " + ctx.T("wgform.order."+string(order))}
	for _, l := range []struct{ key, text string }{{"leidraad.listen", w.Leidraad.Listen},
		{"leidraad.together", w.Leidraad.Together}, {"leidraad.role", w.Leidraad.Role}, {"leidraad.feedback", w.Leidraad.Feedback}} {
		if l.text != "" {
			out = append(out, ctx.T(l.key)+": "+l.text)
		}
	}
	return out
}
