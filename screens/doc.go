// Package screens holds the Bubble Tea models of werkgroep: one screen a
// file (or a folder), each with its own key map that is also its help.
//
// The root model routes: global keys first (ctrl+c, ?, q), then the active
// screen, which gives its focused input the keys before its own bindings.
// Screens talk to the data only through sessions.Store, never SQL, and to
// each other only through the messages in nav.go.
package screens
