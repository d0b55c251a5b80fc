package screens

import "werkgroep/sessions"

// A following program reads its session again at every change another
// program makes (issue 15), and the contributions were most of that read:
// 20 ms for the 2,600 of the large demo's session, read one row at a time
// through the driver. The store notes which contributions changed
// (migration 010), so after the first load the session screen reads only
// those: the rows added, edited or moved in since the last read, and the
// ones gone, applied to what it read before. TestReadingOnlyWhatChanged
// holds the result to a whole read.

// changeReader is a store that notes changed contributions (store.Store).
type changeReader interface {
	ContributionMark() (int64, error)
	ContributionChanges(session sessions.ID, mark int64) ([]sessions.Contribution, []sessions.ID, int64, error)
}

// contributionsRead is a session's contributions as a load read them, in
// the order they were made (by ID), and the store's mark they are as of.
// all is never changed in place: a load makes a new one.
type contributionsRead struct {
	all    []sessions.Contribution
	mark   int64
	marked bool // read with a mark; else the next load reads all again
}

// readContributions reads a session's contributions: what changed since
// read, when read has a mark, else all of them.
func readContributions(st sessions.Store, se sessions.ID, read contributionsRead) (contributionsRead, error) {
	cr, ok := st.(changeReader)
	if !ok {
		all, err := st.Contributions(se)
		return contributionsRead{all: all}, err
	}
	if !read.marked {
		mark, err := cr.ContributionMark() // before the rows: see ContributionChanges
		if err != nil {
			return contributionsRead{}, err
		}
		all, err := st.Contributions(se)
		return contributionsRead{all: all, mark: mark, marked: true}, err
	}
	changed, gone, next, err := cr.ContributionChanges(se, read.mark)
	if err != nil {
		return contributionsRead{}, err
	}
	if len(changed) == 0 && len(gone) == 0 {
		return contributionsRead{all: read.all, mark: next, marked: true}, nil
	}
	return contributionsRead{all: mergeChanges(read.all, changed, gone), mark: next, marked: true}, nil
}

// mergeChanges is all with the changed rows in their place (all and
// changed are in ID order) and the gone ones left out, as a new slice.
func mergeChanges(all, changed []sessions.Contribution, gone []sessions.ID) []sessions.Contribution {
	out := make([]sessions.Contribution, 0, len(all)+len(changed))
	isGone := make(map[sessions.ID]bool, len(gone))
	for _, id := range gone {
		isGone[id] = true
	}
	i, j := 0, 0
	for i < len(all) || j < len(changed) {
		switch {
		case j == len(changed) || (i < len(all) && all[i].ID < changed[j].ID):
			if !isGone[all[i].ID] {
				out = append(out, all[i])
			}
			i++
		case i == len(all) || changed[j].ID < all[i].ID:
			out = append(out, changed[j])
			j++
		default: // the same row, as it is now
			out = append(out, changed[j])
			i, j = i+1, j+1
		}
	}
	return out
}
