package screens

import "werkgroep/sessions"

// votingKind is dot voting as a kind: its own screen per step.
func votingKind() stepKind {
	return stepKind{
		kind: sessions.StepVoting,
		hint: "session.voting.hint",
		open: NewVotes,
	}
}
