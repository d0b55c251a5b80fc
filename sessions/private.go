package sessions

// What is said in the group stays in the group unless it may leave it:
// a check-in remark about someone's brother belongs in the group's own
// minutes, never in a policy document. These rules decide it, so that the
// screens and every export decide alike.

// GroupOnly reports whether c is for the group only, given the step it
// was said in.
func (c Contribution) GroupOnly(st Step) bool {
	switch c.Sharing {
	case GroupOnly:
		return true
	case Shared:
		return false
	}
	return st.Private
}

// ToggledSharing is the choice that flips whether c leaves the group,
// stated explicitly so that a later change of the step's setting does not
// undo what someone chose for this one contribution.
func (c Contribution) ToggledSharing(st Step) Sharing {
	if c.GroupOnly(st) {
		return Shared
	}
	return GroupOnly
}
