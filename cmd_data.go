package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"werkgroep/i18n"
)

// dataFile is the data file to use, or false after saying why there is
// none: no data folder to be found, or a --data or WERKGROEP_DATA that
// points into a folder that does not exist. Such a path is most likely
// mistyped, so the folder is not made (the default file's folder is,
// on the first run, by store.Open).
func (c *commonFlags) dataFile(t i18n.Catalog, stderr io.Writer) (string, bool) {
	path, err := c.dataPath()
	if err != nil {
		fmt.Fprintln(stderr, t.T("open.nohome", err))
		return "", false
	}
	if c.data == "" && os.Getenv("WERKGROEP_DATA") == "" {
		return path, true
	}
	dir := filepath.Dir(path)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		key := "data.nofolder"
		if c.data == "" {
			key = "data.nofolder.env"
		}
		fmt.Fprintln(stderr, t.T(key, dir, path))
		return "", false
	}
	return path, true
}
