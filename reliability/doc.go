// Package reliability is the standing evidence that werkgroep loses
// nothing and breaks nothing: its tests build the real binary, run it in
// a pseudo-terminal read through a terminal emulator, and kill it, starve
// it of disk, feed it bad files and hostile input, run two of it on one
// file, and resize it. RELIABILITY.md at the top of the repository lists
// each case, the test that covers it and how to run it.
//
// The package has no code of its own; everything is in its tests.
package reliability
