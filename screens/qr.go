package screens

import (
	"strings"

	"charm.land/lipgloss/v2"
	qrcode "github.com/skip2/go-qrcode"
)

// The QR code of the phones' page, drawn with characters: light modules
// as blocks and dark ones as spaces, on black with white blocks where
// colour is allowed, so that it reads as dark on light in any terminal
// theme. Without colour (NO_COLOR) the blocks are the terminal's own
// text colour: on a dark background they are the light modules, as
// with colour; where the terminal said its background is light
// (Context.LightBackground) they are the dark modules instead, and the
// spaces of the quiet zone the light background. Small: two rows of modules in one line of half blocks
// ("▀▄█"). Large (the projector): each module two cells wide, one line
// high, which is about square in most terminal fonts.

// qrQuiet is the light margin around the code, in modules.
const qrQuiet = 2

// qrModules are the code's modules, true for dark, with the quiet zone;
// nil when text cannot be encoded.
func qrModules(text string) [][]bool {
	q, err := qrcode.New(text, qrcode.Low)
	if err != nil {
		return nil
	}
	q.DisableBorder = true
	bm := q.Bitmap()
	n := len(bm) + 2*qrQuiet
	out := make([][]bool, n)
	for y := range out {
		out[y] = make([]bool, n)
		if y >= qrQuiet && y < n-qrQuiet {
			copy(out[y][qrQuiet:], bm[y-qrQuiet])
		}
	}
	return out
}

// qrLines draws text's QR code: large (two cells a module) or small (half
// blocks). noColor draws in the terminal's own colours, without setting
// any: the light modules as blocks, or the dark ones where lightBg (the
// terminal's background is light).
func qrLines(text string, large, noColor, lightBg bool) []string {
	m := qrModules(text)
	if m == nil {
		return nil
	}
	if noColor && lightBg { // blocks for the dark modules: flip, the quiet zone too
		for _, row := range m {
			for x := range row {
				row[x] = !row[x]
			}
		}
	}
	beyond := !(noColor && lightBg) // a block below the code's last line, as the quiet zone is
	style := lipgloss.NewStyle().Foreground(lipgloss.Color("#ffffff")).Background(lipgloss.Color("#000000"))
	paint := func(s string) string {
		if noColor {
			return s
		}
		return style.Render(s)
	}
	var out []string
	if large {
		for _, row := range m {
			var b strings.Builder
			for _, dark := range row {
				if dark {
					b.WriteString("  ")
				} else {
					b.WriteString("██")
				}
			}
			out = append(out, paint(b.String()))
		}
		return out
	}
	for y := 0; y < len(m); y += 2 {
		var b strings.Builder
		for x := range m[y] {
			top := !m[y][x]
			bottom := beyond // below the code: as the quiet zone
			if y+1 < len(m) {
				bottom = !m[y+1][x]
			}
			switch {
			case top && bottom:
				b.WriteString("█")
			case top:
				b.WriteString("▀")
			case bottom:
				b.WriteString("▄")
			default:
				b.WriteString(" ")
			}
		}
		out = append(out, paint(b.String()))
	}
	return out
}

// qrSize is the cells a drawing of text's code takes: width and lines.
func qrSize(text string, large bool) (int, int) {
	m := qrModules(text)
	n := len(m)
	if large {
		return 2 * n, n
	}
	return n, (n + 1) / 2
}
