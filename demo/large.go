package demo

import (
	"fmt"
	"time"

	"werkgroep/sessions"
)

const (
	largeTheme    = "Een groot, verzonnen voorbeeld om het programma mee te meten: veertig deelnemers en ruim tienduizend bijdragen."
	largeTrekkers = "Marloes Dekker en Ahmed Ouali"

	largePeople        = 40
	largePerSession    = 2600 // contributions, so 10,400 in all
	largeActions       = 300
	largeDecisionsEach = 8
)

var largeMeetings = []struct{ date, place, approved string }{
	{"2026-09-08", "Buurthuis Het Anker, Amsterdam Nieuw-West", "2026-09-29"},
	{"2026-09-29", "Wijkcentrum De Kapel, Amsterdam-Oost", "2026-10-20"},
	{"2026-10-20", "Buurthuis De Vlonder, Amsterdam-Noord", "2026-11-10"},
	{"2026-11-10", "Buurthuis Het Anker, Amsterdam Nieuw-West", ""},
}

// planned is one contribution of the large demo, made before writing so
// that the number of writes is known for the progress report.
type planned struct {
	c sessions.Contribution
	o sessions.Outcome
}

// fillLarge writes a large, generated werkgroep for performance work.
func fillLarge(wr *writer) error {
	if err := wr.load(); err != nil {
		return err
	}
	var all []planned
	for i := range wr.sessions {
		all = append(all, wr.planSession(wr.sessions[i], largeMeetings[i].date)...)
	}
	outcomes := 0
	for _, p := range all {
		if p.o != sessions.OutcomeOpen {
			outcomes++
		}
	}
	wr.total = largePeople + len(wr.sessions)*largePeople + len(all) + outcomes +
		2*(largePeople+1)*dimensions + largeActions + len(wr.sessions)*largeDecisionsEach

	ids := make([]sessions.ID, largePeople)
	for i := range largePeople {
		p := sessions.Participant{WerkgroepID: wr.w.ID,
			Name:   firstNames[i] + " " + lastNames[(i*17)%len(lastNames)],
			Naming: sessions.Namings[i%4], About: about(wr)}
		p.Paragraph = sessions.MorePrivate(p.Naming, sessions.Namings[(i/4)%4])
		if err := wr.st.SaveParticipant(&p); err != nil {
			return err
		}
		ids[i] = p.ID
		wr.tick()
	}
	present := map[int][]sessions.ID{}
	for i := range wr.sessions {
		se := &wr.sessions[i]
		m := largeMeetings[i]
		if err := wr.holdSession(se, m.date, m.place, m.approved); err != nil {
			return err
		}
		for _, id := range ids {
			a := sessions.Present
			if i == 1 || i == 2 { // everyone comes to the schema sessions
				a = []sessions.Attendance{sessions.Present, sessions.Present, sessions.Present, sessions.Present,
					sessions.WithNotice, sessions.Absent, sessions.Unknown}[wr.rng.IntN(7)]
			}
			if err := wr.st.SetAttendance(se.ID, id, a); err != nil {
				return err
			}
			if a == sessions.Present {
				present[i] = append(present[i], id)
			}
			wr.tick()
		}
	}
	for _, p := range all {
		c := p.c
		idx := sessionIndex(wr.sessions, c.SessionID)
		// The planned speaker is a position among those present.
		if c.ParticipantID > 0 {
			c.ParticipantID = present[idx][int(c.ParticipantID-1)%len(present[idx])]
		}
		if err := wr.st.AddContribution(&c); err != nil {
			return err
		}
		wr.tick()
		if p.o != sessions.OutcomeOpen {
			if err := wr.st.SetOutcome(c.ID, p.o, outcomeNote(wr, p.o)); err != nil {
				return err
			}
			wr.tick()
		}
	}
	var before map[spot]sessions.Placement
	for _, se := range wr.sessions {
		if _, ok := stepOf(se, sessions.StepSchema); !ok {
			continue
		}
		out, err := wr.schemaRound(se.ID, ids, before, nil, nil)
		if err != nil {
			return fmt.Errorf("schema in session %d: %w", se.Number, err)
		}
		before = out
	}
	return wr.largeActions(ids)
}

