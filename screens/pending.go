package screens

// Constructors other screens are being written for. Each moves to its own
// file when that screen lands; this file is removed when it is empty.

import "werkgroep/sessions"

func NewWerkgroepForm(ctx *Context, w *sessions.Werkgroep) Screen { return NewHome(ctx) }
func NewWerkgroepScreen(ctx *Context, id sessions.ID) Screen      { return NewHome(ctx) }
func resumeDraftPending(ctx *Context, d sessions.Draft)           {}
