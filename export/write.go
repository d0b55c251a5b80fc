package export

import (
	"fmt"
	"os"
	"path/filepath"
)

// Write writes the minutes: the main file at out (Markdown, or HTML when
// format is html) and doc.Files in the same folder. Every file is readable
// by its owner only, and is written whole or not at all: a failure leaves
// no half file behind. It returns the paths written.
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
	var written []string
	if err := writeFile(out, data); err != nil {
		return nil, err
	}
	written = append(written, out)
	dir := filepath.Dir(out)
	for _, f := range doc.Files {
		p := filepath.Join(dir, filepath.Base(f.Name))
		if err := writeFile(p, f.Data); err != nil {
			return written, err
		}
		written = append(written, p)
	}
	return written, nil
}

// writeFile replaces path with data through a temporary file in the same
// folder, so that the old file stays whole until the new one is.
func writeFile(path string, data []byte) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("write %s: %w", path, errIsDir)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
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
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

var errIsDir = fmt.Errorf("is a folder")
