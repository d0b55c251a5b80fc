package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"werkgroep/store"
)

// runBackup is `werkgroep backup`: a consistent copy of the data file,
// also while a session is running in another window.
func runBackup(args []string, stdout, stderr io.Writer) int {
	t := chromeLang(args)
	var c commonFlags
	set := newFlagSet("werkgroep backup", "backup.usage", t, stderr)
	c.register(set, t)
	out := set.String("out", "", t.T("backup.flag.out"))
	if err := set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if set.NArg() > 0 {
		fmt.Fprintln(stderr, t.T("backup.args", strings.Join(set.Args(), " ")))
		return 2
	}
	if strings.TrimSpace(*out) == "" {
		fmt.Fprintln(stderr, t.T("backup.noout"))
		return 2
	}
	path, err := c.dataPath()
	if err != nil {
		fmt.Fprintln(stderr, t.T("open.nohome", err))
		return 1
	}
	// Opening would make a new, empty file: a typo in --data should say so.
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintln(stderr, t.T("export.nodata", path))
		return 1
	}
	if _, err := os.Lstat(*out); err == nil {
		fmt.Fprintln(stderr, t.T("backup.exists", *out))
		return 1
	}
	st, ok := openStore(&c, t, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	err = st.Backup(*out)
	switch {
	case errors.Is(err, store.ErrExists):
		fmt.Fprintln(stderr, t.T("backup.exists", *out))
		return 1
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, fs.ErrNotExist):
		fmt.Fprintln(stderr, t.T("backup.cannotwrite", *out, plainCause(err)))
		return 1
	case err != nil:
		fmt.Fprintln(stderr, t.T("backup.failed", err))
		return 1
	}
	fmt.Fprintln(stdout, t.T("backup.done", *out))
	return 0
}
