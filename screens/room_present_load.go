package screens

import "werkgroep/sessions"

// read fills in what is said at step, and the group picture when the
// step is a tension-schema step or the lead shows the schema; on a themes
// or voting step, its themes or results.
func (pic *roomPicture) read(st sessions.Store, c *Context, step sessions.Step) error {
	people, err := st.Participants(pic.session.WerkgroepID)
	if err != nil {
		return err
	}
	names := make(map[sessions.ID]string, len(people))
	for _, p := range people {
		names[p.ID] = p.InMinutes() // empty for who chose not to be named
	}
	said, err := st.StepContributions(step.ID)
	if err != nil {
		return err
	}
	for _, x := range said {
		who := names[x.ParticipantID]
		if x.ParticipantID == 0 && x.Phone != 0 {
			who = c.T("phones.via")
		}
		if x.ByGroup {
			who = c.T("group")
		}
		pic.said = append(pic.said, roomLine{text: x.Text, who: who})
	}
	showSchema := step.Kind == sessions.StepSchema || pic.lead.Projector == sessions.ProjectSchema
	switch {
	case !showSchema && step.Kind == sessions.StepThemes:
		d, err := loadThemes(st, pic.session.WerkgroepID, pic.session.ID, step.ID)
		pic.themes = &d
		return err
	case !showSchema && step.Kind == sessions.StepVoting:
		d, err := loadVotes(c, pic.session.WerkgroepID, pic.session.ID, step.ID)
		pic.votes = &d
		return err
	case !showSchema:
		return nil
	}
	ps, err := st.Placements(pic.session.ID)
	if err != nil {
		return err
	}
	sc, err := st.Stickers(pic.session.ID)
	if err != nil {
		return err
	}
	f := sessions.Figures(pic.session.ID, ps, sc)
	pic.schema = &f
	return nil
}
