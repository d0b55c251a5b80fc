//go:build unix

package reliability

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestSoakFollowing is the room soak with following on, as it is by
// default (issue 15 points 4 and 5): ten real programs on one file, one
// the facilitator's, which moves through the session's steps now and
// then (forward and back, to a tension schema, themes and voting too, and
// sometimes opens that kind's own screen and leaves it again), and nine
// note-takers' that follow it while they type at random as in
// TestSoakTenPrograms: entries, entries in two goes, text wiped again,
// and edits of their own entries (with the next entry half typed, as
// the list alone does not hold the program). Besides what that soak
// checks:
//
//   - a note-taker's program stores each entry in the step it was typed
//     in (the step of every entry is checked in the file);
//   - it never moves while its input holds text or it edits an entry,
//     also when the edited text is wiped (held), and then says where the
//     lead is ("De trekker is bij stap N. Na opslaan of wissen ga je
//     mee."); once the input is empty it goes to the lead's step;
//   - the facilitator's program keeps the lead: none of the others takes
//     it by following;
//   - when the lead stops moving and the others stop typing, each is at
//     the lead's step, says it follows, and takes an entry there.
//
// A note-taker types only into the capture screen; on any other it waits
// until the capture screen is back, as a person would. It waits for what
// the screen shows (never for a line to be gone: a frame half drawn lacks
// lines), never for a time, except its random pauses; an Enter
// after which the program follows the lead away at once counts as stored
// (the list it showed it in is gone), and the file must hold it at the
// step it was typed in.
//
// WERKGROEP_SOAK and WERKGROEP_SOAK_SEED as for TestSoakTenPrograms.
func TestSoakFollowing(t *testing.T) {
	length, seed := soakLength(t)
	f := newFixture(t)
	steps := roomAgenda(t, f)
	t.Logf("seed %d, %v, a facilitator and nine note-takers following it, %d steps", seed, length, len(steps))

	room := &soakRoom{}
	const programs = 10
	soakers := make([]*soaker, programs)
	for i := range soakers {
		soakers[i] = newSoaker(t, f, i+1, seed, steps)
		soakers[i].room = room
		soakers[i].stepOf = map[string]sessions.ID{}
	}
	lead, takers := soakers[0], soakers[1:]
	lead.leads = true
	openSession(t, lead.tm, 0)
	for _, s := range takers {
		openSession(t, s.tm, 0)
		s.tm.waitForText(nl.T("room.lead.with", 1), 10*time.Second) // it joined the lead, did not take the lead
	}

	begin := time.Now()
	end := begin.Add(length)
	var wg sync.WaitGroup
	wg.Go(func() { lead.leadRun(end) })
	for _, s := range takers {
		wg.Go(func() { s.followRun(end) })
	}
	wg.Wait()
	took := time.Since(begin)

	// The lead has stopped, the others have stopped typing: each goes to
	// the lead's step, says it follows, and takes an entry there.
	final := int(room.at.Load())
	for _, s := range takers {
		if s.failed == "" {
			wg.Go(func() { s.settle(final) })
		}
	}
	wg.Wait()
	if lead.failed == "" && !lead.until(func(sc string) bool { return strings.Contains(sc, lead.header(final)) }) {
		lead.failed = "the facilitator's program left the lead's step: " + lead.failed
	}
	stuck(t, soakers)
	quitAll(t, soakers)

	stored, waits := checkSoaked(t, f, soakers)
	at := entrySteps(t, f.path, f.sessions[0].ID)
	name := map[sessions.ID]string{}
	for i, st := range steps {
		name[st.ID] = fmt.Sprintf("step %d (%s)", i+1, st.Kind)
	}
	wrong := 0
	var fc followCounts
	for _, s := range takers {
		for text, want := range s.stepOf {
			if got, ok := at[text]; ok && got != want {
				if wrong++; wrong <= 10 {
					t.Errorf("%q was typed at %s and is in the file at %s", text, name[want], name[got])
				}
			}
		}
		fc.add(s.follow)
	}
	if wrong > 0 {
		t.Errorf("%d entries are in the file at another step than the one they were typed in", wrong)
	}
	wiped := 0
	for _, s := range takers {
		wiped += len(s.wiped)
	}
	t.Logf("%d programs for %v: %d entries stored (%.1f a second; %d of them followed the lead away right after enter), %d half-typed texts wiped, %d edits (%d given up: the entry out of sight, or the program followed the lead before the first key)",
		programs, took.Round(time.Second), stored, float64(stored)/took.Seconds(), fc.away, wiped, fc.edits, fc.givenUp)
	t.Logf("the lead: %d step moves, %d times a kind's own screen opened; the others: held %d times while the lead was elsewhere and said so, followed to the lead's step %d times when checked",
		lead.moves, lead.follow.opened, fc.behind, fc.checks)
	logWaits(t, waits)
}

