package store

// A store can type for a person (werkgroep serve: the public key of one
// SSH connection, migration 007). Its drafts are that person's: when the
// connection has ended, they are offered to the next store of the same
// person only, not to whoever opens the step next (another note-taker,
// or the facilitator's own program), and storing in that step elsewhere
// does not take them over. The row of a person's program is kept when it
// closes the file with drafts left, because the row is what says whose
// they are; it goes once they are taken over (forgetEnded).

// SetPerson makes this store type for person; it is called before the
// first draft, right after Open.
func (s *Store) SetPerson(person string) {
	s.prog.mu.Lock()
	defer s.prog.mu.Unlock()
	s.prog.person = person
}

// person is this store's person; ” for an ordinary program.
func (s *Store) person() string {
	s.prog.mu.Lock()
	defer s.prog.mu.Unlock()
	return s.prog.person
}

// offered reports whether a draft of row owner (read as r) goes to this
// store: its own, or an ended program's of the same person. A draft
// without a row (r.person null) is an ordinary program's.
func (s *Store) offered(me, owner int64, r run, mine string) bool {
	if owner == me {
		return true
	}
	return r.person.String == mine && !s.running(owner, r)
}
