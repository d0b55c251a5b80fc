//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// exitForSignal ends the program by sig's default action, so that the
// shell sees a program stopped by that signal. Should it return (the
// signal blocked by whoever started us), the status is the shell's
// number for it.
func exitForSignal(sig os.Signal) int {
	s, ok := sig.(syscall.Signal)
	if !ok {
		return 1
	}
	signal.Reset(s)
	syscall.Kill(os.Getpid(), s)
	time.Sleep(time.Second) // the signal is delivered on another thread
	return 128 + int(s)
}
