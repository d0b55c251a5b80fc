package export

import (
	"strconv"
	"strings"

	"werkgroep/sessions"
)

// Dot voting in the minutes: under a voting step, who could vote and how
// many did, the options ranked in a table (dots, people), ties as ties and
// never one winner where there is a tie; who voted for what only when the
// step says so, and then each as they chose to be named.

// votesMinutes is every voting step's options, dots and setting.
type votesMinutes struct {
	steps map[sessions.ID]voteStep
}

type voteStep struct {
	setting sessions.VoteSetting
	options []sessions.VoteOption
	votes   []sessions.Vote
	names   map[sessions.ID]string // theme → its name now
	phones  map[sessions.ID]bool   // the persons from phones (phones.go)
}

func loadVotes(st sessions.Store, all []sessions.Session) (kindPart, error) {
	v := &votesMinutes{steps: map[sessions.ID]voteStep{}}
	for _, se := range all {
		names := map[sessions.ID]string{}
		for _, step := range se.Steps {
			if step.Kind != sessions.StepThemes {
				continue
			}
			ts, err := st.Themes(step.ID)
			if err != nil {
				return nil, err
			}
			for _, t := range ts {
				names[t.ID] = t.Name
			}
		}
		for _, step := range se.Steps {
			if step.Kind != sessions.StepVoting {
				continue
			}
			vs := voteStep{names: names}
			var err error
			if vs.phones, err = phonePersons(st, se.ID); err != nil {
				return nil, err
			}
			if vs.setting, err = st.VoteSetting(step.ID); err != nil {
				return nil, err
			}
			if vs.options, err = st.VoteOptions(step.ID); err != nil {
				return nil, err
			}
			if vs.votes, err = st.Votes(step.ID); err != nil {
				return nil, err
			}
			v.steps[step.ID] = vs
		}
	}
	return v, nil
}

// label is what an option says: its theme's name now, or its own text.
func (vs voteStep) label(o sessions.VoteOption) string {
	if n, ok := vs.names[o.ThemeID]; ok && o.ThemeID != 0 {
		return n
	}
	return o.Text
}

func (v *votesMinutes) stepPart(m *minutes, w *mdWriter, sd *sessionData, step sessions.Step) {
	vs, ok := v.steps[step.ID]
	if !ok || len(vs.options) == 0 {
		return
	}
	t := m.t.T
	w.heading(4, escapeHeading(t("votes.md.heading")))
	voters := map[sessions.ID]bool{}
	for _, x := range vs.votes {
		voters[x.ParticipantID] = true
	}
	present := 0
	for _, a := range sd.attendance {
		if a == sessions.Present {
			present++
		}
	}
	lines := t("votes.md.each", vs.setting.Dots)
	if present > 0 {
		lines += " " + t("votes.md.voted.of", len(voters), present)
	} else {
		lines += " " + t("votes.md.voted", len(voters))
	}
	if _, n := fromPhones(voters, vs.phones); n > 0 {
		lines += " " + t("phones.md.votes", n)
	}
	if sessions.HasStickers(vs.options) {
		lines += " " + t("votes.md.stickers")
	}
	w.para(escapeLine(lines))
	results := sessions.Tally(vs.options, vs.votes)
	rows := make([][]string, len(results))
	var first []string
	for i, r := range results {
		rank := strconv.Itoa(r.Rank)
		if r.Tied {
			rank = t("votes.md.tied", r.Rank)
		}
		rows[i] = []string{escapeCell(rank), escapeCell(vs.label(r.Option)), strconv.Itoa(r.Dots), strconv.Itoa(r.People)}
		if r.Rank == 1 && r.Dots > 0 {
			// a full stop of its own would end the sentence twice
			first = append(first, t("votes.md.quote", strings.TrimRight(oneLine(vs.label(r.Option)), ".")))
		}
	}
	w.table([]string{escapeCell(t("votes.md.col.rank")), escapeCell(t("votes.md.col.option")),
		escapeCell(t("votes.md.col.dots")), escapeCell(t("votes.md.col.people"))}, rows)
	switch {
	case len(first) == 1:
		w.para(escapeLine(t("votes.md.most", first[0])))
	case len(first) > 1:
		w.para(escapeLine(t("votes.md.most.tied", m.join(first))))
	}
	if vs.setting.Names {
		v.whoPart(m, w, vs, results)
	}
}

// whoPart lists per option who put dots on it, each as they chose for the
// minutes; people who chose not to be named are counted, never named.
func (v *votesMinutes) whoPart(m *minutes, w *mdWriter, vs voteStep, results []sessions.Result) {
	var items []string
	for _, r := range results {
		var names []string
		unnamed := 0
		for _, p := range m.list {
			dots := 0
			for _, x := range vs.votes {
				if x.OptionID == r.Option.ID && x.ParticipantID == p.ID {
					dots = x.Dots
				}
			}
			if dots == 0 {
				continue
			}
			if n := p.InMinutes(); n != "" {
				names = append(names, n+" ("+strconv.Itoa(dots)+")")
			} else {
				unnamed++
			}
		}
		phones := 0 // phones whose name nobody confirmed
		for _, x := range vs.votes {
			if x.OptionID == r.Option.ID && sessions.IsPhonePerson(x.ParticipantID) {
				phones++
			}
		}
		switch {
		case unnamed == 1:
			names = append(names, m.t.T("md.unnamed.one"))
		case unnamed > 1:
			names = append(names, m.t.T("md.unnamed.many", unnamed))
		}
		if phones > 0 {
			names = append(names, m.t.T("phones.md.anon", phones))
		}
		if len(names) > 0 {
			items = append(items, escapeLine(oneLine(vs.label(r.Option))+": "+m.join(names)))
		}
	}
	if len(items) > 0 {
		w.heading(5, escapeHeading(m.t.T("votes.md.who")))
		w.bullets(items)
	}
}

func (v *votesMinutes) sessionPart(*minutes, *mdWriter, *sessionData) {}

func (v *votesMinutes) files(*minutes) []File { return nil }

func (v *votesMinutes) paraNote(*minutes, sessions.Contribution) string { return "" }
