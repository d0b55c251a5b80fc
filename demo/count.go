package demo

import "werkgroep/sessions"

// Counts is how much a werkgroep holds, to tell the user what was made.
type Counts struct {
	Sessions      int
	Participants  int
	Contributions int
	Outcomes      int // contributions whose outcome is no longer open
	Decisions     int
	Actions       int
	Placements    int
}

// Count reads how much the werkgroep id holds.
func Count(st sessions.Store, id sessions.ID) (Counts, error) {
	var n Counts
	ss, err := st.Sessions(id)
	if err != nil {
		return n, err
	}
	n.Sessions = len(ss)
	ps, err := st.Participants(id)
	if err != nil {
		return n, err
	}
	n.Participants = len(ps)
	cs, err := st.WerkgroepContributions(id)
	if err != nil {
		return n, err
	}
	n.Contributions = len(cs)
	for _, c := range cs {
		if c.Outcome != sessions.OutcomeOpen {
			n.Outcomes++
		}
	}
	as, err := st.Actions(id)
	if err != nil {
		return n, err
	}
	n.Actions = len(as)
	for _, se := range ss {
		ds, err := st.Decisions(se.ID)
		if err != nil {
			return n, err
		}
		pl, err := st.Placements(se.ID)
		if err != nil {
			return n, err
		}
		n.Decisions += len(ds)
		n.Placements += len(pl)
	}
	return n, nil
}
