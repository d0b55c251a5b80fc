package screens

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"werkgroep/sessions"
)

// openSchema opens the schema of session n of the test werkgroep, with
// four people: one named in full, one not named, one by initials, and
// one absent with notice.
func openSchema(t *testing.T, n int) (*Schema, *Context, []sessions.Session) {
	t.Helper()
	ctx, w := testContext(t)
	ss, err := ctx.Store.Sessions(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct {
		name   string
		naming sessions.Naming
		att    sessions.Attendance
	}{
		{"Linda Carolus", sessions.FullName, sessions.Present},
		{"Ahmed el Amrani", sessions.NotNamed, sessions.Present},
		{"Petra de Vries", sessions.FirstName, sessions.Present},
		{"Joop Afwezig", sessions.FullName, sessions.WithNotice},
	} {
		pp := sessions.Participant{WerkgroepID: w.ID, Name: p.name, Naming: p.naming}
		if err := ctx.Store.SaveParticipant(&pp); err != nil {
			t.Fatal(err)
		}
		ctx.Store.SetAttendance(ss[n-1].ID, pp.ID, p.att)
	}
	s := reopenSchema(t, ctx, w.ID, ss[n-1].ID)
	return s, ctx, ss
}

func reopenSchema(t *testing.T, ctx *Context, w, session sessions.ID) *Schema {
	t.Helper()
	s := NewSchema(ctx, w, session).(*Schema)
	s.SetSize(80, 21)
	lastNav = nil
	drive(t, s, s.Init()())
	if !s.loaded {
		t.Fatal("schema did not load")
	}
	return s
}

// stored is the stored placement of person (0 = the group) on dim.
func stored(t *testing.T, s *Schema, person sessions.ID, dim int) (sessions.Placement, bool) {
	t.Helper()
	ps, err := s.ctx.Store.Placements(s.sessionID)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.ParticipantID == person && p.Dimension == dim {
			return p, true
		}
	}
	return sessions.Placement{}, false
}

func TestSchemaPlacesAndStoresAtOnce(t *testing.T) {
	s, _, _ := openSchema(t, 1)
	if len(s.data.persons) != 4 {
		t.Fatalf("persons: %+v; want the group and three present", s.data.persons)
	}
	press(t, s, "3") // the group, now, dimension 1
	if p, _ := stored(t, s, 0, 1); p.Now != 3 || p.Wish != 0 {
		t.Fatalf("group now not stored: %+v", p)
	}
	press(t, s, "w", "right") // wish from not placed: the middle
	if p, _ := stored(t, s, 0, 1); p.Wish != 4 {
		t.Errorf("wish after → from not placed: %+v", p)
	}
	press(t, s, "right", "right", "right", "right") // clamped at 7
	if p, _ := stored(t, s, 0, 1); p.Wish != 7 {
		t.Errorf("wish should stop at 7: %+v", p)
	}
	linda := s.data.persons[1].id
	press(t, s, "tab", "n", "5", "left", "down", "2")
	if p, _ := stored(t, s, linda, 1); p.Now != 4 {
		t.Errorf("Linda dimension 1: %+v", p)
	}
	if p, _ := stored(t, s, linda, 2); p.Now != 2 {
		t.Errorf("Linda dimension 2: %+v", p)
	}
	press(t, s, "backspace")
	if p, ok := stored(t, s, linda, 2); !ok || p.Now != 0 {
		t.Errorf("backspace should store not placed: %+v", p)
	}
	if !strings.Contains(render(s, 80, 21), "niet geplaatst") {
		t.Error("not placed is not shown")
	}
	press(t, s, "shift+tab", "shift+tab")
	if s.who().id != s.data.persons[len(s.data.persons)-1].id {
		t.Errorf("shift+tab from the group should wrap to the last person, got %+v", s.who())
	}
}

func TestSchemaExample(t *testing.T) {
	s, _, _ := openSchema(t, 1)
	press(t, s, "tab", "down", "e")
	if !s.Typing() {
		t.Fatal("the example input should have the keys")
	}
	typeText(t, s, "Bij de  intake: wat kun je níet? q")
	press(t, s, "enter")
	if s.Typing() {
		t.Error("enter should store and leave the input")
	}
	p, _ := stored(t, s, s.data.persons[1].id, 2)
	if p.Example != "Bij de intake: wat kun je níet? q" || p.Now != 0 {
		t.Errorf("example stored as %+v", p)
	}
	press(t, s, "e")
	typeText(t, s, " weg")
	press(t, s, "esc")
	if s.Typing() || len(lastNav) != 0 {
		t.Errorf("esc in the input should cancel, not leave the screen: %v", lastNav)
	}
	if p, _ := stored(t, s, s.data.persons[1].id, 2); strings.Contains(p.Example, "weg") {
		t.Errorf("cancelled text was stored: %q", p.Example)
	}
	press(t, s, "esc")
	if len(lastNav) != 1 {
		t.Fatalf("esc should pop the screen, got %v", lastNav)
	}
	if _, ok := lastNav[0].(PopMsg); !ok {
		t.Errorf("esc sent %T", lastNav[0])
	}
}

