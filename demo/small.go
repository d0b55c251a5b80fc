package demo

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"werkgroep/sessions"
)

// fillSmall writes the scripted werkgroep: people, four held sessions with
// what was said, decisions, actions, outcomes and two schema rounds.
func fillSmall(wr *writer) error {
	if err := wr.load(); err != nil {
		return err
	}
	ids := map[string]sessions.ID{}
	for _, p := range people {
		pp := sessions.Participant{WerkgroepID: wr.w.ID, Name: p.name, Naming: p.naming, Paragraph: p.paragraph, About: p.about}
		if on, ok := namingChanged[p.key]; ok {
			pp.NamingOn = evening(on)
		}
		if err := wr.st.SaveParticipant(&pp); err != nil {
			return err
		}
		ids[p.key] = pp.ID
	}
	meetings := script()
	for i, m := range meetings {
		if err := wr.holdMeeting(&wr.sessions[i], m, ids); err != nil {
			return fmt.Errorf("session %d: %w", i+1, err)
		}
	}
	for _, fill := range smallKinds {
		if err := fill(wr, meetings, ids); err != nil {
			return err
		}
	}
	return nil
}

func (wr *writer) holdMeeting(se *sessions.Session, m meeting, ids map[string]sessions.ID) error {
	if err := wr.holdSession(se, m.date, m.place, m.approved); err != nil {
		return err
	}
	if len(m.attendance) != len(people) {
		return fmt.Errorf("attendance has %d letters for %d people", len(m.attendance), len(people))
	}
	for i, p := range people {
		if a := attendanceOf(m.attendance[i]); a != sessions.Unknown {
			if err := wr.st.SetAttendance(se.ID, ids[p.key], a); err != nil {
				return err
			}
		}
	}
	steps := talkSteps(*se)
	if len(steps) != len(m.steps) {
		return fmt.Errorf("the script has %d blocks for %d steps", len(m.steps), len(steps))
	}
	starts := stepStarts(*se, evening(m.date))
	for j, block := range m.steps {
		st := steps[j]
		gap := st.Timebox / time.Duration(len(block)+1)
		for k, s := range block {
			c := sessions.Contribution{SessionID: se.ID, StepID: st.ID, Kind: s.kind, Text: s.text,
				Created: starts[st.ID].Add(gap * time.Duration(k+1))}
			if s.out.shared {
				c.Sharing = sessions.Shared
			}
			switch s.who {
			case group:
				c.ByGroup = true
			case "":
			default:
				id, ok := ids[s.who]
				if !ok {
					return fmt.Errorf("nobody is called %q", s.who)
				}
				c.ParticipantID = id
			}
			if err := wr.st.AddContribution(&c); err != nil {
				return err
			}
			if err := wr.setOutcome(c.ID, s.out); err != nil {
				return err
			}
		}
	}
	for _, d := range m.decisions {
		if err := wr.st.SaveDecision(&sessions.Decision{SessionID: se.ID, Text: d}); err != nil {
			return err
		}
	}
	for _, t := range m.actions {
		a := sessions.Action{SessionID: se.ID, What: t.what, Due: t.due, Status: t.status}
		for _, key := range strings.Split(t.owner, "+") {
			if id, ok := ids[key]; ok {
				a.Owners = append(a.Owners, sessions.Owner{ParticipantID: id})
			} else {
				a.Owners = append(a.Owners, sessions.Owner{Name: key})
			}
		}
		if err := wr.st.SaveAction(&a); err != nil {
			return err
		}
	}
	return nil
}

func (wr *writer) setOutcome(id sessions.ID, r result) error {
	if r.earlier != nil {
		if err := wr.setOutcome(id, *r.earlier); err != nil {
			return err
		}
	}
	if r.outcome == sessions.OutcomeOpen {
		return nil
	}
	return wr.st.SetOutcome(id, r.outcome, r.note)
}

// placed is a placement the script fixes; now or wish -1 keeps what was
// drawn, 0 is "not placed".
type placed struct {
	now, wish int
	example   string
}

