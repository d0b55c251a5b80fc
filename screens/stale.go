package screens

import "werkgroep/sessions"

// A screen loads in a command, off the update path, while its own Update
// goes on storing what is typed. A load that began before one of those
// writes holds a snapshot without it, and applying it would take the
// entry off the screen until the next change elsewhere, which may never
// come (the change feed does not report a program's own writes). So a
// load notes the store's write count when it begins, and a screen that
// receives a load from before its own latest write loads again instead.

// writeCounter is a store that counts its own writes (store.Store).
type writeCounter interface{ Writes() uint64 }

// storeWrites is st's write count, or zero for a store that keeps none.
func storeWrites(st sessions.Store) uint64 {
	if w, ok := st.(writeCounter); ok {
		return w.Writes()
	}
	return 0
}

// stale reports whether st wrote something after a load that began at
// count writes.
func stale(st sessions.Store, writes uint64) bool {
	return storeWrites(st) != writes
}