func TestSchemaExampleDraftComesBack(t *testing.T) {
	s, ctx, ss := openSchema(t, 1)
	press(t, s, "tab", "down", "down", "e")
	typeText(t, s, "half getypt")
	for _, d := range s.Drafts() {
		ctx.Store.SaveDraft(d)
	}
	again := reopenSchema(t, ctx, s.werkgroep, ss[0].ID)
	if !again.Typing() || again.example.Value() != "half getypt" || again.dim != 2 || again.person != 1 {
		t.Errorf("draft not restored: typing %v, %q, dim %d, person %d", again.Typing(), again.example.Value(), again.dim, again.person)
	}
	press(t, again, "enter")
	if ds, _ := ctx.Store.Drafts(); len(ds) != 0 {
		t.Errorf("draft kept after storing: %+v", ds)
	}
}

func TestSchemaStickers(t *testing.T) {
	s, ctx, _ := openSchema(t, 1)
	press(t, s, "s", "down", "left", "1", "2")
	count := func(wish bool, point int) int {
		cs, _ := ctx.Store.Stickers(s.sessionID)
		for _, c := range cs {
			if c.Dimension == 2 && c.Wish == wish && c.Point == point {
				return c.Count
			}
		}
		return 0
	}
	if count(false, 3) != 12 {
		t.Fatalf("typed 12 at point 3: got %d", count(false, 3))
	}
	press(t, s, "+", "+", "-")
	if count(false, 3) != 13 {
		t.Errorf("+ + - gives 13, got %d", count(false, 3))
	}
	press(t, s, "backspace")
	if count(false, 3) != 1 {
		t.Errorf("backspace takes a digit off: got %d", count(false, 3))
	}
	press(t, s, "w", "right", "right", "4", "right", "3")
	if count(true, 5) != 4 || count(true, 6) != 3 {
		t.Errorf("wish counts: %d %d", count(true, 5), count(true, 6))
	}
	view := render(s, 80, 21)
	if !strings.Contains(view, "[3]") {
		t.Errorf("the selected count is not marked:\n%s", view)
	}
	press(t, s, "g")
	view = render(s, 80, 21)
	for _, want := range []string{"mediaan 3", "stickers hebben geen namen", "◆◆◆◆"} {
		if !strings.Contains(view, want) {
			t.Errorf("group view lacks %q:\n%s", want, view)
		}
	}
}

// placeAll stores placements directly: values are now, wish per person.
func placeAll(t *testing.T, ctx *Context, session sessions.ID, dim int, people []schemaPerson, values [][2]int) {
	t.Helper()
	for i, v := range values {
		p := sessions.Placement{SessionID: session, ParticipantID: people[i].id, Dimension: dim, Now: v[0], Wish: v[1]}
		if err := ctx.Store.SavePlacement(&p); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSchemaGroupView(t *testing.T) {
	s, ctx, ss := openSchema(t, 1)
	// the group 3/5 (beside, not counted); people 2/6, 4/6, 4/3
	placeAll(t, ctx, ss[0].ID, 3, s.data.persons, [][2]int{{3, 5}, {2, 6}, {4, 6}, {4, 3}})
	placeAll(t, ctx, ss[0].ID, 1, s.data.persons[1:], [][2]int{{1, 5}, {7, 5}})
	s = reopenSchema(t, ctx, s.werkgroep, ss[0].ID)
	press(t, s, "g", "down", "down")
	view := render(s, 80, 21)
	flat := strings.Join(strings.Fields(view), " ")
	for _, want := range []string{
		"Het meest verdeeld: regel 1", // IQR of now: 6 on line 1, 2 on line 3
		"nu · ● · ●● · · ·", "wens · · ◆ · · ◆◆ ·",
		"nu: 3 geplaatst · mediaan 4 · spreiding 2–4 · middelste helft 2–4",
		"wens: 3 geplaatst · mediaan 6 · spreiding 3–6 · middelste helft 3–6",
		"verschil wens − nu: mediaan +2 · naar bottom-up 2 · gelijk 0 · naar top-down 1",
		"▲ de groep zelf: nu 3 · wens 5",
		"●●", "◆◆",
		"1 nu 4 (1–7) · wens 5 (5–5) · verschil +1",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("group view lacks %q:\n%s", want, view)
		}
	}
	press(t, s, "i")
	view = render(s, 80, 21)
	for _, want := range []string{"L.C.", "deelnemer 2", "P."} {
		if !strings.Contains(view, want) {
			t.Errorf("individual view lacks %q:\n%s", want, view)
		}
	}
	for _, never := range []string{"Linda", "Ahmed", "Petra", "A.e.A.", "P.d.V."} {
		if strings.Contains(view, never) {
			t.Errorf("individual view shows %q, more than they allow:\n%s", never, view)
		}
	}
}

func TestSchemaMovement(t *testing.T) {
	s, ctx, ss := openSchema(t, 4)
	press(t, s, "m")
	if !strings.Contains(render(s, 80, 21), "maar in één bijeenkomst") {
		t.Errorf("movement without two sessions should say so:\n%s", render(s, 80, 21))
	}
	placeAll(t, ctx, ss[0].ID, 1, s.data.persons[1:], [][2]int{{2, 5}, {2, 6}})
	placeAll(t, ctx, ss[3].ID, 1, s.data.persons[1:], [][2]int{{4, 6}, {4, 6}})
	s = reopenSchema(t, ctx, s.werkgroep, ss[3].ID)
	press(t, s, "m")
	view := strings.Join(strings.Fields(render(s, 80, 21)), " ")
	for _, want := range []string{"B1 = Bijeenkomst 1", "B4 = Bijeenkomst 4", "B1 nu · ●●", "B4 wens · · · · · ◆◆",
		"nu mediaan 2 → 4 (+2)", "wens mediaan 5,5 → 6 (+0,5)", "beide keren geplaatst: 2 · naar bottom-up 2"} {
		if !strings.Contains(view, want) {
			t.Errorf("movement view lacks %q:\n%s", want, view)
		}
	}
}

func TestSchemaPolesVerbatimAndSizes(t *testing.T) {
	s, _, _ := openSchema(t, 1)
	press(t, s, "down", "down", "down") // dimension 4, the longest poles
	view := render(s, 80, 21)
	flat := strings.Join(strings.Fields(view), " ")
	d := sessions.Schema(sessions.Dutch).Dimensions[3]
	if !strings.Contains(flat, d.TopDown) || !strings.Contains(flat, d.BottomUp) {
		t.Errorf("focused dimension must show both poles in full:\n%s", view)
	}
	if !strings.Contains(view, "…") || !strings.Contains(view, "Regie van binnenuit") {
		t.Errorf("other dimensions should be shortened with …, poles headed:\n%s", view)
	}
	for _, mode := range []string{"", "s", "g", "i", "m"} {
		if mode != "" {
			press(t, s, mode)
		}
		for _, size := range [][2]int{{80, 21}, {40, 9}, {20, 3}, {120, 40}} {
			v := render(s, size[0], size[1])
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Errorf("mode %q at %v: %d lines", mode, size, len(lines))
			}
			for _, l := range lines {
				if lipgloss.Width(l) > size[0] {
					t.Errorf("mode %q at %v: line too wide: %q", mode, size, l)
				}
			}
		}
		if v := render(s, 80, 21); mode != "m" && strings.Count(v, "\n") < 8 {
			t.Errorf("mode %q at 80×21 shows too little:\n%s", mode, v)
		}
	}
}

