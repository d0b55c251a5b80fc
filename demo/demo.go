// Package demo fills a werkgroep file with a fictional werkgroep, so that a
// newcomer sees every screen with content at once and a developer has a
// large data set to measure with.
//
// Everything it makes is invented: the people, what they said, the places.
// It is deterministic: the same Options give the same content (dates are
// fixed; chance comes from a seeded math/rand/v2). It writes only through
// the sessions.Store interface.
package demo

import (
	"errors"
	"fmt"

	"werkgroep/sessions"
)

// Sizes of the demo.
const (
	Small = "small" // a dozen people, about a hundred contributions (the default)
	Large = "large" // forty people, over ten thousand contributions
)

// Options choose what Fill makes.
type Options struct {
	Size string // "" or Small (default), or Large
	Seed int64  // varies the placements and, for Large, everything generated

	// Progress, when set, is called now and then while a large demo is
	// written, with how many writes are done out of about how many.
	Progress func(done, total int)
}

// ErrExists is returned by Fill when the file already holds a werkgroep
// with the demo's name; nothing is added then.
var ErrExists = errors.New("demo werkgroep already exists")

// ErrSize is returned for a size that is neither small nor large.
var ErrSize = errors.New("unknown demo size")

// Name is the name of the demo werkgroep of a size.
func Name(size string) (string, error) {
	switch size {
	case "", Small:
		return "Visie & Participatie (voorbeeld)", nil
	case Large:
		return "Visie & Participatie (groot voorbeeld)", nil
	}
	return "", fmt.Errorf("%w: %q", ErrSize, size)
}

// Fill writes the demo werkgroep into st and returns it. When a werkgroep
// with the demo's name is already there, it returns that one and
// ErrExists. It writes in one transaction: a failure leaves nothing.
func Fill(st sessions.Store, o Options) (sessions.Werkgroep, error) {
	name, err := Name(o.Size)
	if err != nil {
		return sessions.Werkgroep{}, err
	}
	all, err := st.Werkgroepen()
	if err != nil {
		return sessions.Werkgroep{}, fmt.Errorf("demo: %w", err)
	}
	for _, s := range all {
		if s.Name == name {
			return s.Werkgroep, ErrExists
		}
	}
	w := sessions.Werkgroep{Name: name, Lang: sessions.Dutch, Leidraad: leidraad}
	var fill func(*writer) error
	if o.Size == Large {
		w.Theme, w.Trekkers = largeTheme, largeTrekkers
		fill = fillLarge
	} else {
		w.Theme, w.Trekkers = smallTheme, smallTrekkers
		fill = fillSmall
	}
	// One transaction: the demo is there whole or not at all, and a large
	// one costs one sync instead of twenty thousand.
	err = st.Batch(func(st sessions.Store) error {
		if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
			return err
		}
		return fill(newWriter(st, w, o))
	})
	if err != nil {
		return sessions.Werkgroep{}, fmt.Errorf("demo: %w", err)
	}
	return w, nil
}
