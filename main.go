// Command werkgroep helps facilitators run working-group sessions in the
// terminal: a four-session vision process, capture of what the group says,
// and minutes in Markdown that the group owns.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"werkgroep/i18n"
	"werkgroep/screens"
	"werkgroep/store"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "demo":
			return runDemo(args[1:], stdout, stderr)
		case "backup":
			return runBackup(args[1:], stdout, stderr)
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
	path, err := c.dataPath()
	if err != nil {
		fmt.Fprintln(stderr, t.T("open.nohome", err))
		return nil, false
	}
	st, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(stderr, explainOpen(t, path, err))
		return nil, false
	}
	return st, true
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
		return t.T("open.damaged", oe.Path)
	}
}

func runTUI(args []string, stdout, stderr io.Writer) int {
	t := chromeLang(args)
	var c commonFlags
	fs := newFlagSet("werkgroep", "usage.main", t, stderr)
	c.register(fs, t)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, t.T("usage.unknown", fs.Arg(0)))
		return 2
	}
	st, ok := openStore(&c, t, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	limitMemory() // memory.go
	ctx := screens.NewContext(st, string(t.Lang))
	home := screens.NewHome(ctx)
	ready := preload(home) // beside the terminal's set-up (firstframe.go)
	root := screens.NewRoot(ctx, home)
	guard := screens.NewGuard(root, t)
	p := tea.NewProgram(afterPreload{guard, ready}, tea.WithFPS(120))
	_, err := p.Run()
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

// crashDir is where crash reports go: the program's own data folder.
func crashDir() string {
	if p, err := store.DefaultPath(); err == nil {
		return filepath.Dir(p)
	}
	return os.TempDir()
}
