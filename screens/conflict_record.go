package screens

import (
	"errors"
	"iter"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// Every kind of record a person edits (an entry, a placement, a step, a
// participant, a decision, an action, a session, a werkgroep) is saved
// and asked about the same way; what differs is said in a record: how it
// is stored, merged and put in words.

// record is how the clash of one kind of record stores and shows it.
type record[T any] struct {
	ctx   *Context
	store func(*T) error // at its Version (changed.go), or new with a zero ID
	merge func(base, mine, theirs T, m sessions.Merge) (T, bool)
	lines func(T) []string // the record in words
	// ref is where the record keeps its ID and version; a record
	// without an ID of its own (nil) is told apart by same.
	ref  func(*T) (*sessions.ID, *int64)
	same func(a, b T) bool
	// rebase, where set, is how dst takes the version of from, for a
	// record whose version is not a number (a theme's name as it was).
	rebase func(dst *T, from T)
	// intro is the question (a text key); gone the question when the
	// record was deleted meanwhile, "" where that is no question (mine
	// then cannot be stored as new: ErrNotFound is returned instead).
	intro, gone string
	// seen is told of the record as stored now, when a save found it
	// changed elsewhere; nil when the screen need not know.
	seen func(T)
}

// recordClash is a clash about one record: theirs as stored now (nil
// when deleted meanwhile), mine what saving mine stores, my changes over
// theirs.
type recordClash[T any] struct {
	*clash
	r      *record[T]
	theirs *T
	mine   T
	edit   bool // mine has text to go on editing
}

// save stores mine, a change of base, against base's version, and
// returns it as stored. A change elsewhere to other fields is merged and
// stored (note says so); when both changed the same field, or the record
// was deleted meanwhile (and r asks then), nothing is stored and the
// clash to show is returned, holding mine. err is why nothing was stored
// otherwise.
func (r *record[T]) save(base, mine T, edit bool) (stored T, note tea.Cmd, x *recordClash[T], err error) {
	e := mine
	r.take(&e, base)
	for range 3 { // a new change elsewhere between two tries is merged again
		if err = r.store(&e); err == nil {
			return e, note, nil, nil
		}
		if errors.Is(err, sessions.ErrNotFound) && r.gone != "" {
			return e, nil, r.ask(nil, mine, edit), nil
		}
		theirs, changed := sessions.Changed[T](err)
		if !changed {
			return e, nil, nil, err
		}
		if r.seen != nil {
			r.seen(theirs)
		}
		merged, ok := r.merge(base, mine, theirs, sessions.Ask)
		if !ok {
			over, _ := r.merge(base, mine, theirs, sessions.MineWins)
			return e, nil, r.ask(&theirs, over, edit), nil
		}
		base, mine, e = theirs, merged, merged
		note = Notify(r.ctx.T("conflict.merged"))
	}
	return e, nil, nil, err
}

// ask is the question about mine and theirs (nil: deleted meanwhile).
func (r *record[T]) ask(theirs *T, mine T, edit bool) *recordClash[T] {
	intro, lines := r.ctx.T(r.intro), []string(nil)
	if theirs == nil {
		intro = r.ctx.T(r.gone)
	} else {
		lines = r.lines(*theirs)
	}
	return &recordClash[T]{clash: newClash(r.ctx, intro, lines, r.lines(mine), edit, theirs == nil),
		r: r, theirs: theirs, mine: mine, edit: edit}
}

// refresh shows theirs as stored now, from what a reload read: another
// change may have come since the question appeared, and saving mine then
// saves over that one.
func (x *recordClash[T]) refresh(now iter.Seq[T]) {
	if x == nil || x.theirs == nil {
		return
	}
	for t := range now {
		if x.r.isSame(t, *x.theirs) {
			*x.theirs = t
			x.clash.theirs = x.r.lines(t)
			x.r.take(&x.mine, t)
		}
	}
}

// over is mine to be saved over theirs, at its version; with no theirs
// (deleted meanwhile) as new.
func (x *recordClash[T]) over() T {
	m := x.mine
	if x.theirs == nil {
		id, v := x.r.ref(&m)
		*id = 0
		if v != nil {
			*v = 0
		}
		return m
	}
	x.r.take(&m, *x.theirs)
	return m
}

// take gives dst the version of from.
func (r *record[T]) take(dst *T, from T) {
	if r.rebase != nil {
		r.rebase(dst, from)
		return
	}
	_, v := r.ref(dst)
	_, w := r.ref(&from)
	*v = *w
}

// isSame tells whether a and b are the same record: the same ID.
func (r *record[T]) isSame(a, b T) bool {
	if r.same != nil {
		return r.same(a, b)
	}
	x, _ := r.ref(&a)
	y, _ := r.ref(&b)
	return *x == *y
}

// saveOver stores mine over theirs (or as new), as the person chose, and
// reports whether it did. open, where the screen keeps its question, is
// then nil, or the question again when a newer change came elsewhere.
func (x *recordClash[T]) saveOver(open **recordClash[T]) (stored T, ok bool, cmd tea.Cmd) {
	m := x.over()
	if stored, ok, *open, cmd = x.r.saved(m, m, x.edit); !ok {
		return stored, false, cmd
	}
	return stored, true, Notify(x.r.ctx.T(x.keptMine()))
}

// saved is save for a screen: the question to open, or else Fail(err)
// or the notice that a change elsewhere was merged.
func (r *record[T]) saved(base, mine T, edit bool) (stored T, ok bool, x *recordClash[T], cmd tea.Cmd) {
	stored, note, x, err := r.save(base, mine, edit)
	switch {
	case x != nil:
		return stored, false, x, nil
	case err != nil:
		return stored, false, nil, Fail(err)
	}
	return stored, true, nil, note
}

// keptMine is the notice for mine stored: over theirs, or as new.
func (x *recordClash[T]) keptMine() string {
	if x.theirs == nil {
		return "conflict.kept.new"
	}
	return "conflict.kept.mine"
}

// keyMap is the help of the open question.
func (c *clash) keyMap() help.KeyMap {
	b := c.bindings()
	return keyMap{short: b, full: [][]key.Binding{b}}
}

// countCell is a number kept at one place (the stickers at a point of the
// schema or on an option, a person's dots on an option) as a record: the
// number the change began from is its version.
type countCell[K comparable] struct {
	at     K
	n, was int
}

// countRecord is how a clash stores a count: store stores n at at while
// the stored count is still was, and else says changed with the count
// stored now.
func countRecord[K comparable](ctx *Context, intro string, line func(at K, n int) string,
	store func(at K, n, was int) (now int, changed bool, err error)) *record[countCell[K]] {
	return &record[countCell[K]]{ctx: ctx,
		store: func(c *countCell[K]) error {
			now, changed, err := store(c.at, c.n, c.was)
			if changed {
				return &sessions.ErrChanged[countCell[K]]{Current: countCell[K]{c.at, now, now}}
			}
			c.was = c.n
			return err
		},
		merge: func(base, mine, theirs countCell[K], m sessions.Merge) (countCell[K], bool) {
			n, ok := sessions.MergeCount(base.n, mine.n, theirs.n, m)
			return countCell[K]{theirs.at, n, theirs.was}, ok
		},
		lines:  func(c countCell[K]) []string { return []string{line(c.at, c.n)} },
		same:   func(a, b countCell[K]) bool { return a.at == b.at },
		rebase: func(dst *countCell[K], from countCell[K]) { dst.was = from.was },
		intro:  intro}
}
