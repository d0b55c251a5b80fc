package demo

import "werkgroep/sessions"

// meeting is what happened in one session of the small demo.
type meeting struct {
	date     string // YYYY-MM-DD
	place    string
	approved string // when its minutes were approved; empty when not yet
	// attendance has one letter per person, in the order of people
	// (see attendanceOf).
	attendance string
	// steps holds what was said, one block per step that is not a break,
	// in agenda order.
	steps     [][]said
	decisions []string
	actions   []todo
}

// said is one contribution as the note-taker typed it.
type said struct {
	who  string // a person's key, group for "de groep", or "" for nobody in particular
	kind sessions.Kind
	text string
	out  result
}

const group = "groep"

// result is what was done with a contribution; the zero value is "still
// open". earlier, when set, was recorded first, so that the history shows
// a change of mind.
type result struct {
	outcome sessions.Outcome
	note    string
	earlier *result
	// shared opens up a remark in a check-in or check-out (for the group
	// only by default) because it became input: it changed the way of
	// working or asked for something that was done.
	shared bool
}

func adopted(where string) result  { return result{outcome: sessions.Adopted, note: where} }
func partly(whatWhy string) result { return result{outcome: sessions.PartlyAdopted, note: whatWhy} }
func notTaken(why string) result   { return result{outcome: sessions.NotAdopted, note: why} }
func opened(r result) result       { r.shared = true; return r }
func revised(first, then result) result {
	then.earlier = &first
	return then
}

// todo is an action agreed in a session. owner is a person's key, or free
// text for someone outside the group ("gemeente", "ANE-bureau"); several
// owners are joined with "+" ("priya+fatma").
type todo struct {
	what   string
	owner  string
	due    string
	status sessions.ActionStatus
}

// Shorthands keep the script readable.
const (
	inbreng  = sessions.Inbreng
	eens     = sessions.Overeenstemming
	verschil = sessions.Verschil
	vraag    = sessions.Vraag
	zorg     = sessions.Zorg
	idee     = sessions.Idee

	open    = sessions.ActionOpen
	done    = sessions.ActionDone
	dropped = sessions.ActionDropped
)

// script is the whole small demo, session by session.
func script() []meeting {
	return []meeting{meeting1(), meeting2(), meeting3(), meeting4()}
}
