package screens

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Theme is every colour the program uses, in one place. Meaning never
// rests on colour alone: selection also has a marker and reverse video,
// states also have words.
type Theme struct {
	Accent, Muted, Warn, Error, OK, Border color.Color
}

// defaultTheme reads well on dark and light terminals and on a projector.
var defaultTheme = Theme{
	Accent: lipgloss.Color("#5FAFFF"),
	Muted:  lipgloss.Color("#8A8A8A"),
	Warn:   lipgloss.Color("#FFAF00"),
	Error:  lipgloss.Color("#FF5F5F"),
	OK:     lipgloss.Color("#5FD787"),
	Border: lipgloss.Color("#585858"),
}

// cursorMark marks the selected row of every list in text, so that the
// selection shows without colour too. It is "»" (U+00BB) rather than "›"
// (U+203A) for speed: the first character above U+02FF that the renderer
// meets makes go-runewidth fill a 2 MB table, 5 to 10 ms on a slow
// machine, and the home screen's list would put that before the first
// frame (PERFORMANCE.md).
const cursorMark = "» "

// Styles is built once from the theme and passed down through Context.
type Styles struct {
	Header, Title, Subtle, Bold, Prompt, Selected, Cursor lipgloss.Style
	Status, Error, Warn, OK, Pane, PaneFocused, Label     lipgloss.Style
	Footer, Notice                                        lipgloss.Style
}

// NewStyles builds the styles of the default theme.
func NewStyles() Styles {
	t := defaultTheme
	return Styles{
		Header:      lipgloss.NewStyle().Bold(true),
		Title:       lipgloss.NewStyle().Bold(true).Foreground(t.Accent),
		Subtle:      lipgloss.NewStyle().Foreground(t.Muted),
		Bold:        lipgloss.NewStyle().Bold(true),
		Prompt:      lipgloss.NewStyle().Bold(true),
		Selected:    lipgloss.NewStyle().Reverse(true),
		Cursor:      lipgloss.NewStyle().Reverse(true),
		Status:      lipgloss.NewStyle().Foreground(t.OK),
		Error:       lipgloss.NewStyle().Bold(true).Foreground(t.Error),
		Warn:        lipgloss.NewStyle().Bold(true).Foreground(t.Warn),
		OK:          lipgloss.NewStyle().Foreground(t.OK),
		Pane:        lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(t.Border),
		PaneFocused: lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(t.Accent),
		Label:       lipgloss.NewStyle().Foreground(t.Accent),
		Footer:      lipgloss.NewStyle().Foreground(t.Muted),
		Notice:      lipgloss.NewStyle().Italic(true),
	}
}
