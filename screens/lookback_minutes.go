package screens

import (
	"fmt"
	"strings"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// previousMinutes is what was recorded in session se, as plain readable
// text in the werkgroep's language: date and place, per step what was said
// with its kind, the decisions and the actions. Names appear only as each
// participant chose for the minutes.
func previousMinutes(st sessions.Store, werkgroep sessions.ID, se sessions.Session, people []sessions.Participant, all []sessions.Action) (string, error) {
	w, err := st.Werkgroep(werkgroep)
	if err != nil {
		return "", err
	}
	said, err := st.Contributions(se.ID)
	if err != nil {
		return "", err
	}
	decisions, err := st.Decisions(se.ID)
	if err != nil {
		return "", err
	}
	lc := i18n.For(string(w.Lang))
	names := map[sessions.ID]string{}
	for i, p := range people {
		if names[p.ID] = p.InMinutes(); names[p.ID] == "" {
			names[p.ID] = lc.T("unnamed", i+1)
		}
	}
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }

	line("%s: %s", lc.T("session.n", se.Number), se.Title)
	date := se.Date
	if date == "" {
		date = lc.T("lookback.minutes.nodate")
	}
	if se.Place != "" {
		line("%s · %s", lc.T("lookback.minutes.date", date), lc.T("lookback.minutes.place", se.Place))
	} else {
		line("%s", lc.T("lookback.minutes.date", date))
	}

	byStep := map[sessions.ID][]sessions.Contribution{}
	for _, c := range said {
		byStep[c.StepID] = append(byStep[c.StepID], c)
	}
	n := 0
	for _, step := range se.Steps {
		if step.Skipped && len(byStep[step.ID]) == 0 {
			continue
		}
		n++
		line("")
		if len(byStep[step.ID]) == 0 {
			line("%d. %s (%s)", n, step.Title, lc.T("lookback.minutes.nothing"))
			continue
		}
		line("%d. %s", n, step.Title)
		for _, c := range byStep[step.ID] {
			who := ""
			switch {
			case c.ByGroup:
				who = " (" + lc.T("group") + ")"
			case c.ParticipantID != 0 && names[c.ParticipantID] != "":
				who = " (" + names[c.ParticipantID] + ")"
			}
			line("   - %s: %s%s", lc.T(fmt.Sprintf("kind.%d", c.Kind)), indentMore(c.Text, "     "), who)
		}
	}

	line("")
	line("%s", lc.T("lookback.minutes.decisions"))
	if len(decisions) == 0 {
		line("   %s", lc.T("lookback.minutes.none"))
	}
	for _, d := range decisions {
		line("   - %s", indentMore(d.Text, "     "))
	}

	line("")
	line("%s", lc.T("lookback.minutes.actions"))
	count := 0
	for _, a := range all {
		if a.SessionID != se.ID {
			continue
		}
		count++
		who := ownersText(lc, a, names)
		parts := []string{strings.Join(strings.Fields(a.What), " "), who}
		if a.Due != "" {
			parts = append(parts, lc.T("actions.due", a.Due))
		}
		line("   - [%s] %s", lc.T(fmt.Sprintf("action.%d", a.Status)), strings.Join(parts, " · "))
	}
	if count == 0 {
		line("   %s", lc.T("lookback.minutes.none"))
	}
	return strings.TrimRight(b.String(), "\n"), nil
}

// indentMore indents the second and later lines of text, so that a
// contribution of several lines stays under its list item.
func indentMore(text, indent string) string {
	return strings.ReplaceAll(text, "\n", "\n"+indent)
}
