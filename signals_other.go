//go:build !unix

package main

import (
	"os"
	"syscall"
)

// exitForSignal is the status of a program stopped by sig, as a shell
// would count it; outside Unix a signal cannot be raised again.
func exitForSignal(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}
