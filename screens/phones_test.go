package screens

import (
	"image/color"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestPhonesKeyOpensAndClosesTheRoom: T on the list opens the session to
// phones with the address this program serves the page on and a code;
// the screen shows both and how many phones answered; T again closes it,
// and so does marking the session done.
func TestPhonesKeyOpensAndClosesTheRoom(t *testing.T) {
	s, ctx := openSession(t, 1)
	ctx.Web = func() ([]string, error) { return []string{"http://192.168.1.20:8080"}, nil }
	st := ctx.Store.(*store.Store)
	press(t, s, "esc", "T")
	r, err := st.PhoneRoom(s.session.ID)
	if err != nil || !r.IsOpen() || r.Address != "http://192.168.1.20:8080" {
		t.Fatalf("room after T: %+v, %v", r, err)
	}
	view := plain(render(s, 100, 30))
	if !strings.Contains(view, "Telefoons: code "+r.SpacedCode()+" · 192.168.1.20:8080 · 0 beantwoord") {
		t.Fatalf("the screen does not show the room:\n%s", view)
	}
	// A phone answers (the page's own handle on the file); the change feed
	// reloads the screen.
	ph, _ := st.AddPhone(s.session.ID, "h")
	st.SetLead(sessions.Lead{WerkgroepID: s.werkgroep.ID, SessionID: s.session.ID, StepID: s.currentStep().ID, Program: ctx.Program})
	err = st.PhoneStep(ph.ID, s.currentStep().ID, func(b *store.Store, p sessions.Phone) error {
		c := sessions.Contribution{SessionID: s.session.ID, StepID: s.currentStep().ID, Text: "Vraag het de buurt", Phone: p.ID, Sharing: sessions.GroupOnly}
		return b.AddContribution(&c)
	})
	if err != nil {
		t.Fatal(err)
	}
	drive(t, s, ChangedMsg{})
	view = plain(render(s, 100, 30))
	if !strings.Contains(view, "1 beantwoord") || !strings.Contains(view, "Vraag het de buurt — via telefoon") {
		t.Fatalf("a phone's answer on the screen:\n%s", view)
	}
	press(t, s, "T")
	if r, _ := st.PhoneRoom(s.session.ID); r.IsOpen() {
		t.Fatal("T did not close the room")
	}
	if strings.Contains(plain(render(s, 100, 30)), "Telefoons:") {
		t.Fatal("a closed room still shown")
	}
	press(t, s, "T")
	press(t, s, "s", "s") // planned → running; running → done asks, the second s confirms
	se, _ := st.Session(s.session.ID)
	for se.Status != sessions.Done {
		press(t, s, "s")
		se, _ = st.Session(s.session.ID)
	}
	if r, _ := st.PhoneRoom(s.session.ID); r.IsOpen() {
		t.Fatalf("the session ended (%v), the room is still open", se.Status)
	}
}

// TestConfirmKeyCountsAClaimedPhoneUnderItsName: B confirms the first
// phone that says it is someone; before, its placement is the phone's.
func TestConfirmKeyCountsAClaimedPhoneUnderItsName(t *testing.T) {
	s, ctx := openSession(t, 1)
	st := ctx.Store.(*store.Store)
	press(t, s, "esc", "T")
	people, _ := st.Participants(s.werkgroep.ID)
	var petra sessions.Participant
	for _, p := range people {
		if p.Name == "Petra de Vries" {
			petra = p
		}
	}
	ph, _ := st.AddPhone(s.session.ID, "h")
	if err := st.SavePlacement(&sessions.Placement{SessionID: s.session.ID, ParticipantID: ph.Person(), Dimension: 1, Now: 3, Wish: 6}); err != nil {
		t.Fatal(err)
	}
	if err := st.ClaimPhone(ph.ID, petra.ID); err != nil {
		t.Fatal(err)
	}
	drive(t, s, ChangedMsg{})
	view := plain(render(s, 120, 30))
	if !strings.Contains(view, "Petra de Vries (als P.d.V.) wacht op bevestiging: F4 bevestigt") {
		t.Fatalf("the claim is not shown:\n%s", view)
	}
	press(t, s, "B")
	ps, _ := st.Placements(s.session.ID)
	if len(ps) != 1 || ps[0].ParticipantID != petra.ID {
		t.Fatalf("after B: %+v", ps)
	}
	if strings.Contains(plain(render(s, 120, 30)), "wacht op bevestiging") {
		t.Fatal("still waiting after B")
	}
}

// TestProjectorShowsTheJoinCodeAndQR: werkgroep present shows the short
// address, the code and the QR code of the page while the room is open.
func TestProjectorShowsTheJoinCodeAndQR(t *testing.T) {
	s, ctx := openSession(t, 1)
	ctx.Web = func() ([]string, error) { return []string{"http://192.168.1.20:8080"}, nil }
	press(t, s, "esc", "T")
	r, _ := ctx.Store.(*store.Store).PhoneRoom(s.session.ID)
	p := NewRoomPresent(ctx, s.werkgroep.ID)
	drive(t, p, p.Init()())
	for _, size := range [][2]int{{160, 45}, {100, 30}, {60, 17}} {
		p.SetSize(size[0], size[1])
		view := plain(p.View())
		if !strings.Contains(strings.Join(strings.Fields(view), " "), "192.168.1.20:8080 · code "+r.SpacedCode()) {
			t.Errorf("%dx%d: no address and code:\n%s", size[0], size[1], view)
		}
		wantQR := size[0] >= 100
		if got := strings.Contains(view, "██") || strings.Contains(view, "▀"); got != wantQR {
			t.Errorf("%dx%d: QR code shown %v, want %v:\n%s", size[0], size[1], got, wantQR, view)
		}
		for i, l := range strings.Split(view, "\n") {
			if w := len([]rune(l)); w > size[0] {
				t.Errorf("%dx%d: line %d is %d wide", size[0], size[1], i+1, w)
			}
		}
	}
}

// TestQRDrawingKeepsEveryModule: the half-block and the large drawing
// both give back the code's modules exactly.
func TestQRDrawingKeepsEveryModule(t *testing.T) {
	url := "http://192.168.1.20:8080/?c=482913"
	m := qrModules(url)
	if len(m) < 21 {
		t.Fatalf("%d modules", len(m))
	}
	small := qrLines(url, false, true, false)
	large := qrLines(url, true, true, false)
	if len(small) != (len(m)+1)/2 || len(large) != len(m) {
		t.Fatalf("%d small lines, %d large, for %d modules", len(small), len(large), len(m))
	}
	for y := range m {
		lr := []rune(large[y])
		sr := []rune(small[y/2])
		for x := range m[y] {
			light := lr[2*x] == '█'
			var half bool
			switch sr[x] {
			case '█':
				half = true
			case '▀':
				half = y%2 == 0
			case '▄':
				half = y%2 == 1
			}
			if light == m[y][x] || half == m[y][x] {
				t.Fatalf("module %d,%d: dark %v, large light %v, small light %v", x, y, m[y][x], light, half)
			}
		}
	}
}

// TestSchemaScreenFollowsAPhonesPlacement: the schema screen's group
// picture follows the change feed, and a phone's placement shows there as
// "via telefoon", counted as one person.
func TestSchemaScreenFollowsAPhonesPlacement(t *testing.T) {
	s, ctx, ss := openSchema(t, 1)
	st := ctx.Store.(*store.Store)
	press(t, s, "g") // the group view
	ph, _ := st.AddPhone(ss[0].ID, "h")
	if err := st.SavePlacement(&sessions.Placement{SessionID: ss[0].ID, ParticipantID: ph.Person(), Dimension: 1, Now: 2, Wish: 6}); err != nil {
		t.Fatal(err)
	}
	drive(t, s, ChangedMsg{})
	if d := s.figures.Dimensions[0]; d.Now.N != 1 || d.Gap.N != 1 {
		t.Fatalf("the phone's placement in the figures: %+v", d)
	}
	press(t, s, "i")
	if view := plain(render(s, 80, 21)); !strings.Contains(view, "  telefoon  ") {
		t.Fatalf("the phone's row:\n%s", view)
	}
}

// TestSessionFoundOpenToPhonesServesThePageAgain: a session left open to
// phones by a program that has stopped is served again when it is
// opened, with its code, at this program's address; one served by a
// program that still runs (another window on the file) is left to it.
func TestSessionFoundOpenToPhonesServesThePageAgain(t *testing.T) {
	s, ctx := openSession(t, 1)
	st := ctx.Store.(*store.Store)
	host, _ := os.Hostname()
	running := fmt.Sprintf("%s/%d/1", host, os.Getpid())
	gone := exec.Command(os.Args[0], "-test.run=^$")
	if err := gone.Run(); err != nil {
		t.Fatal(err)
	}
	stopped := fmt.Sprintf("%s/%d/1", host, gone.ProcessState.Pid())
	for _, c := range []struct {
		by      string
		resumed bool
	}{{running, false}, {stopped, true}} {
		before, err := st.OpenPhoneRoom(s.session.ID, "http://192.168.1.20:8080", c.by)
		if err != nil {
			t.Fatal(err)
		}
		started := 0
		ctx.Web = func() ([]string, error) { started++; return []string{"http://10.0.0.5:8080"}, nil }
		again := newSessionScreen(ctx, s.werkgroep.ID, s.session.ID)
		again.SetSize(100, 30)
		drive(t, again, again.Init()())
		r, _ := st.PhoneRoom(s.session.ID)
		want := map[bool]string{true: "http://10.0.0.5:8080", false: "http://192.168.1.20:8080"}[c.resumed]
		if started != map[bool]int{true: 1, false: 0}[c.resumed] || !r.IsOpen() || r.Code != before.Code || r.Address != want {
			t.Fatalf("served by %s: started %d times; room %+v (code was %s)", c.by, started, r, before.Code)
		}
	}
}

// TestPhoneKeysWhileTyping: while the note-taker types, f3 opens and
// closes the room for phones and f4 confirms a phone's name; T and B are
// typed as letters, and the half-typed text stays. The keys are in the
// full help of typing, the list and the projector; the footer names f4
// while a phone waits.
func TestPhoneKeysWhileTyping(t *testing.T) {
	s, ctx := openSession(t, 1)
	ctx.Web = func() ([]string, error) { return []string{"http://192.168.1.20:8080"}, nil }
	st := ctx.Store.(*store.Store)
	if s.mode != modeCapture {
		t.Fatalf("the session opens in mode %v, want typing", s.mode)
	}
	typeText(t, s, "Tijd voor B")
	if r, err := st.PhoneRoom(s.session.ID); err == nil && r.IsOpen() {
		t.Fatal("typing T opened the room")
	}
	drive(t, s, tea.KeyPressMsg{Code: tea.KeyF3})
	r, err := st.PhoneRoom(s.session.ID)
	if err != nil || !r.IsOpen() {
		t.Fatalf("f3 while typing did not open the room: %+v, %v", r, err)
	}
	if got := s.capture.input.Value(); got != "Tijd voor B" || s.mode != modeCapture {
		t.Fatalf("after f3: input %q, mode %v", got, s.mode)
	}
	if v := plain(render(s, 120, 30)); !strings.Contains(v, "Telefoons: code "+r.SpacedCode()) {
		t.Fatalf("the room is not on the screen:\n%s", v)
	}

	people, _ := st.Participants(s.werkgroep.ID)
	ph, _ := st.AddPhone(s.session.ID, "h")
	if err := st.ClaimPhone(ph.ID, people[0].ID); err != nil {
		t.Fatal(err)
	}
	drive(t, s, ChangedMsg{})
	if !helpHas(s.KeyMap().ShortHelp(), "f4") {
		t.Errorf("a phone waits and the footer does not name f4: %v", helpKeys(s.KeyMap().ShortHelp()))
	}
	typeText(t, s, "B")
	if got, _ := st.Phone(ph.ID); !got.Pending() {
		t.Fatal("typing B confirmed the phone")
	}
	drive(t, s, tea.KeyPressMsg{Code: tea.KeyF4})
	if got, _ := st.Phone(ph.ID); got.Pending() || got.Person() != people[0].ID {
		t.Fatalf("f4 while typing did not confirm the phone: %+v", got)
	}
	if got := s.capture.input.Value(); got != "Tijd voor BB" || s.mode != modeCapture {
		t.Fatalf("after f4: input %q, mode %v", got, s.mode)
	}

	for _, mode := range []string{"typing", "list", "projector"} {
		switch mode {
		case "list":
			press(t, s, "esc")
		case "projector":
			drive(t, s, tea.KeyPressMsg{Code: tea.KeyF5})
		}
		var all []key.Binding
		for _, col := range s.KeyMap().FullHelp() {
			all = append(all, col...)
		}
		want := map[string][2]string{"typing": {"f3", "f4"}, "list": {"T/f3", "B/f4"}, "projector": {"f3", "f4"}}[mode]
		if !helpHas(all, want[0]) || !helpHas(all, want[1]) {
			t.Errorf("%s: the full help lacks %v: %v", mode, want, helpKeys(all))
		}
	}
	drive(t, s, tea.KeyPressMsg{Code: tea.KeyF3}) // on the projector view too
	if r, _ := st.PhoneRoom(s.session.ID); r.IsOpen() {
		t.Fatal("f3 on the presentation view did not close the room")
	}
	drive(t, s, tea.KeyPressMsg{Code: tea.KeyF5}, keyMsg("T")) // back to the list: T still works there
	if r, _ := st.PhoneRoom(s.session.ID); !r.IsOpen() {
		t.Fatal("T in the list did not open the room")
	}
}

func helpKeys(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b.Help().Key)
		}
	}
	return out
}