const keep = -1

// marks are the placements people talk about in the script, by session
// number, person (group for the group) and dimension; built when a demo
// is made, not when the program starts.
var marks = sync.OnceValue(func() map[int]map[string]map[int]placed {
	return map[int]map[string]map[int]placed{
		1: {
			"sanne":   {1: {keep, keep, "Bij ons heet je 'multiprobleemgezin' voordat iemand je naam weet."}},
			"fatma":   {2: {3, 6, ""}, 4: {2, keep, "Alles moet in cijfers, ook als het gesprek het belangrijkste was."}},
			"youssef": {4: {5, 5, "Wij meten ook om te leren, niet alleen om te controleren."}},
			"ineke": {1: {0, 0, "Ik vind het lastig om mezelf in een getal te zetten."},
				2: {0, 0, ""}, 3: {0, 0, ""}, 4: {0, 0, ""}, 5: {0, 0, ""}},
			"kees": {1: {1, 7, ""}, 2: {1, 7, ""}, 3: {1, 7, ""}, 4: {1, 7, ""},
				5: {1, 7, "Nu en wens liggen ver uit elkaar. Zo voelt het ook."}},
			"bart":    {5: {keep, keep, "De ambtenaar zit op kantoor en bedenkt wat de buurt nodig heeft."}},
			"priya":   {3: {keep, 3, "Zonder onderzoek krijg ik een voorstel niet langs de directie."}},
			"ricardo": {2: {keep, 0, "Waar ik heen wil, weet ik nog niet."}},
			"henk":    {4: {0, 0, ""}},
			group:     {3: {keep, keep, "Hierover verschillen we: bewijs kan helpen, en bewijs kan mensen buitensluiten."}},
		},
		4: {
			"fatma":   {2: {5, 6, "In ons team vragen we nu eerst wat iemand wél kan."}},
			"youssef": {4: {4, 5, "Ik zie nu beter hoeveel we tellen."}},
			"ineke":   {1: {keep, keep, "Het gesprek zegt meer dan het getal, maar ik doe mee."}},
			"kees":    {1: {2, 7, ""}, 2: {2, 7, ""}, 3: {1, 7, ""}, 4: {2, 7, ""}, 5: {2, 7, ""}},
			"henk":    {5: {keep, keep, "In deze kamer is er iets veranderd, in de praktijk nog niet."}},
			"priya":   {3: {keep, 3, ""}},
			"esther":  {3: {0, 0, "Hier weet ik echt niet waar ik sta."}},
			group:     {4: {keep, keep, "Meetbaarheid blijft een grote spanning."}},
		},
	}
})

// smallSchema places everyone who was there in the two schema sessions.
func (wr *writer) smallSchema(meetings []meeting, ids map[string]sessions.ID) error {
	keyOf := map[sessions.ID]string{0: group}
	for k, id := range ids {
		keyOf[id] = k
	}
	fixer := func(number int) func(*sessions.Placement) {
		return func(p *sessions.Placement) {
			m, ok := marks()[number][keyOf[p.ParticipantID]][p.Dimension]
			if !ok {
				return
			}
			if m.now != keep {
				p.Now = m.now
			}
			if m.wish != keep {
				p.Wish = m.wish
			}
			p.Example = m.example
		}
	}
	var before map[spot]sessions.Placement
	for i, se := range wr.sessions {
		if _, ok := stepOf(se, sessions.StepSchema); !ok {
			continue
		}
		var who []sessions.ID
		for j, p := range people {
			if attendanceOf(meetings[i].attendance[j]) == sessions.Present {
				who = append(who, ids[p.key])
			}
		}
		still := map[sessions.ID]bool{ids["henk"]: true}
		out, err := wr.schemaRound(se.ID, who, before, still, fixer(se.Number))
		if err != nil {
			return fmt.Errorf("schema in session %d: %w", se.Number, err)
		}
		before = out
	}
	return nil
}
