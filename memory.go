package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is a soft limit on the Go heap of the interactive program.
// Without it the garbage collector lets the heap grow to twice what is
// live, and the whole-process HTML export of a large werkgroep briefly
// holds enough to take the program past the 60 MB of PERFORMANCE.md
// (about 74 MB measured with tools/memory.sh, 55 MB with the limit). What
// the screens keep live is far below it (about 11 MB with the large demo),
// so the limit costs nothing in normal use; should the live heap ever pass
// it, the collector runs more often, never with more than half the CPU.
const memoryLimit = 32 << 20

// limitMemory sets memoryLimit unless GOMEMLIMIT says otherwise.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