// roomAgenda gives the fixture's first session a themes and a voting step
// before its closing one, so that the lead also moves to those kinds (it
// has a tension schema already), and returns its steps.
func roomAgenda(t *testing.T, f fixture) []sessions.Step {
	t.Helper()
	st, err := store.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	se := f.sessions[0]
	closing := se.Steps[len(se.Steps)-1].Position
	for i, s := range []sessions.Step{
		{Kind: sessions.StepThemes, Title: "Thema's uit wat we zeiden", Prompt: "Welke thema's horen we?"},
		{Kind: sessions.StepVoting, Title: "Wat vinden we het belangrijkst?", Prompt: "Zet je stemmen."},
	} {
		s.SessionID, s.Position = se.ID, closing+i
		if err := st.AddStep(&s); err != nil {
			t.Fatal(err)
		}
	}
	if se, err = st.Session(se.ID); err != nil {
		t.Fatal(err)
	}
	return se.Steps
}

// entrySteps is the step of each contribution in a session, by its text.
func entrySteps(t *testing.T, path string, session sessions.ID) map[string]sessions.ID {
	t.Helper()
	db := readOnly(t, path)
	defer db.Close()
	rows, err := db.Query(`SELECT text, step_id FROM contribution WHERE session_id = ?`, session)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]sessions.ID{}
	for rows.Next() {
		var s string
		var id sessions.ID
		if err := rows.Scan(&s, &id); err != nil {
			t.Fatal(err)
		}
		out[s] = id
	}
	return out
}

// soakRoom is what the note-takers know of the lead.
type soakRoom struct {
	at atomic.Int32 // the lead's step (from 0), as its own screen last showed it
}

// followCounts is what a program did with following on.
type followCounts struct {
	away    int // entries after whose enter it followed the lead away at once
	edits   int // own entries edited
	givenUp int // edits given up because it followed the lead first
	behind  int // held while the lead was elsewhere, and said so
	checks  int // went to the lead's step with an empty input
	opened  int // the lead: a kind's own screen opened and left
}

func (c *followCounts) add(o followCounts) {
	c.away += o.away
	c.edits += o.edits
	c.givenUp += o.givenUp
	c.behind += o.behind
	c.checks += o.checks
	c.opened += o.opened
}

// breaks is the rule of following that screen breaks, if any: the
// facilitator's program must keep the lead (it never says where another
// lead is); a note-taker's must not show another step than the one it
// holds text for (or edits) while that text is in its input.
func (s *soaker) breaks(screen string) string {
	switch {
	case s.room == nil:
	case s.leads:
		for _, k := range []string{"room.lead.with", "room.lead.at", "room.lead.other"} {
			if strings.Contains(screen, say(k)) {
				return "the facilitator's program no longer leads"
			}
		}
	case s.held >= 0:
		j := s.otherStep(screen, s.held)
		switch {
		case j < 0:
		case s.holdText == "":
			return fmt.Sprintf("it moved to step %d while it edited an entry of step %d, its text wiped", j+1, s.held+1)
		case shows(screen, s.holdText):
			return fmt.Sprintf("it moved to step %d while it held %q, typed at step %d", j+1, s.holdText, s.held+1)
		}
	}
	return ""
}

// stepShown is the step whose heading screen shows, or -1.
func (s *soaker) stepShown(screen string) int {
	return s.otherStep(screen, -1)
}

// otherStep is a step other than not whose heading screen shows, or -1.
func (s *soaker) otherStep(screen string, not int) int {
	for i := range s.steps {
		if i != not && strings.Contains(screen, s.header(i)) {
			return i
		}
	}
	return -1
}

// typing reports whether screen is the session's capture screen with the
// keys in the input, not editing.
func (s *soaker) typing(screen string) bool {
	_, ok := typed(screen)
	return ok && s.stepShown(screen) >= 0
}

// pause waits d, checking the screen all along.
func (s *soaker) pause(d time.Duration) bool {
	until := time.Now().Add(d)
	return s.until(func(string) bool { return !time.Now().Before(until) })
}

func (s *soaker) ms(n int) time.Duration { return time.Duration(s.rnd.IntN(n)) * time.Millisecond }

