package sessions

import "testing"

func TestMergeKeepsChangesOfBothSides(t *testing.T) {
	base := Contribution{ID: 1, StepID: 10, Kind: Inbreng, Text: "Meer bankjes", Version: 1}
	mine := base
	mine.Text = "Meer bankjes bij het water"
	theirs := base
	theirs.StepID, theirs.Version = 11, 2
	got, ok := MergeContribution(base, mine, theirs, Ask)
	if !ok || got.Text != mine.Text || got.StepID != 11 || got.Version != 2 {
		t.Errorf("text here, step there: got %+v ok %v", got, ok)
	}
	theirs.Text = "Minder bankjes"
	if got, ok := MergeContribution(base, mine, theirs, Ask); ok || got.Text != theirs.Text {
		t.Errorf("both changed the text: got %+v ok %v, want a clash keeping theirs", got, ok)
	}
	if got, _ := MergeContribution(base, mine, theirs, MineWins); got.Text != mine.Text || got.StepID != 11 {
		t.Errorf("mine over theirs: got %+v, want my text on their step", got)
	}
	theirs.Text = mine.Text // the same change on both sides is no clash
	if _, ok := MergeContribution(base, mine, theirs, Ask); !ok {
		t.Error("the same text on both sides was called a clash")
	}

	pb := Placement{Dimension: 1, Now: 3, Wish: 5, Version: 1}
	pm, pt := pb, pb
	pm.Now, pt.Wish = 4, 6
	if got, ok := MergePlacement(pb, pm, pt, Ask); !ok || got.Now != 4 || got.Wish != 6 {
		t.Errorf("now here, wish there: got %+v ok %v", got, ok)
	}
	pt.Now = 2
	if _, ok := MergePlacement(pb, pm, pt, Ask); ok {
		t.Error("both moved now: no clash")
	}

	ab := Action{What: "Wijkschouw", Owners: []Owner{{Name: "gemeente"}}}
	am, at := ab, ab
	am.Owners = []Owner{{ParticipantID: 3}}
	at.Due = "2027-02-01"
	if got, ok := MergeAction(ab, am, at, Ask); !ok || got.Due != at.Due || got.Owners[0].ParticipantID != 3 {
		t.Errorf("owners here, date there: got %+v ok %v", got, ok)
	}
	at.Owners = []Owner{{Name: "ANE"}}
	if _, ok := MergeAction(ab, am, at, Ask); ok {
		t.Error("both changed the owners: no clash")
	}
}
