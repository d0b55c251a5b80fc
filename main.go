// Command werkgroep helps facilitators run working-group sessions in the
// terminal: a four-session vision process, capture of what the group says,
// and minutes in Markdown that the group owns.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"

	"werkgroep/i18n"
	"werkgroep/screens"
	"werkgroep/store"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	stdout, stderr = cleanOutput{stdout}, cleanOutput{stderr} // cmd_print.go
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "demo":
			return runDemo(args[1:], stdout, stderr)
		case "backup":
			return runBackup(args[1:], stdout, stderr)
		case "present":
			return runPresent(args[1:], stdout, stderr)
		case "serve":
			return runServe(args[1:], os.Stdin, stdout, stderr)
		}
	}
	return runTUI(args, stdout, stderr)
}

// commonFlags are the flags every command has.
type commonFlags struct {
	data string
	lang string
}

func (c *commonFlags) register(fs *flag.FlagSet, t i18n.Catalog) {
	fs.StringVar(&c.data, "data", "", t.T("flag.data"))
	fs.StringVar(&c.lang, "lang", "", t.T("flag.lang"))
}

// dataPath is --data, else WERKGROEP_DATA, else the default file.
func (c *commonFlags) dataPath() (string, error) {
	if c.data != "" {
		return c.data, nil
	}
	if p := os.Getenv("WERKGROEP_DATA"); p != "" {
		return p, nil
	}
	return store.DefaultPath()
}

// newFlagSet makes a flag set whose help text is in the chrome language.
func newFlagSet(name, usageKey string, t i18n.Catalog, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, t.T(usageKey))
		fmt.Fprintln(stderr)
		printFlags(fs, t, stderr)
	}
	return fs
}

// printFlags lists the flags as they are typed (--data FILE), with their
// defaults in the chrome language; flag.PrintDefaults writes -data and an
// English "(default ...)".
func printFlags(fs *flag.FlagSet, t i18n.Catalog, w io.Writer) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		switch {
		case t.Has("flag.arg." + f.Name):
			line += " " + t.T("flag.arg."+f.Name)
		case name != "":
			line += " " + strings.ToUpper(t.T("flag.value.string"))
		}
		fmt.Fprintln(w, line)
		fmt.Fprintln(w, "      "+usage)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintln(w, "      "+t.T("flag.default", f.DefValue))
		}
	})
}

// parseArgs parses a command's flags. It reports false when the command
// should stop with the returned code: after --help (0), or on a flag or an
// argument it does not know (2, said in plain words under extraKey).
func parseArgs(set *flag.FlagSet, args []string, t i18n.Catalog, stderr io.Writer, extraKey string) (int, bool) {
	if err := set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	if set.NArg() > 0 {
		fmt.Fprintln(stderr, t.T(extraKey, strings.Join(set.Args(), " ")))
		return 2, false
	}
	return 0, true
}

// existingData is the data file for commands that only read it: opening
// a missing one would make a new, empty file, and a typo in --data should
// say so instead.
func (c *commonFlags) existingData(t i18n.Catalog, stderr io.Writer) (string, bool) {
	path, ok := c.dataFile(t, stderr)
	if !ok {
		return "", false
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintln(stderr, t.T("export.nodata", path))
		return "", false
	}
	return path, true
}

// chromeLang finds --lang in args before the flags are parsed, so that the
// help text itself is in the right language.
func chromeLang(args []string) i18n.Catalog {
	flagLang := ""
	for i, a := range args {
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) {
				flagLang = args[i+1]
			}
		case len(a) > 7 && (a[:7] == "--lang=" || a[:6] == "-lang="):
			flagLang = a[len("--lang="):]
			if a[1] != '-' {
				flagLang = a[len("-lang="):]
			}
		}
	}
	return i18n.For(i18n.FromEnv(flagLang))
}

