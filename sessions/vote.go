package sessions

import "slices"

// DefaultDots is how many dots each person has in a voting step unless
// the step says otherwise.
const DefaultDots = 3

// VoteSetting is how a voting step votes: the dots each person has (on
// one option or spread), and whether the minutes say who put dots where,
// each as they chose to be named; by default they give only the counts.
type VoteSetting struct {
	Dots  int
	Names bool
}

// VoteOption is one option in a voting step (StepVoting): a theme, an
// earlier contribution, or typed text. Text is what it said when it was
// made; Stickers is the count of sticker dots from paper, without names,
// or -1 when none were counted.
type VoteOption struct {
	ID             ID
	StepID         ID
	Position       int
	ThemeID        ID
	ContributionID ID
	Text           string
	Stickers       int
}

// Vote is the dots one person put on one option.
type Vote struct {
	OptionID      ID
	ParticipantID ID
	Dots          int
}

// Result is one option's tally: all its dots (a person's and stickers'),
// how many people put dots on it, and its rank; options with the same
// dots share a rank, so a tie is never one winner.
type Result struct {
	Option VoteOption
	Dots   int
	People int
	Rank   int  // 1 is the most dots
	Tied   bool // another option has the same dots
}

// Tally ranks the options by their dots, most first; equal dots share a
// rank and keep the options' own order.
func Tally(options []VoteOption, votes []Vote) []Result {
	out := make([]Result, len(options))
	at := map[ID]int{}
	for i, o := range options {
		out[i] = Result{Option: o}
		if o.Stickers > 0 {
			out[i].Dots = o.Stickers
		}
		at[o.ID] = i
	}
	for _, v := range votes {
		if i, ok := at[v.OptionID]; ok && v.Dots > 0 {
			out[i].Dots += v.Dots
			out[i].People++
		}
	}
	slices.SortStableFunc(out, func(a, b Result) int { return b.Dots - a.Dots })
	for i := range out {
		out[i].Rank = i + 1
		if i > 0 && out[i].Dots == out[i-1].Dots {
			out[i].Rank = out[i-1].Rank
		}
	}
	for i := range out {
		out[i].Tied = i > 0 && out[i].Dots == out[i-1].Dots || i+1 < len(out) && out[i].Dots == out[i+1].Dots
	}
	return out
}

// DotsOf is how many dots person p has put on the options, in all.
func DotsOf(votes []Vote, p ID) int {
	n := 0
	for _, v := range votes {
		if v.ParticipantID == p {
			n += v.Dots
		}
	}
	return n
}

// Voted reports whether person p put a dot anywhere; someone who did not
// is "not voted", which is not the same as a vote for nothing.
func Voted(votes []Vote, p ID) bool { return DotsOf(votes, p) > 0 }

// HasStickers reports whether any option has a sticker count.
func HasStickers(options []VoteOption) bool {
	for _, o := range options {
		if o.Stickers >= 0 {
			return true
		}
	}
	return false
}
