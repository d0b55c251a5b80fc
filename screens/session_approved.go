package screens

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Approved minutes stay approved: a change to what was said in a session
// whose minutes are approved (vastgesteld) asks first, by pressing the
// same key once more, and is then recorded as a change after approval, so
// that the minutes say "vastgesteld op …, gewijzigd op …" and the group
// can check it at its next meeting. The approval itself stays. Once
// asked, further changes in the same visit do not ask again. The change
// date is written after a change is stored (changed), not when it is
// asked for: a form that is cancelled changes nothing. Outcomes are
// not part of the minutes and never ask; nor does moving an action to its
// next status, which is how the next meetings follow it up. The session
// screen and the decisions-and-actions screen share the guard.

// approvalGuard is the state of that question.
type approvalGuard struct {
	asked, prev string // the key that asked, for this key press and the one before
	allowed     bool   // changes in this visit were confirmed
}

// next starts a key press: only the key right after the question confirms.
func (g *approvalGuard) next() { g.prev, g.asked = g.asked, "" }

// mayChange reports whether a change by key k may go ahead now; when it
// may not, the command says why and how to go on.
func (s *sessionState) mayChange(k tea.KeyPressMsg) (bool, tea.Cmd) {
	return s.guard.mayChange(s.ctx, &s.session, k)
}

// changed records, after a change to what was said was stored, that the
// approved minutes changed today; for minutes not approved it does nothing.
func (s *sessionState) changed() tea.Cmd { return markChanged(s.ctx, &s.session) }

// mayChange is the guard for a change by key k to session se.
func (g *approvalGuard) mayChange(ctx *Context, se *sessions.Session, k tea.KeyPressMsg) (bool, tea.Cmd) {
	if se.ApprovedOn == "" || g.allowed {
		return true, nil
	}
	if g.prev == k.String() {
		g.allowed = true
		return true, nil
	}
	g.asked = k.String()
	return false, Notify(ctx.T("approved.ask", se.ApprovedOn, k.String()))
}

// markChanged records today as the date the approved minutes of se last
// changed, on the session as stored now, so that no other change to it
// is undone.
func markChanged(ctx *Context, se *sessions.Session) tea.Cmd {
	today := ctx.Now().Format("2006-01-02")
	if se.ApprovedOn == "" || se.ChangedOn == today {
		return nil
	}
	if _, err := touchSession(ctx, se.ID, func(fresh *sessions.Session) bool {
		fresh.ChangedOn = today
		return true
	}); err != nil {
		return Fail(err)
	}
	se.ChangedOn = today
	return nil
}

// touchSession is for what the program records in a session by itself
// (the minutes changed after approval, a session that starts): change
// makes it on the session as stored now (false: nothing to do), which is
// saved, again on the newer one when another program saved in between.
func touchSession(ctx *Context, id sessions.ID, change func(*sessions.Session) bool) (se sessions.Session, err error) {
	for range 3 {
		if se, err = ctx.Store.Session(id); err != nil || !change(&se) {
			return se, err
		}
		if err = ctx.Store.UpdateSession(&se); !errors.Is(err, sessions.ErrChangedMeanwhile) {
			return se, err
		}
	}
	return se, err
}