// openStore opens the data file and explains a failure in plain words.
func openStore(c *commonFlags, t i18n.Catalog, stderr io.Writer) (*store.Store, bool) {
	path, ok := c.dataFile(t, stderr)
	if !ok {
		return nil, false
	}
	st, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(stderr, explainOpen(t, path, err))
		return nil, false
	}
	if msg := modeNotice(t, st); msg != "" {
		fmt.Fprintln(stderr, msg)
	}
	return st, true
}

// modeNotice is what is said, once, about a data file that others could
// read (store.ModeChange), or "" when it was private already.
func modeNotice(t i18n.Catalog, st *store.Store) string {
	mc := st.ModeChange()
	switch {
	case mc == nil:
		return ""
	case mc.Err != nil:
		return t.T("file.private.failed", st.Path(), mc.From)
	default:
		return t.T("file.private.done", st.Path(), mc.From, mc.To)
	}
}

func explainOpen(t i18n.Catalog, path string, err error) string {
	var oe *store.OpenError
	if !errors.As(err, &oe) {
		return t.T("open.failed", path, err)
	}
	switch oe.Problem {
	case store.NotWerkgroep:
		return t.T("open.notwerkgroep", oe.Path)
	case store.Newer:
		return t.T("open.newer", oe.Path)
	case store.IsDirectory:
		return t.T("open.directory", oe.Path)
	case store.CannotWrite:
		return t.T("open.cannotwrite", oe.Path, oe.Err)
	default:
		return t.T("open.damaged", oe.Path, screens.RescuePath(t, oe.Path))
	}
}

func runTUI(args []string, stdout, stderr io.Writer) int {
	t := chromeLang(args)
	var c commonFlags
	fs := newFlagSet("werkgroep", "usage.main", t, stderr)
	c.register(fs, t)
	if code, ok := parseArgs(fs, args, t, stderr, "usage.unknown"); !ok {
		return code
	}
	path, ok := c.dataFile(t, stderr)
	if !ok {
		return 1
	}
	if err := store.Check(path); err != nil {
		fmt.Fprintln(stderr, explainOpen(t, path, err))
		return 1
	}
	limitMemory() // memory.go
	// The file is opened and the screens are built in Init, while the
	// renderer waits for its first tick (firstframe.go).
	m := &starting{path: path, lang: t}
	p := tea.NewProgram(m, tea.WithFPS(120), tea.WithoutSignalHandler())
	sigs := watchSignals(p) // signals.go
	defer sigs.stop()
	_, err := p.Run()
	sig := sigs.signal(err)
	s := m.s
	if s.crash != nil {
		fmt.Fprintln(stderr, s.crash.Report(crashDir(), t))
		return 1
	}
	if s.err != nil {
		fmt.Fprintln(stderr, explainOpen(t, path, s.err))
		return 1
	}
	// nothing is open when Bubble Tea could not take the terminal
	closeStore := sync.OnceFunc(s.close) // the change feed, then the file
	defer closeStore()
	if s.guard != nil {
		if msg := s.guard.Report(crashDir()); msg != "" {
			fmt.Fprintln(stderr, msg)
			return 1
		}
		// However the program ended, what is still being typed is kept;
		// what cannot be kept is shown, so it can be copied.
		var unsaved []string
		for _, d := range s.guard.KeepDrafts() {
			unsaved = append(unsaved, d.Text)
		}
		showUnsaved(stderr, t, unsaved)
		if sig != nil && len(unsaved) == 0 {
			tellSignal(stderr, t, sig)
		}
	}
	if sig != nil {
		closeStore()
		return exitForSignal(sig)
	}
	if err != nil {
		fmt.Fprintln(stderr, t.T("run.failed", err))
		return 1
	}
	return 0
}

// crashDir is where crash reports go: the program's own data folder.
func crashDir() string {
	if p, err := store.DefaultPath(); err == nil {
		return filepath.Dir(p)
	}
	return os.TempDir()
}
