//go:build unix

package main

import "golang.org/x/sys/unix"

// canSuspend reports whether a stopped program can be brought back: it
// runs as a job of a shell with job control, which gives each job a
// process group of its own, apart from the session leader's. A program in
// the session leader's group (the terminal's own command, as in
// tmux new 'werkgroep' or ssh host werkgroep) has no such shell: the
// kernel would ignore its stop signal, and Bubble Tea would wait for fg
// forever.
func canSuspend() bool {
	sid, err := unix.Getsid(0)
	return err == nil && unix.Getpgrp() != sid
}
