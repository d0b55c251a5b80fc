package screens

import (
	"charm.land/huh/v2"

	"werkgroep/sessions"
)

// Who owns an action, as chosen in the form: a participant's ID, or one
// of these.
const (
	ownerNobody sessions.ID = 0
	ownerOther  sessions.ID = -1
)

// actionForm edits one action: what, who, by when, status. The actions
// screen and the look-back share it.
type actionForm struct {
	*formHost
	action           sessions.Action
	what, other, due string
	who              sessions.ID
	status           sessions.ActionStatus
}

// newActionForm edits a, starting from what (a.What, or a kept draft).
func newActionForm(c *Context, a sessions.Action, people []sessions.Participant, what string) *actionForm {
	f := &actionForm{action: a, what: what, other: a.OwnerText, due: a.Due, status: a.Status}
	opts := []huh.Option[sessions.ID]{huh.NewOption(c.T("actions.who.nobody"), ownerNobody)}
	for _, p := range people {
		opts = append(opts, huh.NewOption(sessions.CleanLine(p.Name), p.ID))
		if p.ID == a.OwnerID {
			f.who = p.ID
		}
	}
	opts = append(opts, huh.NewOption(c.T("actions.who.other"), ownerOther))
	if f.who == ownerNobody && a.OwnerText != "" {
		f.who = ownerOther
	}
	statuses := make([]huh.Option[sessions.ActionStatus], 0, 3)
	for _, st := range []sessions.ActionStatus{sessions.ActionOpen, sessions.ActionDone, sessions.ActionDropped} {
		statuses = append(statuses, huh.NewOption(actionWord(c, st), st))
	}
	heading := c.T("actions.form.action.edit")
	if a.ID == 0 {
		heading = c.T("actions.form.action.new")
	}
	// Value before Options: Options would otherwise overwrite the value
	// with the first option.
	f.formHost = newPagedForm(c,
		formPage{fields: []huh.Field{
			huh.NewInput().Title(c.T("actions.field.what")).CharLimit(1000).Value(&f.what).
				Validate(requiredText(c.T("actions.error.what"))),
			huh.NewSelect[sessions.ID]().Title(c.T("actions.field.who")).Value(&f.who).
				Options(opts...).Height(min(len(opts), 6) + 1),
		}},
		formPage{fields: []huh.Field{
			huh.NewInput().Title(c.T("actions.field.other")).CharLimit(200).Value(&f.other).
				Validate(requiredText(c.T("actions.error.other"))),
		}, hide: func() bool { return f.who != ownerOther }},
		formPage{fields: []huh.Field{
			huh.NewInput().Title(c.T("actions.field.due")).Description(c.T("actions.field.due.hint")).
				CharLimit(10).Value(&f.due).Validate(dateCheck(c)),
			huh.NewSelect[sessions.ActionStatus]().Title(c.T("actions.field.status")).Value(&f.status).Options(statuses...),
		}},
	).titled(heading)
	return f
}

// result is the action as filled in, cleaned, with the date as YYYY-MM-DD.
func (f *actionForm) result(c *Context) sessions.Action {
	a := f.action
	a.What = sessions.CleanLine(f.what)
	a.Due, _ = normalDate(c, f.due)
	a.Status = f.status
	a.OwnerID, a.OwnerText = 0, ""
	switch f.who {
	case ownerNobody:
	case ownerOther:
		a.OwnerText = sessions.CleanLine(f.other)
	default:
		a.OwnerID = f.who
	}
	return a
}

// decisionForm edits the text of one decision.
type decisionForm struct {
	*formHost
	decision sessions.Decision
	text     string
}

// newDecisionForm edits d, starting from text (d.Text, or a kept draft).
func newDecisionForm(c *Context, d sessions.Decision, text string) *decisionForm {
	f := &decisionForm{decision: d, text: text}
	heading := c.T("actions.form.decision.edit")
	if d.ID == 0 {
		heading = c.T("actions.form.decision.new")
	}
	f.formHost = newForm(c,
		huh.NewText().Title(c.T("actions.field.decision")).Description(c.T("actions.field.decision.hint")).
			CharLimit(4000).Lines(4).Value(&f.text).
			Validate(requiredText(c.T("actions.error.decision"))),
	).titled(heading)
	return f
}

func (f *decisionForm) result() sessions.Decision {
	d := f.decision
	d.Text = sessions.Clean(f.text)
	return d
}