// leadRun is the facilitator: now and then a step forward or back, and
// at a schema, themes or voting step sometimes that kind's own screen,
// left again with esc.
func (s *soaker) leadRun(end time.Time) {
	at := 0
	for s.failed == "" && time.Now().Before(end) {
		if !s.pause(500*time.Millisecond + s.ms(4500)) {
			return
		}
		next, key := at+1, keyCtrlN
		if at == len(s.steps)-1 || at > 0 && s.rnd.IntN(5) < 2 {
			next, key = at-1, keyCtrlP
		}
		s.tm.pty.Write([]byte(key))
		if !s.until(func(sc string) bool { return s.typing(sc) && strings.Contains(sc, s.header(next)) }) {
			return
		}
		at = next
		s.room.at.Store(int32(at))
		s.moves++
		switch s.steps[at].Kind {
		case sessions.StepSchema, sessions.StepThemes, sessions.StepVoting:
			if s.rnd.IntN(3) == 0 && !s.openKind(at) {
				return
			}
		}
	}
}

// openKind opens the step's own screen (enter on an empty input), stays
// a moment and goes back with esc.
func (s *soaker) openKind(at int) bool {
	s.tm.pty.Write([]byte(keyEnter))
	title := "werkgroep · " + nl.T("stepkind."+string(s.steps[at].Kind))
	if !s.until(func(sc string) bool { return strings.HasPrefix(sc, title) }) || !s.pause(300*time.Millisecond+s.ms(2000)) {
		return false
	}
	s.tm.pty.Write([]byte(keyEsc))
	if !s.until(func(sc string) bool { return s.typing(sc) && strings.Contains(sc, s.header(at)) }) {
		return false
	}
	s.follow.opened++
	return true
}

// followRun is a note-taker: random things, each on the capture screen,
// until end or the first failure.
func (s *soaker) followRun(end time.Time) {
	for s.failed == "" && time.Now().Before(end) {
		if !s.until(s.typing) {
			return
		}
		switch r := s.rnd.IntN(100); {
		case r < 62:
			s.storeHere()
		case r < 74:
			s.wipeHere()
		case r < 84:
			s.edit()
		case r < 92:
			s.followLead()
		default:
			s.pause(s.ms(1500))
		}
		s.pause(s.ms(300))
	}
}

// typeHeld types text into the input, and returns the step it shows
// there; from then on the program holds it: it must not move.
func (s *soaker) typeHeld(text string) (int, bool) {
	s.tm.pty.Write([]byte(text))
	at := -1
	ok := s.until(func(sc string) bool {
		if in, ok := typed(sc); !ok || squeeze(in) != squeeze(text) {
			return false
		}
		if at = s.stepShown(sc); at < 0 {
			return false
		}
		s.held, s.holdText = at, text
		return true
	})
	return at, ok
}

// storeHere types an entry, sometimes in two goes with a pause between,
// and stores it: it must show in the list of the step it was typed in,
// or the program must follow the lead away at once (its input empty).
func (s *soaker) storeHere() {
	defer func() { s.held = -1 }()
	text := s.text()
	first := text
	if cut := strings.IndexByte(text, ' '); cut > 0 && s.rnd.IntN(4) == 0 {
		first = text[:cut]
	}
	at, ok := s.typeHeld(first)
	if !ok {
		return
	}
	if first != text {
		if !s.pause(400*time.Millisecond+s.ms(800)) || !s.typeMore(first, text) {
			return
		}
	}
	if s.rnd.IntN(3) == 0 && !s.sayBehind(at) {
		return
	}
	s.enter(text, at)
}

// typeMore types the rest of text into the input, which holds its start.
func (s *soaker) typeMore(start, text string) bool {
	s.tm.pty.Write([]byte(text[len(start):]))
	s.holdText = text
	return s.until(func(sc string) bool { in, ok := typed(sc); return ok && squeeze(in) == squeeze(text) })
}

// enter stores text, typed at step at: it must show in that step's list,
// or the program must follow the lead away at once, its input empty.
func (s *soaker) enter(text string, at int) {
	t0 := time.Now()
	s.tm.pty.Write([]byte(keyEnter))
	away := false
	if !s.until(func(sc string) bool {
		if shows(sc, "] "+text) && s.stepShown(sc) == at {
			return true
		}
		// followed the lead away once the input was empty (breaks fails
		// it while the text is still on the screen)
		away = s.otherStep(sc, at) >= 0
		return away
	}) {
		return
	}
	if away {
		s.follow.away++
	} else {
		s.waits = append(s.waits, time.Since(t0))
		s.last, s.lastAt = text, at
	}
	s.stored = append(s.stored, text)
	s.stepOf[text] = s.steps[at].ID
}

