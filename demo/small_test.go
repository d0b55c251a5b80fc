package demo

import (
	"strings"
	"testing"
	"time"

	"werkgroep/sessions"
)

// What the small demo holds, read back through the real store.

func TestSmallHasPeopleWithEveryNamingChoice(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	if len(d.people) < 12 {
		t.Errorf("%d participants, want at least 12", len(d.people))
	}
	minutes, paragraph := map[sessions.Naming]int{}, map[sessions.Naming]int{}
	withAbout := 0
	for _, p := range d.people {
		minutes[p.Naming]++
		paragraph[p.Paragraph]++
		if p.About != "" {
			withAbout++
		}
	}
	for _, n := range sessions.Namings {
		if minutes[n] == 0 || paragraph[n] == 0 {
			t.Errorf("naming %d: %d in minutes, %d in the paragraph; want both", n, minutes[n], paragraph[n])
		}
	}
	if withAbout < 6 || withAbout == len(d.people) {
		t.Errorf("%d of %d say something about themselves; want some, not all", withAbout, len(d.people))
	}
	if d.w.Name != "Visie & Participatie (voorbeeld)" || d.w.Theme == "" || d.w.Trekkers == "" || d.w.Lang != sessions.Dutch {
		t.Errorf("werkgroep %+v", d.w)
	}
}

func TestSmallSessionsWereHeld(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	if len(d.sessions) != 4 {
		t.Fatalf("%d sessions", len(d.sessions))
	}
	seen := map[sessions.Attendance]int{}
	for i, se := range d.sessions {
		if se.Status != sessions.Done || !strings.HasPrefix(se.Date, "2026-") || !strings.Contains(se.Place, "Amsterdam") {
			t.Errorf("session %d: status %d, date %q, place %q", se.Number, se.Status, se.Date, se.Place)
		}
		if approved := se.ApprovedOn != ""; approved != (i < 3) {
			t.Errorf("session %d approved on %q", se.Number, se.ApprovedOn)
		}
		if i > 0 && se.Date <= d.sessions[i-1].Date {
			t.Errorf("session %d on %s is not after the one before", se.Number, se.Date)
		}
		if len(d.decided[se.ID]) == 0 {
			t.Errorf("session %d has no decisions", se.Number)
		}
		for _, p := range d.people {
			seen[d.attended[se.ID][p.ID]]++ // missing is Unknown
		}
	}
	for _, a := range []sessions.Attendance{sessions.Present, sessions.WithNotice, sessions.Absent, sessions.Unknown} {
		if seen[a] == 0 {
			t.Errorf("no attendance %d anywhere", a)
		}
	}
}

func TestSmallContributions(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	if len(d.said) < 80 {
		t.Errorf("%d contributions, want at least 80", len(d.said))
	}
	kinds := map[sessions.Kind]int{}
	perStep := map[sessions.ID]int{}
	byGroup, nobody, special := 0, 0, map[string]bool{}
	for _, c := range d.said {
		kinds[c.Kind]++
		perStep[c.StepID]++
		switch {
		case c.ByGroup:
			byGroup++
		case c.ParticipantID == 0:
			nobody++
		default:
			if a := d.attended[c.SessionID][c.ParticipantID]; a != sessions.Present {
				t.Errorf("%q is said by someone who was not there (attendance %d)", c.Text, a)
			}
		}
		for _, s := range []string{"|", "*", "\n", "<"} {
			if strings.Contains(c.Text, s) {
				special[s] = true
			}
		}
		if c.Text != sessions.Clean(c.Text) {
			t.Errorf("%q is not clean text", c.Text)
		}
	}
	for _, k := range sessions.Kinds {
		if kinds[k] == 0 {
			t.Errorf("no contribution of kind %d", k)
		}
	}
	if byGroup == 0 || nobody == 0 {
		t.Errorf("%d by the group, %d by nobody in particular; want both", byGroup, nobody)
	}
	if len(special) != 4 {
		t.Errorf("characters that need escaping in Markdown: %v; want | * < and a line break", special)
	}
	for _, se := range d.sessions {
		for _, st := range se.Steps {
			if st.Kind != sessions.StepBreak && perStep[st.ID] == 0 {
				t.Errorf("session %d step %q has no contributions", se.Number, st.Title)
			}
			if st.Elapsed == 0 {
				t.Errorf("session %d step %q was never timed", se.Number, st.Title)
			}
		}
	}
}

