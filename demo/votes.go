package demo

import (
	"fmt"

	"werkgroep/sessions"
)

// demoOptions are the conditions session 4 voted on: typed ones, and ideas
// said earlier that evening (by their opening words).
var demoOptions = []struct{ text, said string }{
	{text: "Betaald werk, ook als het project stopt"},
	{said: "Zet in elk buurtteam een vaste plek"},
	{said: "Laat ervaringsdeskundigen meeschrijven"},
	{text: "Scholing en steun, zodat niemand overvraagd wordt"},
	{said: "Op microniveau werkt een tandem"},
}

// demoDots is where each person put their three dots, by option; Henk
// was there but did not vote. The first place is shared, and so is the
// third: the minutes must say so.
var demoDots = map[string][]int{
	"sanne":   {2, 0, 0, 1, 0},
	"youssef": {0, 2, 1, 0, 0},
	"ineke":   {1, 1, 0, 1, 0},
	"ricardo": {0, 3, 0, 0, 0},
	"fatma":   {0, 1, 0, 0, 2},
	"kees":    {0, 0, 3, 0, 0},
	"priya":   {0, 1, 1, 1, 0},
	"tom":     {1, 0, 0, 2, 0},
	"naima":   {3, 0, 0, 0, 0},
	"esther":  {1, 0, 0, 1, 1},
	"bart":    {0, 0, 0, 0, 3},
}

// smallVotes holds the vote of session 4's voting step.
func (wr *writer) smallVotes(_ []meeting, ids map[string]sessions.ID) error {
	se := wr.sessions[3]
	step, ok := stepOf(se, sessions.StepVoting)
	if !ok {
		return nil
	}
	said, err := wr.st.Contributions(se.ID)
	if err != nil {
		return err
	}
	opts := make([]sessions.VoteOption, len(demoOptions))
	for i, o := range demoOptions {
		opts[i] = sessions.VoteOption{StepID: step.ID, Text: o.text, Stickers: -1}
		if o.said != "" {
			id, err := saidStarting(said, o.said)
			if err != nil {
				return fmt.Errorf("option %d: %w", i+1, err)
			}
			for _, c := range said {
				if c.ID == id {
					opts[i].ContributionID, opts[i].Text = c.ID, c.Text
				}
			}
		}
		if err := wr.st.SaveVoteOption(&opts[i]); err != nil {
			return err
		}
	}
	for _, p := range people { // in the order of people: the same file for the same seed
		dots, ok := demoDots[p.key]
		if !ok {
			continue
		}
		for i, n := range dots {
			if n == 0 {
				continue
			}
			if err := wr.st.SetVote(sessions.Vote{OptionID: opts[i].ID, ParticipantID: ids[p.key], Dots: n}); err != nil {
				return err
			}
		}
	}
	return nil
}