// sayBehind waits, while the program holds text at step at, until it
// says where the lead is: that it is elsewhere, and that it follows
// after storing or wiping, or, when the lead is at this step, that it
// follows the lead.
func (s *soaker) sayBehind(at int) bool {
	elsewhere := false
	ok := s.until(func(sc string) bool {
		lead := int(s.room.at.Load())
		if elsewhere = lead != at; elsewhere {
			return shows(sc, nl.T("room.lead.behind", lead+1))
		}
		return shows(sc, nl.T("room.lead.with", at+1))
	})
	if ok && elsewhere {
		s.follow.behind++
	}
	return ok
}

// wipeHere types something and takes it away again with ctrl+u.
func (s *soaker) wipeHere() {
	defer func() { s.held = -1 }()
	text := s.text()
	at, ok := s.typeHeld(text)
	if !ok {
		return
	}
	if s.rnd.IntN(2) == 0 && !s.sayBehind(at) {
		return
	}
	if !s.pause(s.ms(900)) {
		return
	}
	s.tm.pty.Write([]byte(keyCtrlU))
	if s.until(func(sc string) bool { in, ok := typed(sc); return ok && in == "" }) {
		s.wiped = append(s.wiped, text)
	}
}

// followLead waits, with an empty input, until the program is at the
// lead's step and says it follows.
func (s *soaker) followLead() {
	if s.until(func(sc string) bool {
		lead := int(s.room.at.Load())
		return s.typing(sc) && strings.Contains(sc, s.header(lead)) && shows(sc, nl.T("room.lead.with", lead+1))
	}) {
		s.follow.checks++
	}
}

// settle is the end: the program goes to the lead's last step, says it
// follows, and stores an entry there.
func (s *soaker) settle(final int) {
	if !s.until(func(sc string) bool {
		return s.typing(sc) && strings.Contains(sc, s.header(final)) && shows(sc, nl.T("room.lead.with", final+1))
	}) {
		return
	}
	s.storeHere()
	if s.failed == "" && s.stepOf[s.stored[len(s.stored)-1]] != s.steps[final].ID {
		s.failed = fmt.Sprintf("its last entry is not at the lead's step %d", final+1)
	}
}

const keyCtrlP = "\x10"

// edit changes the last entry the program showed as stored, when it is
// still on screen, the way a note-taker corrects something while the
// next entry is half typed: the start of a new entry first (it holds the
// program: the list does not, and a follow would take the entry away
// from under the cursor), esc to the list, the arrows to the entry, e,
// sometimes the whole text wiped (the edit still holds the program), more
// text, enter; then the new entry, put back in the input, is finished and
// stored.
func (s *soaker) edit() {
	defer func() { s.held = -1 }()
	defer s.backToTyping()
	text, at := s.last, s.lastAt
	if sc := s.tm.screen(); text == "" || s.stepShown(sc) != at || !shows(sc, "] "+text) {
		s.storeHere()
		return
	}
	next := s.text()
	start := next[:strings.IndexByte(next+" ", ' ')]
	if here, ok := s.typeHeld(start); !ok {
		return
	} else if here != at { // followed the lead before the first key
		s.follow.givenUp++
		s.wipeTyped(next)
		return
	}
	s.sendEsc()
	if !s.until(listHasKeys) {
		return
	}
	for {
		sc := s.tm.screen()
		rows, sel := listRows(sc)
		own := -1
		for i, r := range rows {
			if strings.Contains(squeeze(r), squeeze("] "+text)) {
				own = i
			}
		}
		if own < 0 || sel < 0 { // scrolled out of sight
			s.follow.givenUp++
			s.backToTyping()
			s.wipeTyped(next)
			return
		}
		if sel == own {
			break
		}
		key := "\x1b[A" // up
		if own > sel {
			key = "\x1b[B" // down
		}
		before := rows[sel]
		s.tm.pty.Write([]byte(key))
		if !s.until(func(sc string) bool { rows, sel := listRows(sc); return sel >= 0 && rows[sel] != before }) {
			return
		}
	}
	s.tm.pty.Write([]byte("e"))
	if !s.until(func(sc string) bool { return editingText(sc, text) }) {
		return
	}
	s.holdText = text
	edited := text + " bewerkt"
	if s.rnd.IntN(3) == 0 {
		s.tm.pty.Write([]byte(keyCtrlU))
		s.holdText = ""
		if !s.until(func(sc string) bool { return editingText(sc, "") }) || !s.pause(300*time.Millisecond+s.ms(1500)) {
			return
		}
		s.tm.pty.Write([]byte(edited))
	} else {
		s.tm.pty.Write([]byte(" bewerkt"))
	}
	s.holdText = edited
	if !s.until(func(sc string) bool { return editingText(sc, edited) }) {
		return
	}
	s.tm.pty.Write([]byte(keyEnter))
	if !s.until(func(sc string) bool {
		return (shows(sc, "] "+edited) || strings.Contains(sc, say("session.edited"))) && listHasKeys(sc)
	}) {
		return
	}
	for i, st := range s.stored {
		if st == text {
			s.stored[i] = edited
		}
	}
	delete(s.stepOf, text)
	s.stepOf[edited] = s.steps[at].ID
	s.last = edited
	s.follow.edits++
	// the new entry is back in the input
	s.holdText = start
	s.backToTyping()
	if s.failed == "" && s.typeMore(start, next) {
		s.enter(next, at)
	}
}

