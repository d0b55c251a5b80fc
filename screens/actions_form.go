package screens

import (
	"errors"
	"strings"

	"charm.land/huh/v2"

	"werkgroep/sessions"
)

// actionForm edits one action: what, who (any of the participants, and
// names typed for others), by when, status. The actions screen and the
// look-back share it.
type actionForm struct {
	*formHost
	action           sessions.Action
	what, other, due string
	owners           []sessions.ID // the participants chosen
	status           sessions.ActionStatus
}

// newActionForm edits a, starting from what (a.What, or a kept draft).
func newActionForm(c *Context, a sessions.Action, people []sessions.Participant, what string) *actionForm {
	f := &actionForm{action: a, what: what, due: a.Due, status: a.Status}
	var typed []string
	for _, o := range a.Owners {
		if o.ParticipantID != 0 {
			f.owners = append(f.owners, o.ParticipantID)
		} else if o.Name != "" {
			typed = append(typed, o.Name)
		}
	}
	f.other = strings.Join(typed, ", ")
	opts := make([]huh.Option[sessions.ID], 0, len(people))
	for _, p := range people {
		opts = append(opts, huh.NewOption(onScreen(c, p), p.ID))
	}
	statuses := make([]huh.Option[sessions.ActionStatus], 0, 3)
	for _, st := range []sessions.ActionStatus{sessions.ActionOpen, sessions.ActionDone, sessions.ActionDropped} {
		statuses = append(statuses, huh.NewOption(actionWord(c, st), st))
	}
	heading := c.T("actions.form.action.edit")
	if a.ID == 0 {
		heading = c.T("actions.form.action.new")
	}
	first := []huh.Field{
		huh.NewInput().Title(c.T("actions.field.what")).CharLimit(1000).Value(&f.what).
			Validate(requiredText(c.T("actions.error.what"))),
	}
	if len(opts) > 0 {
		// Value before Options: Options would otherwise overwrite the value.
		first = append(first, huh.NewMultiSelect[sessions.ID]().Title(c.T("actions.field.who")).
			Description(c.T("actions.field.who.many")).Value(&f.owners).Options(opts...).Height(min(len(opts), 6)+2))
	}
	f.formHost = newPagedForm(c,
		formPage{fields: first},
		formPage{fields: []huh.Field{
			huh.NewInput().Title(c.T("actions.field.other")).Description(c.T("actions.field.other.many")).
				CharLimit(300).Value(&f.other).Validate(typedOwnerCheck(c, people)),
		}},
		formPage{fields: []huh.Field{
			huh.NewInput().Title(c.T("actions.field.due")).Description(c.T("actions.field.due.hint")).
				CharLimit(10).Value(&f.due).Validate(dateCheck(c)),
			huh.NewSelect[sessions.ActionStatus]().Title(c.T("actions.field.status")).Value(&f.status).Options(statuses...),
		}},
	).titled(heading)
	return f
}

// typedNames are the names typed for owners outside the group, cleaned.
func typedNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = sessions.CleanLine(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// typedOwnerCheck asks, for a typed name that is a participant's, whether
// it is that person: typed, the name would print in full in the minutes
// even for someone who chose not to be named there.
func typedOwnerCheck(c *Context, people []sessions.Participant) func(string) error {
	return func(v string) error {
		for _, n := range typedNames(v) {
			for _, p := range people {
				if strings.EqualFold(n, p.ShownAs(sessions.FullName)) {
					return errors.New(c.T("actions.error.isparticipant", n))
				}
			}
		}
		return nil
	}
}

// result is the action as filled in, cleaned, with the date as YYYY-MM-DD.
func (f *actionForm) result(c *Context) sessions.Action {
	a := f.action
	a.What = sessions.CleanLine(f.what)
	a.Due, _ = normalDate(c, f.due)
	a.Status = f.status
	a.Owners = nil
	for _, id := range f.owners {
		a.Owners = append(a.Owners, sessions.Owner{ParticipantID: id})
	}
	for _, n := range typedNames(f.other) {
		a.Owners = append(a.Owners, sessions.Owner{Name: n})
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
