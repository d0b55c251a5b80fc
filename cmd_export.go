package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"

	"werkgroep/datafile"
	"werkgroep/export"
	"werkgroep/i18n"
	"werkgroep/screens"
	"werkgroep/sessions"
	"werkgroep/store"
)

// exportFlags are the options of `werkgroep export`.
type exportFlags struct {
	commonFlags
	werkgroep string
	session   string
	format    string
	out       string
	paragraaf bool // the participatieparagraaf alone (export/paragraaf.go)
}

// runExport is `werkgroep export`: minutes to a file, without the screen,
// for scripts. It prints the paths written, one per line.
func runExport(args []string, stdout, stderr io.Writer) int {
	t := chromeLang(args)
	var f exportFlags
	set := newFlagSet("werkgroep export", "export.usage", t, stderr)
	f.register(set, t)
	set.StringVar(&f.werkgroep, "werkgroep", "", t.T("export.flag.werkgroep"))
	set.StringVar(&f.session, "session", "all", t.T("export.flag.session"))
	set.StringVar(&f.format, "format", "", t.T("export.flag.format"))
	set.StringVar(&f.out, "out", "", t.T("export.flag.out"))
	set.BoolVar(&f.paragraaf, "participatieparagraaf", false, t.T("para.flag"))
	if code, ok := parseArgs(set, args, t, stderr, "export.args"); !ok {
		return code
	}
	o, ok := f.options(t, stderr)
	if !ok {
		return 2
	}
	if _, ok := f.existingData(t, stderr); !ok {
		return 1
	}
	st, ok := openStore(&f.commonFlags, t, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	w, msg := chooseWerkgroep(st, f.werkgroep, t)
	if msg != "" {
		fmt.Fprintln(stderr, msg)
		return 1
	}
	o.Werkgroep = w.ID
	render := export.Render
	if f.paragraaf {
		render = export.RenderParagraaf
	}
	doc, err := render(st, o)
	if errors.Is(err, export.ErrNoSession) {
		fmt.Fprintln(stderr, noSession(st, w, o.Session, t))
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, failedMessage(err, t))
		return 1
	}
	paths, err := export.Write(doc, f.out, o.Format)
	var refused *datafile.Error
	if errors.As(err, &refused) {
		fmt.Fprintln(stderr, refused.Say(t))
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, t.T("export.cannotwrite", f.out, plainCause(err)))
		return 1
	}
	for _, p := range paths {
		fmt.Fprintln(stdout, p)
	}
	for _, h := range doc.HiddenNames { // written as typed: say where to look
		fmt.Fprintln(stderr, t.T("export.hidden.one", t.T("export.hidden.place", h.Session, h.Step), screens.QuoteWords(h.Words)))
	}
	return 0
}

// options checks --out, --session and --format and turns them into
// export options; a problem is explained on stderr.
func (f *exportFlags) options(t i18n.Catalog, stderr io.Writer) (export.Options, bool) {
	var o export.Options
	if strings.TrimSpace(f.out) == "" {
		fmt.Fprintln(stderr, t.T("export.noout"))
		return o, false
	}
	switch s := strings.ToLower(strings.TrimSpace(f.session)); s {
	case "all", "alle", "":
	default:
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			fmt.Fprintln(stderr, t.T("export.badsession", f.session))
			return o, false
		}
		o.Session = n
	}
	o.Format = strings.ToLower(strings.TrimSpace(f.format))
	if o.Format == "" {
		o.Format = "md"
		if ext := strings.ToLower(filepath.Ext(f.out)); ext == ".html" || ext == ".htm" {
			o.Format = "html"
		}
	}
	if o.Format != "md" && o.Format != "html" {
		fmt.Fprintln(stderr, t.T("export.badformat", f.format))
		return o, false
	}
	return o, true
}

// chooseWerkgroep finds the werkgroep by name (any case), or the only one
// when no name is given. The message says what went wrong otherwise.
func chooseWerkgroep(st sessions.Store, name string, t i18n.Catalog) (sessions.Werkgroep, string) {
	list, err := st.Werkgroepen()
	if err != nil {
		return sessions.Werkgroep{}, failedMessage(err, t)
	}
	var names []string
	for _, w := range list {
		names = append(names, "„"+shownName(w.Name)+"”")
		if t.Lang == i18n.EN {
			names[len(names)-1] = strconv.Quote(shownName(w.Name))
		}
	}
	name = strings.TrimSpace(name)
	switch {
	case len(list) == 0:
		return sessions.Werkgroep{}, t.T("export.empty", st.Path())
	case name == "" && len(list) == 1:
		return list[0].Werkgroep, ""
	case name == "":
		return sessions.Werkgroep{}, t.T("export.choose", st.Path(), strings.Join(names, ", "))
	}
	for _, w := range list {
		if strings.EqualFold(strings.TrimSpace(w.Name), name) {
			return w.Werkgroep, ""
		}
	}
	// The messages list the names as shown, without control characters, so
	// a name typed from such a message must find its werkgroep too.
	for _, w := range list {
		if strings.EqualFold(strings.TrimSpace(shownName(w.Name)), name) {
			return w.Werkgroep, ""
		}
	}
	return sessions.Werkgroep{}, t.T("export.nowerkgroep", shownName(name), st.Path(), strings.Join(names, ", "))
}

// noSession explains which session numbers the werkgroep does have.
func noSession(st sessions.Store, w sessions.Werkgroep, n int, t i18n.Catalog) string {
	ss, err := st.Sessions(w.ID)
	if err != nil || len(ss) == 0 {
		return t.T("export.nosessions", shownName(w.Name))
	}
	return t.T("export.nosession", shownName(w.Name), n, ss[len(ss)-1].Number)
}

// failedMessage says why the minutes could not be made. A file that SQLite
// finds damaged while reading gets the plain words and the rescue command,
// as on opening, not SQLite's English inside a Dutch sentence.
func failedMessage(err error, t i18n.Catalog) string {
	var de *store.DamageError
	if errors.As(err, &de) {
		return t.T("open.damaged", de.Path, screens.RescuePath(t, de.Path))
	}
	return t.T("export.failed", err)
}

// plainCause is the operating system's reason without the path around it.
func plainCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