func TestSchemaNoColorMarks(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	s, _, _ := openSchema(t, 1)
	press(t, s, "4", "w", "6", "g")
	view := render(s, 80, 21)
	if strings.ContainsAny(view, "●◆") || !strings.Contains(view, "n nu") || !strings.Contains(view, "w wens") {
		t.Errorf("NO_COLOR should use letters for the marks:\n%s", view)
	}
}

func TestSchemaKeysHaveHelp(t *testing.T) {
	s, _, _ := openSchema(t, 1)
	for _, mode := range []string{"", "s", "g", "m"} {
		if mode != "" {
			press(t, s, "p", mode)
		}
		km := s.KeyMap()
		for _, group := range km.FullHelp() {
			for _, b := range group {
				if h := b.Help(); h.Key == "" || h.Desc == "" || strings.HasPrefix(h.Desc, "schema.") {
					t.Errorf("mode %q: binding %v has no catalog help", mode, b.Keys())
				}
			}
		}
	}
}

func TestSchemaInTheRootAtSmallSizes(t *testing.T) {
	s, _, _ := openSchema(t, 1)
	r := NewRoot(s.ctx, s)
	for _, size := range [][2]int{{80, 24}, {40, 12}, {30, 8}} {
		r.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, k := range []string{"g", "i", "m", "s", "p", "down", "tab", "3"} {
			r.Update(keyMsg(k))
			v := plain(r.View().Content)
			if n := strings.Count(v, "\n") + 1; n > size[1] {
				t.Errorf("%v after %q: %d lines", size, k, n)
			}
		}
	}
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := plain(r.View().Content); !strings.Contains(v, "▸ Regel") || !strings.Contains(v, "spanningsschema") || strings.HasSuffix(strings.TrimSpace(v), "…") {
		t.Errorf("root frame at 80×24:\n%s", v)
	}
}

// The footer's short help must fit 80 cells with the root's own keys, in
// both languages and every mode (bubbles/help does not always cut it).
func TestSchemaShortHelpFits(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		s, _, _ := openSchema(t, 1)
		s.ctx.Lang = NewContext(s.ctx.Store, lang).Lang
		s.keys = newSchemaKeys(s.ctx)
		r := NewRoot(s.ctx, s)
		r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		for _, k := range []string{"p", "e", "esc", "s", "g", "m"} {
			r.Update(keyMsg(k))
			lines := strings.Split(plain(r.View().Content), "\n")
			foot := lines[len(lines)-1]
			if lipgloss.Width(foot) > 80 || strings.HasSuffix(foot, "…") {
				t.Errorf("%s after %q: footer %d wide: %q", lang, k, lipgloss.Width(foot), foot)
			}
		}
	}
}
