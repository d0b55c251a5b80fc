package export

import (
	"fmt"
	"os"
	"path/filepath"

	"werkgroep/datafile"
)

// Write writes the minutes: the main file at out (Markdown, or HTML when
// format is html) and doc.Files in the same folder. It refuses, before it
// writes anything, when one of them would replace doc.Source, a file
// SQLite keeps beside it, or any other database (a *datafile.Error).
// Earlier minutes are replaced without a question, as people re-export
// every week. Every file is readable by its owner only, and is written
// whole or not at all: a failure leaves no half file behind. It returns
// the paths written.
func Write(doc Document, out string, format string) ([]string, error) {
	format, err := normalFormat(format)
	if err != nil {
		return nil, err
	}
	data := []byte(doc.Markdown)
	if format == "html" {
		if len(doc.HTML) == 0 {
			return nil, fmt.Errorf("write %s: the HTML was not rendered (render with Format html)", out)
		}
		data = doc.HTML
	}
	if out == "" {
		return nil, fmt.Errorf("write: no file name")
	}
	targets := []string{out}
	dir := filepath.Dir(out)
	for _, f := range doc.Files {
		targets = append(targets, filepath.Join(dir, filepath.Base(f.Name)))
	}
	// All are checked first: a chart that turns out to be a link to the
	// data file must not leave the minutes written without their charts.
	for _, p := range targets {
		if err := datafile.Check(p, doc.Source); err != nil {
			return nil, err
		}
	}
	var written []string
	for i, p := range targets {
		body := data
		if i > 0 {
			body = doc.Files[i-1].Data
		}
		if err := writeFile(p, body); err != nil {
			return written, err
		}
		written = append(written, p)
	}
	return written, nil
}

// writeFile replaces path with data through a temporary file in the same
// folder, so that the old file stays whole until the new one is. A
// symbolic link is followed: the file it points to gets the new text, and
// the link stays.
func writeFile(path string, data []byte) error {
	final := datafile.Resolve(path)
	if fi, err := os.Stat(final); err == nil && fi.IsDir() {
		return fmt.Errorf("write %s: %w", path, errIsDir)
	}
	tmp, err := os.CreateTemp(filepath.Dir(final), "."+filepath.Base(final)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o600); err != nil {
		return fail(err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(name, final); err != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(filepath.Dir(final))
	return nil
}

// syncDir flushes a folder's entries, so that the rename survives a power
// cut. Not every system can (Windows cannot open a folder so); the file
// itself was flushed before the rename.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

var errIsDir = fmt.Errorf("is a folder")