func TestSmallOutcomes(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	outcomes := map[sessions.Outcome]int{}
	decidedKinds := map[sessions.Kind]bool{}
	revisedOnce := false
	for _, c := range d.said {
		outcomes[c.Outcome]++
		if c.Outcome == sessions.OutcomeOpen {
			if c.OutcomeNote != "" {
				t.Errorf("open %q has a note %q", c.Text, c.OutcomeNote)
			}
			continue
		}
		decidedKinds[c.Kind] = true
		if c.OutcomeNote == "" {
			t.Errorf("%q: outcome %d without a note", c.Text, c.Outcome)
		}
		if err := sessions.ValidateOutcome(c.Outcome, c.OutcomeNote); err != nil || c.OutcomeNote != sessions.CleanOutcomeNote(c.OutcomeNote) {
			t.Errorf("%q: note %q breaks the outcome rules: %v", c.Text, c.OutcomeNote, err)
		}
		h, err := st.OutcomeHistory(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(h) > 1 {
			revisedOnce = true
		}
	}
	for _, o := range []sessions.Outcome{sessions.OutcomeOpen, sessions.Adopted, sessions.PartlyAdopted, sessions.NotAdopted} {
		if outcomes[o] == 0 {
			t.Errorf("no contribution with outcome %d", o)
		}
	}
	if share := float64(outcomes[sessions.OutcomeOpen]) / float64(len(d.said)); share < 0.2 || share > 0.4 {
		t.Errorf("%.0f%% still open, want 20–40%%", share*100)
	}
	for _, k := range sessions.Kinds {
		if !decidedKinds[k] {
			t.Errorf("no contribution of kind %d has an outcome", k)
		}
	}
	if !revisedOnce {
		t.Error("no outcome was ever changed; the history should show one")
	}
}

func TestSmallActions(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	status := map[sessions.ActionStatus]int{}
	byPerson, byOther, shared := 0, 0, 0
	for _, a := range d.actions {
		status[a.Status]++
		if _, err := time.Parse("2006-01-02", a.Due); err != nil {
			t.Errorf("action %q: due %q", a.What, a.Due)
		}
		if len(a.Owners) > 1 {
			shared++
		}
		for _, o := range a.Owners {
			switch {
			case o.ParticipantID != 0 && o.Name == "":
				byPerson++
			case o.ParticipantID == 0 && o.Name != "":
				byOther++
			default:
				t.Errorf("action %q: owner %+v", a.What, o)
			}
		}
		if len(a.Owners) == 0 {
			t.Errorf("action %q has no owner", a.What)
		}
	}
	if shared == 0 {
		t.Error("no action is shared by two people")
	}
	for _, s := range []sessions.ActionStatus{sessions.ActionOpen, sessions.ActionDone, sessions.ActionDropped} {
		if status[s] == 0 {
			t.Errorf("no action with status %d", s)
		}
	}
	if byPerson == 0 || byOther == 0 {
		t.Errorf("%d actions owned by participants, %d by others; want both", byPerson, byOther)
	}
}

func TestSmallPlacementsMoveTowardsBottomUp(t *testing.T) {
	st, w := sharedSmall(t)
	d := read(t, st, w.ID)
	first, last := d.sessions[0], d.sessions[3]
	for _, se := range d.sessions[1:3] {
		if len(d.placed[se.ID]) != 0 {
			t.Errorf("session %d has placements; only the schema sessions should", se.Number)
		}
	}
	for _, se := range []sessions.Session{first, last} {
		people, notPlaced, examples, group := map[sessions.ID]bool{}, 0, 0, 0
		var wishes []int
		for _, p := range d.placed[se.ID] {
			if p.ParticipantID == 0 {
				group++
				continue
			}
			people[p.ParticipantID] = true
			if p.Now == 0 || p.Wish == 0 {
				notPlaced++
			}
			if p.Example != "" {
				examples++
			}
			if p.Now < 0 || p.Now > 7 || p.Wish < 0 || p.Wish > 7 {
				t.Errorf("placement out of range: %+v", p)
			}
			if p.Wish > 0 {
				wishes = append(wishes, p.Wish)
			}
		}
		if len(people)*2 < len(d.people) {
			t.Errorf("session %d: %d of %d people placed; want most", se.Number, len(people), len(d.people))
		}
		if group != dimensions {
			t.Errorf("session %d: the group placed %d dimensions", se.Number, group)
		}
		if notPlaced == 0 || examples < 3 {
			t.Errorf("session %d: %d not placed, %d examples; want some of both", se.Number, notPlaced, examples)
		}
		if m := roundedMedian(wishes); m < 5 {
			t.Errorf("session %d: median wish %d, want bottom-up", se.Number, m)
		}
	}
	// Through the domain's own figures: now moved towards bottom-up, the
	// wish stayed there, and the dimensions differ in how divided they are.
	before := sessions.Figures(first.ID, d.placed[first.ID], nil)
	after := sessions.Figures(last.ID, d.placed[last.ID], nil)
	iqrs := map[float64]bool{}
	for i, sh := range sessions.Movement(before, after) {
		if sh.Now.TowardsBottomUp <= sh.Now.TowardsTopDown || sh.Now.MedianDelta < 0 {
			t.Errorf("dimension %d: now %d towards bottom-up, %d towards top-down, median %+.1f",
				sh.Dimension, sh.Now.TowardsBottomUp, sh.Now.TowardsTopDown, sh.Now.MedianDelta)
		}
		if sh.Wish.Before.Median < 5 || sh.Wish.After.Median < 5 || sh.Wish.MedianDelta > 1 || sh.Wish.MedianDelta < -1 {
			t.Errorf("dimension %d: wish median %.1f then %.1f; want it to stay bottom-up", sh.Dimension, sh.Wish.Before.Median, sh.Wish.After.Median)
		}
		if !before.Dimensions[i].HasGroup || !after.Dimensions[i].HasGroup {
			t.Errorf("dimension %d: no placement of the group", sh.Dimension)
		}
		iqrs[before.Dimensions[i].Now.IQR()] = true
	}
	if len(iqrs) < 2 || len(before.MostDivided()) != 1 {
		t.Errorf("spread of now per dimension %v, most divided %v; want dimensions to differ", iqrs, before.MostDivided())
	}
}
