package sessions

// Theme is a named group of contributions, made in a themes step
// (StepThemes) from what was said in earlier steps: the group's way of
// bringing many views together.
type Theme struct {
	ID       ID
	StepID   ID
	Name     string
	Position int  // 1-based, in the order the themes were made
	Members  []ID // contributions, in the order they were put in
}

// Has reports whether contribution c is in the theme.
func (t Theme) Has(c ID) bool {
	for _, m := range t.Members {
		if m == c {
			return true
		}
	}
	return false
}

// ThemeOf is the theme of ts that holds contribution c, if any.
func ThemeOf(ts []Theme, c ID) (Theme, bool) {
	for _, t := range ts {
		if t.Has(c) {
			return t, true
		}
	}
	return Theme{}, false
}

// ThemeCandidates are the contributions a themes step gathers: those said
// in the given sessions (the step's own when sources is empty), before the
// step when it is in the same session, in agenda order. all holds every
// session of the werkgroep with its steps; said is every contribution.
func ThemeCandidates(step Step, all []Session, sources []ID, said []Contribution) []Contribution {
	if len(sources) == 0 {
		sources = []ID{step.SessionID}
	}
	from := map[ID]bool{}
	for _, id := range sources {
		from[id] = true
	}
	// the steps whose words count, in agenda order
	var order []ID
	for _, se := range all {
		if !from[se.ID] {
			continue
		}
		for _, st := range se.Steps {
			if st.SessionID == step.SessionID && st.Position >= step.Position {
				break // only what was said before the themes step
			}
			if st.Kind == StepBreak || st.ID == step.ID {
				continue
			}
			order = append(order, st.ID)
		}
	}
	byStep := map[ID][]Contribution{}
	for _, c := range said {
		byStep[c.StepID] = append(byStep[c.StepID], c)
	}
	var out []Contribution
	for _, id := range order {
		out = append(out, byStep[id]...)
	}
	return out
}
