package sessions

import (
	"slices"
	"testing"
)

func TestHiddenNames(t *testing.T) {
	people := []Participant{
		{Name: "Fatima el Amrani", Naming: FullName},
		{Name: "Joost de Vries", Naming: FirstName},
		{Name: "Anouk Jansen-de Wit", Naming: NotNamed},
		{Name: "Karim Benali", Naming: Initials},
	}
	minutes := func(p Participant) Naming { return p.Naming }
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Fatima el Amrani vertelt over haar buurt.", nil},                 // as she chose
		{"Joost zegt dat het beleid al klaar is.", nil},                    // first name: as he chose
		{"Joost de Vries zegt: De Vries is mijn naam.", []string{"Vries"}}, // his surname he did not choose
		{"anouk: als je ons als doelgroep ziet", []string{"anouk"}},        // any case
		{"Mevrouw Jansen-de Wit en Karim, en ANOUK", []string{"Jansen", "Wit", "Karim", "ANOUK"}},
		{"De buurt van het Amsterdamse Bos", nil},   // tussenvoegsels are no names
		{"Anoukje en Karimpje", nil},                // whole words only
		{"Karim? Karim! karim.", []string{"Karim"}}, // each once
	} {
		if got := HiddenNames(c.text, people, minutes); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	// With the more private of the two choices (the whole process, the
	// paragraph), a first name chosen only for the minutes counts too.
	joost := []Participant{{Name: "Joost de Vries", Naming: FirstName, Paragraph: Initials}}
	strict := func(p Participant) Naming { return MorePrivate(p.Naming, p.Paragraph) }
	if got := HiddenNames("Joost zegt", joost, strict); !slices.Equal(got, []string{"Joost"}) {
		t.Errorf("initials in the paragraph: got %q, want Joost", got)
	}
	if got := HiddenNames("Joost zegt", joost, minutes); got != nil {
		t.Errorf("first name in the minutes: got %q, want nothing", got)
	}
}
