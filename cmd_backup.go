package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"werkgroep/datafile"
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
	if code, ok := parseArgs(set, args, t, stderr, "backup.args"); !ok {
		return code
	}
	if strings.TrimSpace(*out) == "" {
		fmt.Fprintln(stderr, t.T("backup.noout"))
		return 2
	}
	data, ok := c.existingData(t, stderr)
	if !ok {
		return 1
	}
	var refused *datafile.Error
	if errors.As(datafile.Check(*out, data), &refused) {
		fmt.Fprintln(stderr, refused.Say(t))
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
	err := st.Backup(*out)
	switch {
	case errors.As(err, &refused):
		fmt.Fprintln(stderr, refused.Say(t))
		return 1
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
