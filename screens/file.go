package screens

import (
	"errors"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"

	"werkgroep/i18n"
)

// FileState is what the screens know of the data file besides its
// contents: opened read-only (it cannot be written), or found damaged by
// SQLite (nothing more is written to it). The store implements it.
type FileState interface {
	ReadOnly() bool
	Damage() error
	Path() string
}

// FileCheckedMsg is the result of the quick check of the file that runs
// in the background after the first frame; the frame then shows what it
// found.
type FileCheckedMsg struct{ Err error }

// ReadOnly reports whether nothing may be typed or changed: the file was
// opened read-only. Screens build their key maps with it (Editing), and
// the session screen opens in its list instead of in capture.
func (c *Context) ReadOnly() bool { return c.File != nil && c.File.ReadOnly() }

// cannotWrite reports whether nothing can be written to the file now:
// it is read-only, or damage was found in it.
func (c *Context) cannotWrite() bool { return c.ReadOnly() || c.damage() != nil }

// damage is the damage found in the file, or nil.
func (c *Context) damage() error {
	if c.File == nil {
		return nil
	}
	return c.File.Damage()
}

// Editing marks bindings that change something. On a read-only file they
// are disabled: they are left out of the help, and the root answers them
// with "alleen lezen" in the status line (Root.lockedKey) instead of
// letting a write fail with SQLite's words.
func (c *Context) Editing(bs ...*key.Binding) {
	if !c.ReadOnly() {
		return
	}
	for _, b := range bs {
		b.SetEnabled(false)
	}
}

// lockedKey reports whether msg is a key that the active screen has but
// that is disabled because the file is read-only.
func (r *Root) lockedKey(k string) bool {
	if !r.ctx.ReadOnly() {
		return false
	}
	locked := false
	for _, group := range r.top().KeyMap().FullHelp() {
		for _, b := range group {
			for _, bk := range b.Keys() {
				if bk != k {
					continue
				}
				if b.Enabled() {
					return false // the screen uses this key for something else
				}
				locked = true
			}
		}
	}
	return locked
}

// fileError says in plain words why a write was refused: the file is
// read-only or damaged. It reports false for any other error.
func (r *Root) fileError(err error) (string, bool) {
	var ro interface{ ReadOnly() bool }
	var dm interface{ Damaged() bool }
	switch {
	case errors.As(err, &dm) && dm.Damaged():
		return r.ctx.T("file.damaged.refused"), true
	case errors.As(err, &ro) && ro.ReadOnly():
		return r.ctx.T("file.readonly.key"), true
	}
	return "", false
}

// RescuePath is where a damaged file's readable contents are suggested to
// go: beside it, with "-gered" ("-rescued" in English) in its name.
func RescuePath(t i18n.Catalog, path string) string {
	ext := filepath.Ext(path)
	word := "gered"
	if t.Lang == i18n.EN {
		word = "rescued"
	}
	return strings.TrimSuffix(path, ext) + "-" + word + ext
}

// OpenNotice shows text in the status line, as a notice (not an error): what
// the program did on opening the file, said once.
func (r *Root) OpenNotice(text string) { r.status, r.isError = text, false }

// fileTag is put before the title in the header on every screen.
func (r *Root) fileTag() string {
	switch {
	case r.ctx.damage() != nil:
		return r.ctx.T("file.damaged") + " · "
	case r.ctx.ReadOnly():
		return r.ctx.T("file.readonly") + " · "
	}
	return ""
}

// syncFile fits the frame to what is known about the file: once damage
// is found, a notice of a few lines above the status line says what it
// means and what to do, and the screens get that much less room.
func (r *Root) syncFile() {
	d := r.ctx.damage()
	if d == nil || r.notice != nil {
		return
	}
	path := r.ctx.File.Path()
	w := max(1, r.width)
	r.notice = wrap(r.ctx.T("file.damaged.notice", path), w)
	// The command on lines of its own, broken only between its words, so
	// that it can be typed as it stands.
	cmd := strings.Fields("werkgroep backup --data " + path + " --out " + RescuePath(r.ctx.Lang, path))
	line := " "
	for _, f := range cmd {
		if len(line)+1+len(f) > w && line != " " {
			r.notice = append(r.notice, line)
			line = " "
		}
		line += " " + f
	}
	r.notice = append(r.notice, line)
	if len(r.notice) > 6 {
		r.notice = r.notice[len(r.notice)-6:]
	}
	w, h := r.bodySize()
	for _, s := range r.stack {
		s.SetSize(w, h)
	}
}
