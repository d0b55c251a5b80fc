package export

import (
	"strconv"

	"werkgroep/sessions"
)

// Themes in the minutes: under a themes step, each theme as a heading
// with its contributions (named as each chose), then what was left
// outside. In the participatieparagraaf a contribution says the theme it
// was put in, so that an outcome can be read against its theme.

// themesMinutes is every themes step's themes and what it gathered.
type themesMinutes struct {
	themes   map[sessions.ID][]sessions.Theme        // by step
	gathered map[sessions.ID][]sessions.Contribution // by step, in agenda order
	inTheme  map[sessions.ID]string                  // contribution → its latest theme's name
}

func loadThemes(st sessions.Store, all []sessions.Session) (kindPart, error) {
	t := &themesMinutes{themes: map[sessions.ID][]sessions.Theme{}, gathered: map[sessions.ID][]sessions.Contribution{},
		inTheme: map[sessions.ID]string{}}
	said := map[sessions.ID][]sessions.Contribution{} // by session, read once
	for _, se := range all {
		for _, step := range se.Steps {
			if step.Kind != sessions.StepThemes {
				continue
			}
			ts, err := st.Themes(step.ID)
			if err != nil {
				return nil, err
			}
			sources, err := st.ThemeSources(step.ID)
			if err != nil {
				return nil, err
			}
			from := sources
			if len(from) == 0 {
				from = []sessions.ID{se.ID}
			}
			var cs []sessions.Contribution
			for _, id := range from {
				if _, ok := said[id]; !ok {
					if said[id], err = st.Contributions(id); err != nil {
						return nil, err
					}
				}
				cs = append(cs, said[id]...)
			}
			t.themes[step.ID] = ts
			t.gathered[step.ID] = sessions.ThemeCandidates(step, all, sources, cs)
			for _, th := range ts {
				for _, c := range th.Members {
					t.inTheme[c] = th.Name // sessions in order: the latest wins
				}
			}
		}
	}
	return t, nil
}

func (t *themesMinutes) stepPart(m *minutes, w *mdWriter, _ *sessionData, step sessions.Step) {
	ts := t.themes[step.ID]
	if len(ts) == 0 {
		return
	}
	w.heading(4, escapeHeading(m.t.T("themes.md.heading")))
	byID := map[sessions.ID]sessions.Contribution{}
	for _, c := range t.gathered[step.ID] {
		byID[c.ID] = c
	}
	placed := map[sessions.ID]bool{}
	for _, th := range ts {
		var items []string
		for _, id := range th.Members {
			placed[id] = true
			if c, ok := byID[id]; ok && len(m.text(c)) > 0 {
				items = append(items, m.item(c))
			}
		}
		w.heading(5, escapeHeading(oneLine(th.Name))+" ("+strconv.Itoa(len(items))+")")
		if len(items) == 0 {
			w.para(escapeLine(m.t.T("themes.md.empty")))
			continue
		}
		w.bullets(items)
	}
	var loose []string
	for _, c := range t.gathered[step.ID] {
		if !placed[c.ID] && len(m.text(c)) > 0 {
			loose = append(loose, m.item(c))
		}
	}
	w.heading(5, escapeHeading(m.t.T("themes.md.loose"))+" ("+strconv.Itoa(len(loose))+")")
	if len(loose) == 0 {
		w.para(escapeLine(m.t.T("themes.md.loose.none")))
		return
	}
	w.bullets(loose)
}

func (t *themesMinutes) sessionPart(*minutes, *mdWriter, *sessionData) {}

func (t *themesMinutes) files(*minutes) []File { return nil }

// paraNote names the theme a contribution was put in.
func (t *themesMinutes) paraNote(m *minutes, c sessions.Contribution) string {
	if name, ok := t.inTheme[c.ID]; ok {
		return m.t.T("themes.para.note", oneLine(name))
	}
	return ""
}
