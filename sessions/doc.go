// Package sessions is the domain of werkgroep, in plain Go.
//
// A Werkgroep runs a process of Sessions; each Session has an agenda of Steps.
// Participants attend sessions and make Contributions during a step; each
// contribution has a Kind and, later, an Outcome (what was done with it).
// Sessions also record Decisions and Actions, and Placements on the tension
// schema. The Store interface is how the rest of the program reads and
// writes all of it; package store implements it on SQLite.
//
// Read model.go first: it is the whole model on one screen.
package sessions
