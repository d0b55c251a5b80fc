package main

import (
	"fmt"
	"io"
)

// runDemo is `werkgroep demo`; the demo helper replaces this body.
func runDemo(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "demo: not built yet")
	return 1
}
