package screens

import (
	"strings"
	"testing"

	"werkgroep/sessions"
)

// Storing (or editing into) a text that holds the name of someone who
// chose not to be named, or to be named otherwise, stores it as typed and
// says so; a name as its owner chose says nothing (names_hidden.go).
func TestStoringAHiddenNameSaysSo(t *testing.T) {
	s, ctx := openSession(t, 1) // Ahmed el Amrani is not named, Petra de Vries by initials
	typeText(t, s, "Ahmed zegt dat Linda Carolus gelijk heeft")
	press(t, s, "enter")
	got, _ := ctx.Store.Contributions(s.session.ID)
	if len(got) != 1 || got[0].Text != "Ahmed zegt dat Linda Carolus gelijk heeft" {
		t.Fatalf("stored %+v, want the text as typed", got)
	}
	if want := "Let op: „Ahmed” is een naam die de persoon niet overal wil zien."; !strings.Contains(statusTexts(), want) {
		t.Errorf("status %q, want %q", statusTexts(), want)
	}
	lastNav = nil
	typeText(t, s, "Linda Carolus vraagt door")
	press(t, s, "enter")
	if strings.Contains(statusTexts(), "Let op") {
		t.Errorf("a name as its owner chose was flagged: %q", statusTexts())
	}
	lastNav = nil
	press(t, s, "esc", "e") // edit the latest one
	press(t, s, "end")
	typeText(t, s, " met mevrouw De Vries")
	press(t, s, "enter")
	if want := "„Vries”"; !strings.Contains(statusTexts(), want) {
		t.Errorf("after the edit: status %q, want it to name %s", statusTexts(), want)
	}
}

// The export screen says where the minutes hold such a name, on the line
// above the preview, without whose name it is.
func TestExportScreenSaysWhereAHiddenNameIs(t *testing.T) {
	ctx, w := testContext(t)
	ss, _ := ctx.Store.Sessions(w.ID)
	p := sessions.Participant{WerkgroepID: w.ID, Name: "Ahmed el Amrani", Naming: sessions.NotNamed, Paragraph: sessions.NotNamed}
	mustDo(t, ctx.Store.SaveParticipant(&p))
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[1].ID, ByGroup: true, Text: "Volgens Ahmed is dat niet zo"}
	mustDo(t, ctx.Store.AddContribution(&c))
	e := NewExport(ctx, w.ID, 1).(*Export)
	e.SetSize(100, 21)
	e = runCmd(t, e, e.Init(), 0).(*Export)
	want := "Let op: in bijeenkomst 1, stap 2 staat „Ahmed”, een naam die de persoon niet overal wil zien."
	if v := plain(e.View()); !strings.Contains(v, want) {
		t.Fatalf("the export screen does not say %q:\n%s", want, v)
	}
}
