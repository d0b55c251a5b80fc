//go:build !unix

package main

// canSuspend: there is no job control to suspend to.
func canSuspend() bool { return false }