func helpHas(bs []key.Binding, k string) bool { return slices.Contains(helpKeys(bs), k) }

// TestNoColorQRFollowsTheTerminalsBackground: with NO_COLOR the program
// asks the terminal for its background; told it is light, the QR code
// draws its dark modules as blocks and the quiet zone as spaces (the
// light background), so that it is dark on light there too.
func TestNoColorQRFollowsTheTerminalsBackground(t *testing.T) {
	ctx, _ := testContext(t)
	ctx.NoColor = true
	r := NewRoot(ctx, NewHome(ctx))
	r.Update(tea.BackgroundColorMsg{Color: color.White})
	if !ctx.LightBackground {
		t.Fatal("a white background was not taken as light")
	}
	url := "http://192.168.1.20:8080/?c=482913"
	m := qrModules(url)
	for _, large := range []bool{false, true} {
		lines := qrLines(url, large, ctx.NoColor, ctx.LightBackground)
		if strings.TrimSpace(lines[0]) != "" {
			t.Errorf("large %v: the quiet zone is drawn in blocks on a light background: %q", large, lines[0])
		}
		// the finder pattern's top-left module (dark) is a block
		if r := []rune(lines[qrQuiet/2*map[bool]int{true: 2, false: 1}[large]])[qrQuiet*map[bool]int{true: 2, false: 1}[large]]; r == ' ' || !m[qrQuiet][qrQuiet] {
			t.Errorf("large %v: the dark module drawn as %q", large, r)
		}
	}
	r.Update(tea.BackgroundColorMsg{Color: color.Black})
	if ctx.LightBackground {
		t.Fatal("a black background was taken as light")
	}
}
