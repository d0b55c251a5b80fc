package sessions_test

import (
	"path/filepath"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// The history of a contribution's outcome is kept, each change with its
// date, in the order made; the contribution shows the latest.
func TestOutcomeHistoryIsKeptWithDates(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := sessions.Werkgroep{Name: "Historie"}
	if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := st.Sessions(w.ID)
	c := sessions.Contribution{SessionID: ss[0].ID, StepID: ss[0].Steps[0].ID, Text: "Meer ED'ers in de buurtteams"}
	if err := st.AddContribution(&c); err != nil {
		t.Fatal(err)
	}
	changes := []struct {
		o    sessions.Outcome
		note string
	}{
		{sessions.NotAdopted, "past niet in de begroting"},
		{sessions.PartlyAdopted, "twee buurtteams; de rest na de evaluatie"},
		{sessions.Adopted, "visietekst, alinea 4"},
	}
	for _, ch := range changes {
		if err := sessions.ValidateOutcome(ch.o, ch.note); err != nil {
			t.Fatal(err)
		}
		if err := st.SetOutcome(c.ID, ch.o, sessions.CleanOutcomeNote(ch.note)); err != nil {
			t.Fatal(err)
		}
	}
	h, err := st.OutcomeHistory(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != len(changes) {
		t.Fatalf("history has %d changes, want %d", len(h), len(changes))
	}
	for i, ch := range changes {
		if h[i].Outcome != ch.o || h[i].Note != ch.note || h[i].At.IsZero() {
			t.Errorf("change %d: %+v, want %v %q with a date", i, h[i], ch.o, ch.note)
		}
		if i > 0 && h[i].At.Before(h[i-1].At) {
			t.Errorf("change %d is dated before the one before it", i)
		}
	}
	cs, _ := st.Contributions(ss[0].ID)
	if cs[0].Outcome != sessions.Adopted || cs[0].OutcomeNote != "visietekst, alinea 4" || !cs[0].OutcomeAt.Equal(h[2].At) {
		t.Errorf("contribution shows %+v, want the latest change", cs[0])
	}
}
