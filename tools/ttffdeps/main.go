// Command ttffdeps is tools/ttffbase with the libraries werkgroep must
// carry linked in: the pure-Go SQLite driver (PRODUCT.md: storage is
// SQLite through a pure-Go driver) and Huh (PRODUCT.md: Huh for forms).
// It does nothing with them; their package initialisation runs before
// main all the same. Its first frame is the floor for any program on this
// stack, which tools/ttffpair.sh measures beside ttffbase and werkgroep
// (PERFORMANCE.md).
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	_ "charm.land/huh/v2"
	_ "modernc.org/sqlite"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "ctrl+c" || k.String() == "q") {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView("werkgroep · Visie & Participatie (groot voorbeeld)")
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}, tea.WithFPS(120)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
