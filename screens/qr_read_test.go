package screens

import (
	"fmt"
	"image/png"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"werkgroep/store"
	"werkgroep/tools/termshot"
	"werkgroep/web"
)

// TestQRCodeReadsAsTheServedAddress: the QR code as werkgroep present
// and the presentation view (F5) draw it in the terminal, made into a
// picture cell by cell (tools/termshot: the drawn characters in the
// colours they are drawn in, the terminal's own colours around them),
// is read by zbarimg (Debian's zbar-tools, which nobody here wrote) as
// exactly the address with the code that the page is served at, and
// that address opens the join page with the code filled in. At every
// size from 60×17 up, in colour and with NO_COLOR, on a dark and on a
// light terminal: wherever a QR code is drawn, it reads. Where it is
// not drawn (too small a window), the address and code are there as
// text. Without zbarimg the test is skipped, unless WERKGROEP_QR_READ
// is set (.ci/extra installs zbar-tools and sets it). WERKGROEP_QR_SHOTS
// keeps the pictures in that folder.
func TestQRCodeReadsAsTheServedAddress(t *testing.T) {
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		if os.Getenv("WERKGROEP_QR_READ") != "" {
			t.Fatal("zbarimg is missing (apt-get install zbar-tools)")
		}
		t.Skip("zbarimg is missing (apt-get install zbar-tools)")
	}
	shots := os.Getenv("WERKGROEP_QR_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	s, ctx := openSession(t, 1)
	st := ctx.Store.(*store.Store)
	page, err := store.Open(st.Path()) // the page's own handle, as the program's
	if err != nil {
		t.Fatal(err)
	}
	defer page.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := web.New(web.Config{Store: page, Lang: "nl"}).HTTPServer()
	go srv.Serve(ln)
	defer srv.Close()
	served := "http://" + ln.Addr().String()
	ctx.Web = func() ([]string, error) { return []string{served}, nil }
	drive(t, s, tea.KeyPressMsg{Code: tea.KeyF3}) // while typing
	room, err := st.PhoneRoom(s.session.ID)
	if err != nil || !room.IsOpen() {
		t.Fatalf("the room: %+v, %v", room, err)
	}
	want := served + "/?c=" + room.Code

	read := func(name, screen string, width int, theme termshot.Theme) (string, error) {
		file := filepath.Join(shots, name+".png")
		f, err := os.Create(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, termshot.Picture(screen, width, theme)); err != nil {
			t.Fatal(err)
		}
		f.Close()
		out, err := exec.Command(zbar, "-q", "--raw", "--nodbus", file).Output()
		return strings.TrimRight(string(out), "\n"), err
	}
	drawn := func(view string) bool { return strings.Contains(view, "██") || strings.Contains(view, "▀") }

	present := NewRoomPresent(ctx, s.werkgroep.ID)
	drive(t, present, present.Init()())
	drive(t, s, tea.KeyPressMsg{Code: tea.KeyF5})
	views := map[string]func(w, h int) string{
		"present": func(w, h int) string { present.SetSize(w, h); return present.View() },
		"f5":      func(w, h int) string { s.SetSize(w, h); return s.View() },
	}
	readOnce := false
	for _, noColor := range []bool{false, true} {
		ctx.NoColor = noColor
		for _, name := range []string{"present", "f5"} {
			for _, size := range [][2]int{{60, 17}, {80, 24}, {100, 30}, {120, 40}, {160, 45}, {200, 60}} {
				w, h := size[0], size[1]
				for _, theme := range []struct {
					name string
					termshot.Theme
				}{{"dark", termshot.Dark}, {"light", termshot.Light}} {
					if noColor {
						ctx.LightBackground = theme.name == "light" // as the terminal answered
					}
					view := views[name](w, h)
					text := strings.ReplaceAll(plain(view), "\u00a0", " ")
					if !strings.Contains(text, strings.TrimPrefix(served, "http://")) || !strings.Contains(text, "code "+room.SpacedCode()) {
						t.Errorf("%s %dx%d: no address and code as text:\n%s", name, w, h, plain(view))
					}
					if !drawn(plain(view)) {
						if w >= 80 {
							t.Errorf("%s %dx%d: no QR code", name, w, h)
						}
						continue
					}
					shot := fmt.Sprintf("%s-%dx%d-%s", name, w, h, theme.name)
					if noColor {
						shot += "-nocolor"
					}
					got, err := read(shot, view, w, theme.Theme)
					if got != want {
						t.Errorf("%s: zbarimg read %q (%v), want %q", shot, got, err, want)
						continue
					}
					readOnce = true
				}
			}
		}
	}
	if !readOnce {
		t.Fatal("no QR code was read")
	}

	// The address read opens the join page with the code in its field.
	res, err := http.Get(want)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), `value="`+room.Code+`"`) {
		t.Fatalf("GET %s: %d\n%s", want, res.StatusCode, body)
	}

	// A longer address, as on a home network, reads as well.
	long := "http://192.168.178.123:65535/?c=" + room.Code
	for _, large := range []bool{false, true} {
		for _, theme := range []termshot.Theme{termshot.Dark, termshot.Light} {
			ctx.NoColor, ctx.LightBackground = false, false
			lines := qrLines(long, large, false, false)
			if got, err := read(fmt.Sprintf("long-%v", large), strings.Join(lines, "\n"), 0, theme); got != long {
				t.Errorf("the long address (large %v): zbarimg read %q (%v)", large, got, err)
			}
		}
	}
}
