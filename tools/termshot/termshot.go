// Package termshot turns a terminal screen, as a program drew it (its
// text with SGR colour sequences, or a `tmux capture-pane -e` of it),
// into a picture of cells, so that a reader nobody here wrote can be
// shown what a person in front of the screen sees (the QR code of the
// phones' page, issue 17). Each cell is Cell pixels wide and twice that
// high, as a terminal font is; the block characters fill the cell or its
// top or bottom half in the cell's foreground colour, a space is the
// background, and any other character is drawn as a solid block in the
// foreground colour: text is never lighter than that, so a picture that
// reads with it reads with real glyphs too. Cells without colour take
// the terminal's own (the theme).
package termshot

import (
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"
)

// Theme is the terminal's own colours, for cells that set none.
type Theme struct {
	Fg, Bg color.RGBA
}

// Dark and Light are the two kinds of terminal theme.
var (
	Dark  = Theme{Fg: color.RGBA{0xd0, 0xd0, 0xd0, 0xff}, Bg: color.RGBA{0x1d, 0x1f, 0x21, 0xff}}
	Light = Theme{Fg: color.RGBA{0x20, 0x20, 0x20, 0xff}, Bg: color.RGBA{0xff, 0xff, 0xff, 0xff}}
)

// Cell is the width of a cell in pixels; a cell is 2*Cell high.
const Cell = 6

var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)
var other = regexp.MustCompile(`\x1b\[[0-9;:?]*[ -/]*[@-ln-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)`)

// cell is one drawn cell.
type cell struct {
	r      rune
	fg, bg color.RGBA
}

// Picture draws screen (lines of text with SGR sequences) at width
// cells, in theme t.
func Picture(screen string, width int, t Theme) *image.RGBA {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	grid := make([][]cell, len(lines))
	for y, l := range lines {
		grid[y] = parse(other.ReplaceAllString(l, ""), t)
		width = max(width, len(grid[y]))
	}
	img := image.NewRGBA(image.Rect(0, 0, width*Cell, len(lines)*2*Cell))
	for y := range grid {
		for x := 0; x < width; x++ {
			c := cell{r: ' ', fg: t.Fg, bg: t.Bg}
			if x < len(grid[y]) {
				c = grid[y][x]
			}
			top, bottom := c.bg, c.bg
			switch c.r {
			case ' ', 0:
			case '▀':
				top = c.fg
			case '▄':
				bottom = c.fg
			default: // █ and any glyph
				top, bottom = c.fg, c.fg
			}
			fill(img, x*Cell, y*2*Cell, Cell, Cell, top)
			fill(img, x*Cell, y*2*Cell+Cell, Cell, Cell, bottom)
		}
	}
	return img
}

func fill(img *image.RGBA, x0, y0, w, h int, c color.RGBA) {
	for y := y0; y < y0+h; y++ {
		for x := x0; x < x0+w; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

// parse reads one line's cells, following its SGR sequences (reset,
// reverse, the 8, 16, 256 and 24-bit colours, default fg and bg).
func parse(line string, t Theme) []cell {
	var out []cell
	fg, bg, reverse := t.Fg, t.Bg, false
	put := func(text string) {
		for _, r := range text {
			c := cell{r: r, fg: fg, bg: bg}
			if reverse {
				c.fg, c.bg = bg, fg
			}
			out = append(out, c)
		}
	}
	at := 0
	for _, m := range sgr.FindAllStringSubmatchIndex(line, -1) {
		put(line[at:m[0]])
		at = m[1]
		params := strings.FieldsFunc(line[m[2]:m[3]], func(r rune) bool { return r == ';' || r == ':' })
		if len(params) == 0 {
			params = []string{"0"}
		}
		for i := 0; i < len(params); i++ {
			n, _ := strconv.Atoi(params[i])
			switch {
			case n == 0:
				fg, bg, reverse = t.Fg, t.Bg, false
			case n == 7:
				reverse = true
			case n == 27:
				reverse = false
			case n == 39:
				fg = t.Fg
			case n == 49:
				bg = t.Bg
			case n >= 30 && n <= 37:
				fg = ansi(n - 30)
			case n >= 90 && n <= 97:
				fg = ansi(n - 90 + 8)
			case n >= 40 && n <= 47:
				bg = ansi(n - 40)
			case n >= 100 && n <= 107:
				bg = ansi(n - 100 + 8)
			case n == 38 || n == 48:
				var c color.RGBA
				if i+1 < len(params) && params[i+1] == "5" && i+2 < len(params) {
					k, _ := strconv.Atoi(params[i+2])
					c, i = xterm(k), i+2
				} else if i+1 < len(params) && params[i+1] == "2" && i+4 < len(params) {
					r, _ := strconv.Atoi(params[i+2])
					g, _ := strconv.Atoi(params[i+3])
					b, _ := strconv.Atoi(params[i+4])
					c, i = color.RGBA{uint8(r), uint8(g), uint8(b), 0xff}, i+4
				}
				if n == 38 {
					fg = c
				} else {
					bg = c
				}
			}
		}
	}
	put(line[at:])
	return out
}

// ansi is one of the 16 colours as xterm shows them.
func ansi(n int) color.RGBA {
	base := []color.RGBA{{0, 0, 0, 255}, {205, 0, 0, 255}, {0, 205, 0, 255}, {205, 205, 0, 255},
		{0, 0, 238, 255}, {205, 0, 205, 255}, {0, 205, 205, 255}, {229, 229, 229, 255},
		{127, 127, 127, 255}, {255, 0, 0, 255}, {0, 255, 0, 255}, {255, 255, 0, 255},
		{92, 92, 255, 255}, {255, 0, 255, 255}, {0, 255, 255, 255}, {255, 255, 255, 255}}
	return base[n&15]
}

// xterm is one of the 256 colours.
func xterm(n int) color.RGBA {
	switch {
	case n < 16:
		return ansi(n)
	case n < 232:
		n -= 16
		level := func(v int) uint8 {
			if v == 0 {
				return 0
			}
			return uint8(55 + 40*v)
		}
		return color.RGBA{level(n / 36), level(n / 6 % 6), level(n % 6), 255}
	}
	v := uint8(8 + 10*(n-232))
	return color.RGBA{v, v, v, 255}
}
