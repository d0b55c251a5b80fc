package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// A second "Martin" in the minutes warns and suggests a choice that tells
// them apart; a new person's paragraph choice starts one step more private
// than the minutes choice and follows it, until it is chosen by hand.
func TestSecondMartinWarnsAndParagraphFollows(t *testing.T) {
	ctx, w, _ := peopleWith(t)
	martin := sessions.Participant{WerkgroepID: w.ID, Name: "Martin Stam", Naming: sessions.FirstName, Paragraph: sessions.Initials}
	if err := ctx.Store.SaveParticipant(&martin); err != nil {
		t.Fatal(err)
	}
	s := setupOpen(t, NewParticipants(ctx, w.ID, 0), 80, 21)
	s = press(t, s, "a")
	s = paste(t, s, "Martin de Boer")
	lastNav = nil
	s = press(t, s, "enter", "down", "enter", "enter", "enter") // voornaam; paragraph as it follows
	ps := storedPeople(t, ctx, w)
	got := ps[len(ps)-1]
	if got.Name != "Martin de Boer" || got.Naming != sessions.FirstName || got.Paragraph != sessions.Initials {
		t.Fatalf("stored %+v; want first name, and initials in the paragraph", got)
	}
	warn := statusText()
	if !strings.Contains(warn, "Martin Stam") || !strings.Contains(warn, "„Martin”") || !strings.Contains(warn, "Beter: volledige naam") {
		t.Errorf("want a warning about two Martins with a suggestion, got %q", warn)
	}

	// chosen by hand: the paragraph keeps what was chosen
	s = press(t, s, "a")
	s = paste(t, s, "Ans Kok")
	lastNav = nil
	press(t, s, "enter", "down", "down", "enter", "up", "up", "enter", "enter") // initialen; paragraph: voornaam
	ps = storedPeople(t, ctx, w)
	got = ps[len(ps)-1]
	if got.Naming != sessions.Initials || got.Paragraph != sessions.FirstName {
		t.Errorf("stored %+v; want initials, and the first name chosen by hand", got)
	}
	if warn := statusText(); strings.Contains(warn, "Beter:") {
		t.Errorf("no clash, yet %q", warn)
	}
}
