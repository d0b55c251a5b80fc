package export

import "werkgroep/sessions"

// Answers from phones in the minutes (issue 17): they count like any
// other placement or vote, and the minutes add how many of the people
// came from phones. A phone's answers carry a name only once the
// note-taker confirmed who it is; then the participant's own naming
// choice applies, as for anyone.

// phonePersons are the persons of session whose answers came from a
// phone: each phone's own number (anonymous) and, for a confirmed phone,
// its participant's. Empty for a store without phones.
func phonePersons(st sessions.Store, session sessions.ID) (map[sessions.ID]bool, error) {
	out := map[sessions.ID]bool{}
	ps, ok := st.(sessions.PhoneStore)
	if !ok {
		return out, nil
	}
	phones, err := ps.Phones(session)
	if err != nil {
		return nil, err
	}
	for _, p := range phones {
		out[sessions.PhonePerson(p.ID)] = true
		if p.Confirmed && p.Claimed != 0 {
			out[p.Claimed] = true
		}
	}
	return out, nil
}

// fromPhones counts the persons of ids, and of them those from a phone.
func fromPhones(ids map[sessions.ID]bool, phone map[sessions.ID]bool) (all, phones int) {
	for id := range ids {
		if id == 0 {
			continue // the group's own placement
		}
		all++
		if phone[id] || sessions.IsPhonePerson(id) {
			phones++
		}
	}
	return all, phones
}

// schemaPersons are the persons with a placement in f.
func schemaPersons(f sessions.SchemaFigures) map[sessions.ID]bool {
	out := map[sessions.ID]bool{}
	for _, d := range f.Dimensions {
		for _, p := range d.People {
			if p.Now != 0 || p.Wish != 0 {
				out[p.ParticipantID] = true
			}
		}
	}
	return out
}
