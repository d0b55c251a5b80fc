package screens

import (
	"strings"
	"testing"
)

// The leidraad texts are typed page by page and stored together; one left
// empty stays empty (the paragraph then says nothing was recorded).
func TestLeidraadFormStoresTheTexts(t *testing.T) {
	ctx, w := testContext(t)
	s := setupOpen(t, NewLeidraadForm(ctx, w), 80, 24)
	if out := setupFits(t, s, 80, 24); !strings.Contains(out, "eerst luisteren") {
		t.Fatalf("want the first step of the leidraad:\n%s", out)
	}
	s = paste(t, s, "We begonnen elke keer met een kringgesprek.")
	s = press(t, s, "enter")
	s = paste(t, s, "Samen schreven we de visietekst.")
	s = press(t, s, "enter", "enter") // step 3 left empty
	s = paste(t, s, "Iedereen krijgt het verslag thuis.")
	press(t, s, "enter")
	got, err := ctx.Store.Werkgroep(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	l := got.Leidraad
	if l.Listen != "We begonnen elke keer met een kringgesprek." || l.Together != "Samen schreven we de visietekst." ||
		l.Role != "" || l.Feedback != "Iedereen krijgt het verslag thuis." {
		t.Errorf("stored %+v", l)
	}
	if got.Name != w.Name {
		t.Errorf("the name changed: %q", got.Name)
	}
}
