package sessions

import (
	"slices"
	"strings"
	"unicode"
)

// A name may appear only as its owner chose (PROCESS.md, privacy): the
// program writes a person's name as they chose it, but a note-taker may
// type it into the text itself ("Anouk zegt: ..."), and then the minutes,
// the paragraph and the projector show it anyway. The program cannot know
// whether "Roos" in a sentence is a person or a flower, so it does not
// change the text; it says which words of the text are a name shown
// otherwise, so that the note-taker can look.

// HiddenNames returns the words of text that are part of the name of
// someone in people whose choice (naming gives it) does not show that
// part: a surname of someone named by first name, any part of the name of
// someone named by initials or not named. Each word once, in the order of
// the text; tussenvoegsels ("van", "de") and one-letter words never count.
func HiddenNames(text string, people []Participant, naming func(Participant) Naming) []string {
	return HiddenNameParts(people, naming).In(text)
}

// NameParts are the name parts that their owners chose not to show, lower
// case: made once for many texts (the minutes check every contribution).
type NameParts []string

// HiddenNameParts collects the parts of people's names that their choice
// does not show (see HiddenNames).
func HiddenNameParts(people []Participant, naming func(Participant) Naming) NameParts {
	var hidden NameParts
	for _, p := range people {
		parts := nameWords(p.Name)
		switch naming(p) {
		case FullName:
			continue
		case FirstName:
			if len(parts) > 0 {
				parts = parts[1:]
			}
		}
		for _, w := range parts {
			if len([]rune(w)) > 1 && !tussenvoegsel(w) {
				hidden = append(hidden, strings.ToLower(w))
			}
		}
	}
	return hidden
}

// In returns the words of text that are one of the parts, each once, in
// the order of the text.
func (hidden NameParts) In(text string) []string {
	if len(hidden) == 0 {
		return nil
	}
	var out []string
	for _, w := range nameWords(text) {
		if slices.Contains(hidden, strings.ToLower(w)) && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, w) }) {
			out = append(out, w)
		}
	}
	return out
}

// nameWords splits s into words of letters (a hyphen or an apostrophe
// inside a word splits it too: "Jansen-de Wit" is three words).
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// tussenvoegsel reports whether w is a word that joins a Dutch (or
// Arabic, French, German) surname to its first name rather than a name
// of its own.
func tussenvoegsel(w string) bool {
	switch strings.ToLower(w) {
	case "van", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "aan", "uit",
		"el", "al", "bin", "ben", "le", "la", "du", "da", "di", "von", "zu", "vd":
		return true
	}
	return false
}
