package screens

// Constructors of screens that are being written. Each line moves to its
// own file when that screen lands; this file is removed when it is empty.

import "werkgroep/sessions"

func NewWerkgroepForm(ctx *Context, w *sessions.Werkgroep) Screen          { return NewHome(ctx) }
func NewParticipants(ctx *Context, werkgroep, session sessions.ID) Screen  { return NewHome(ctx) }
func NewAgenda(ctx *Context, werkgroep, session sessions.ID) Screen        { return NewHome(ctx) }
func NewSessionDetails(ctx *Context, session sessions.ID) Screen           { return NewHome(ctx) }
func NewActions(ctx *Context, werkgroep, session sessions.ID) Screen       { return NewHome(ctx) }
func NewLookBack(ctx *Context, werkgroep, session sessions.ID) Screen      { return NewHome(ctx) }
func NewExport(ctx *Context, werkgroep sessions.ID, session int) Screen    { return NewHome(ctx) }
func NewWerkgroepScreen(ctx *Context, id sessions.ID) Screen               { return NewHome(ctx) }
func NewSessionScreen(ctx *Context, werkgroep, session sessions.ID) Screen { return NewHome(ctx) }
func resumeDraftPending(ctx *Context, d sessions.Draft)                    {}
