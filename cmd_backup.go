package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"werkgroep/datafile"
	"werkgroep/i18n"
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
	if err := store.Check(data); isDamage(err) {
		return rescue(t, data, *out, stdout, stderr)
	}
	st, ok := openStore(&c, t, stderr)
	if !ok {
		return 1
	}
	err := st.Backup(*out)
	st.Close()
	switch {
	case isDamage(err) || st.Damage() != nil:
		return rescue(t, data, *out, stdout, stderr)
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

// isDamage reports whether err is SQLite finding the file damaged, on
// opening it or while copying it.
func isDamage(err error) bool {
	var oe *store.OpenError
	var de *store.DamageError
	return errors.As(err, &de) || (errors.As(err, &oe) && oe.Problem == store.Damaged)
}

// rescue is the backup of a damaged file: everything that can still be
// read, copied into a new werkgroep file (store.Rescue), and how much.
// It exits 3: the copy is sound, but not all of the file.
func rescue(t i18n.Catalog, path, out string, stdout, stderr io.Writer) int {
	r, err := store.Rescue(path, out)
	if err != nil {
		fmt.Fprintln(stderr, t.T("backup.rescue.failed", path, plainCause(err)))
		return 1
	}
	fmt.Fprintln(stdout, t.T("backup.rescued", path, out, r.Rows, r.PerTable["contribution"], r.LostRows))
	if len(r.LostTables) > 0 {
		var names []string
		for _, tb := range r.LostTables {
			if t.Has("rescue.table." + tb) {
				tb = t.T("rescue.table." + tb)
			}
			names = append(names, tb)
		}
		fmt.Fprintln(stdout, t.T("backup.rescued.tables", strings.Join(names, ", ")))
	}
	return 3 // not a whole copy: scripts should notice
}