// planSession plans a session's contributions, spread over its talking
// steps in proportion to their timeboxes, in time order.
func (wr *writer) planSession(se sessions.Session, date string) []planned {
	steps := talkSteps(se)
	var sum time.Duration
	for _, st := range steps {
		sum += st.Timebox
	}
	starts := stepStarts(se, evening(date))
	var out []planned
	for j, st := range steps {
		n := int(int64(largePerSession) * int64(st.Timebox) / int64(sum))
		if j == len(steps)-1 {
			n = largePerSession - len(out)
		}
		for k := range n {
			c := sessions.Contribution{SessionID: se.ID, StepID: st.ID,
				Created: starts[st.ID].Add(st.Timebox * time.Duration(k) / time.Duration(n))}
			c.Kind = []sessions.Kind{sessions.Inbreng, sessions.Inbreng, sessions.Inbreng, sessions.Overeenstemming,
				sessions.Verschil, sessions.Vraag, sessions.Vraag, sessions.Zorg, sessions.Idee, sessions.Idee}[wr.rng.IntN(10)]
			c.Text = sentence(wr, c.Kind)
			switch r := wr.rng.IntN(20); {
			case r < 3:
				c.ByGroup = true
			case r < 6: // nobody in particular
			default:
				c.ParticipantID = sessions.ID(1 + wr.rng.IntN(largePeople)) // resolved when written
			}
			o := []sessions.Outcome{sessions.OutcomeOpen, sessions.Adopted, sessions.Adopted, sessions.PartlyAdopted,
				sessions.NotAdopted}[wr.rng.IntN(5)]
			out = append(out, planned{c, o})
		}
	}
	return out
}

func sessionIndex(ss []sessions.Session, id sessions.ID) int {
	for i, se := range ss {
		if se.ID == id {
			return i
		}
	}
	return 0
}

// largeActions adds decisions per session and 300 actions: the older the
// session, the more of its actions are done or dropped.
func (wr *writer) largeActions(ids []sessions.ID) error {
	for _, se := range wr.sessions {
		for range largeDecisionsEach {
			if err := wr.st.SaveDecision(&sessions.Decision{SessionID: se.ID, Text: decisionText(wr)}); err != nil {
				return err
			}
			wr.tick()
		}
	}
	// Per session, out of 20: how many actions were dropped, and how many
	// more are done. The last session's actions are mostly still open.
	settled := [][2]int{{3, 16}, {3, 13}, {2, 8}, {1, 2}}
	for k := range largeActions {
		i := k * len(wr.sessions) / largeActions
		se := wr.sessions[i]
		d, _ := time.Parse("2006-01-02", se.Date)
		a := sessions.Action{SessionID: se.ID, What: actionText(wr),
			Due: d.AddDate(0, 0, 7*(1+wr.rng.IntN(8))).Format("2006-01-02")}
		switch r := wr.rng.IntN(20); {
		case r < settled[i][0]:
			a.Status = sessions.ActionDropped
		case r < settled[i][1]:
			a.Status = sessions.ActionDone
		default:
			a.Status = sessions.ActionOpen
		}
		switch r := wr.rng.IntN(10); {
		case r < 6:
			a.Owners = sessions.OwnedBy(ids[wr.rng.IntN(len(ids))])
		case r < 7: // two people together
			a.Owners = []sessions.Owner{{ParticipantID: ids[wr.rng.IntN(len(ids))]}, {ParticipantID: ids[wr.rng.IntN(len(ids))]}}
		default:
			a.Owners = []sessions.Owner{{Name: pickS(wr, otherOwners)}}
		}
		if err := wr.st.SaveAction(&a); err != nil {
			return err
		}
		wr.tick()
	}
	return nil
}
