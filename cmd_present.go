package main

import (
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"

	"werkgroep/screens"
)

// runPresent is `werkgroep present`: a full window for the projector that
// follows the program leading the room (screens.RoomPresent). It stores
// nothing; the file is opened as by werkgroep itself, so that a file it
// must refuse is refused in the same plain words.
func runPresent(args []string, stdout, stderr io.Writer) int {
	t := chromeLang(args)
	var c commonFlags
	var name string
	set := newFlagSet("werkgroep present", "present.usage", t, stderr)
	c.register(set, t)
	set.StringVar(&name, "werkgroep", "", t.T("export.flag.werkgroep"))
	if code, ok := parseArgs(set, args, t, stderr, "present.args"); !ok {
		return code
	}
	if _, ok := c.existingData(t, stderr); !ok {
		return 1
	}
	st, ok := openStore(&c, t, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	w, msg := chooseWerkgroep(st, name, t)
	if msg != "" {
		fmt.Fprintln(stderr, msg)
		return 1
	}
	feed := st.Watch()
	defer feed.Close()
	ctx := screens.NewContext(st, string(t.Lang))
	ctx.Changes = feed.C
	guard := screens.NewGuard(screens.NewRoot(ctx, screens.NewRoomPresent(ctx, w.ID)), t)
	_, err := tea.NewProgram(guard, tea.WithFPS(120)).Run()
	if msg := guard.Report(crashDir()); msg != "" {
		fmt.Fprintln(stderr, msg)
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, t.T("run.failed", err))
		return 1
	}
	return 0
}
