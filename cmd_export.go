package main

import (
	"fmt"
	"io"
)

// runExport is `werkgroep export`; the export helper replaces this body.
func runExport(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "export: not built yet")
	return 1
}