// wipeTyped wipes the start of text from the input.
func (s *soaker) wipeTyped(text string) {
	if s.failed != "" {
		return
	}
	s.tm.pty.Write([]byte(keyCtrlU))
	if s.until(func(sc string) bool { in, ok := typed(sc); return ok && in == "" }) {
		s.wiped = append(s.wiped, text)
	}
}

// sendEsc sends escape on its own, after a pause so that it is not read
// as part of the key before it; the caller waits for what it does, so
// that the key after it is not read with it as alt+key.
func (s *soaker) sendEsc() {
	time.Sleep(60 * time.Millisecond)
	s.tm.pty.Write([]byte(keyEsc))
}

// backToTyping gives the keys back to the input, from the list (or from
// an edit, which it lets be).
func (s *soaker) backToTyping() {
	if s.failed != "" || s.typing(s.tm.screen()) {
		return
	}
	if _, ok := editing(s.tm.screen()); ok {
		s.sendEsc()
		if !s.until(listHasKeys) {
			return
		}
	}
	s.tm.pty.Write([]byte("i"))
	s.until(s.typing)
}

// listRows are the rows of the session screen's list of what was
// captured, each row's lines joined, and the one the cursor is on (-1
// when the list does not have the keys).
func listRows(screen string) ([]string, int) {
	var rows []string
	sel, in := -1, false
	for _, l := range beside(screen) {
		switch {
		case strings.HasPrefix(l, say("session.captured")):
			in = true
		case !in:
		case strings.Contains(l, "───"): // the input's heading
			return rows, sel
		case strings.HasPrefix(l, "• "):
			rows = append(rows, l[len("• "):])
		case strings.HasPrefix(l, "» "):
			sel = len(rows)
			rows = append(rows, l[len("» "):])
		case strings.HasPrefix(l, "  ") && len(rows) > 0:
			rows[len(rows)-1] += " " + strings.TrimSpace(l)
		}
	}
	return rows, sel
}

// The session screen's input, read from what it shows rather than from
// what it does not show: a frame half drawn may lack any line.

// typed is the text in the input while it has the keys for a new entry;
// ok only when the screen shows that input.
func typed(screen string) (text string, ok bool) { return inputBox(screen, say("session.input")) }

// editing is the text in the input while an entry is edited.
func editing(screen string) (text string, ok bool) { return inputBox(screen, say("session.editing")) }

// editingText reports whether an entry is being edited, with text in the
// input.
func editingText(screen, text string) bool {
	in, ok := editing(screen)
	return ok && squeeze(in) == squeeze(text)
}

// listHasKeys reports whether the list has the keys: under the input's
// heading, in place of the input, its text or "press i to type".
func listHasKeys(screen string) bool {
	lines := beside(screen)
	for i, l := range lines[:max(0, len(lines)-1)] {
		if strings.HasPrefix(l, say("session.input")) {
			return strings.HasPrefix(lines[i+1], "  ")
		}
	}
	return false
}

// inputBox is the text of the input under a line that starts with
// heading: its first line starts with "»", the next ones with spaces.
func inputBox(screen, heading string) (string, bool) {
	lines := beside(screen)
	for i, l := range lines[:max(0, len(lines)-1)] {
		if !strings.HasPrefix(l, heading) {
			continue
		}
		first, ok := strings.CutPrefix(lines[i+1], "»")
		if !ok {
			return "", false
		}
		text := []string{strings.TrimSpace(first)}
		for _, l := range lines[i+2:] {
			if !strings.HasPrefix(l, "  ") {
				break
			}
			text = append(text, strings.TrimSpace(l))
		}
		return strings.TrimSpace(strings.Join(text, " ")), true
	}
	return "", false
}

// beside are the screen's lines without the agenda beside the session
// (up to "│ ", on a wide screen).
func beside(screen string) []string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if _, right, ok := strings.Cut(l, "│"); ok {
			lines[i] = strings.TrimPrefix(right, " ")
		}
	}
	return lines
}
