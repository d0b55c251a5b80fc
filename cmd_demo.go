package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"werkgroep/demo"
	"werkgroep/i18n"
)

// runDemo is `werkgroep demo`: it writes a fictional werkgroep into the
// data file and says how to open it.
func runDemo(args []string, stdout, stderr io.Writer) int {
	t := chromeLang(args)
	var c commonFlags
	fs := newFlagSet("werkgroep demo", "demo.usage", t, stderr)
	c.register(fs, t)
	size := fs.String("size", "", t.T("demo.flag.size"))
	if code, ok := parseArgs(fs, args, t, stderr, "demo.unknown"); !ok {
		return code
	}
	if _, err := demo.Name(*size); err != nil {
		fmt.Fprintln(stderr, t.T("demo.size.bad", *size))
		return 2
	}
	st, ok := openStore(&c, t, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	if st.ReadOnly() {
		fmt.Fprintln(stderr, t.T("open.cannotwrite", st.Path(), t.T("file.readonly")))
		return 1
	}
	o := demo.Options{Size: *size}
	if *size == demo.Large {
		fmt.Fprintln(stdout, t.T("demo.large.busy"))
		o.Progress = demoProgress(t, stderr)
	}
	w, err := demo.Fill(st, o)
	switch {
	case errors.Is(err, demo.ErrExists):
		fmt.Fprintln(stdout, t.T("demo.exists", st.Path(), shownName(w.Name)))
		return 0
	case err != nil:
		fmt.Fprintln(stderr, t.T("demo.failed", err))
		return 1
	}
	n, err := demo.Count(st, w.ID)
	if err != nil {
		fmt.Fprintln(stderr, t.T("demo.failed", err))
		return 1
	}
	fmt.Fprintln(stdout, t.T("demo.done", st.Path(), shownName(w.Name)))
	fmt.Fprintln(stdout, t.T("demo.counts", n.Sessions, n.Participants, n.Contributions, n.Outcomes, n.Decisions, n.Actions, n.Placements))
	fmt.Fprintln(stdout, t.T("demo.fictional"))
	fmt.Fprintln(stdout)
	fmt.Fprintln(stdout, t.T("demo.open"))
	fmt.Fprintln(stdout, "  "+demoOpenCommand(&c, st.Path()))
	return 0
}

// demoProgress reports progress once per tenth, each on a line of its own, so
// that it reads well in a terminal and in a log alike.
func demoProgress(t i18n.Catalog, w io.Writer) func(done, total int) {
	last := 0
	return func(done, total int) {
		if p := done * 10 / total; p > last {
			last = p
			fmt.Fprintln(w, t.T("demo.progress", p*10))
		}
	}
}

// demoOpenCommand is what to type to open the file: plain `werkgroep` for the
// default file, else with --data and the path quoted when it needs it.
func demoOpenCommand(c *commonFlags, path string) string {
	if c.data == "" && os.Getenv("WERKGROEP_DATA") == "" {
		return "werkgroep"
	}
	return "werkgroep --data " + demoQuote(path)
}

func demoQuote(s string) string {
	plain := strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:\\+,=@", r))
	}) < 0
	switch {
	case plain:
		return s
	case runtime.GOOS == "windows":
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
