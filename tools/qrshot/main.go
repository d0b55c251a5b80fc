// Command qrshot makes a picture of a terminal screen, as `tmux
// capture-pane -e -p` gives it, for a reader such as zbarimg (tools/
// termshot; tools/phones11.sh reads the QR code of werkgroep present in
// tmux with it). Usage:
//
//	tmux capture-pane -e -p -t SESSION | go run ./tools/qrshot [-light] OUT.png
package main

import (
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"

	"werkgroep/tools/termshot"
)

func main() {
	light := flag.Bool("light", false, "the terminal's theme is light (its own colours for cells without any)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: qrshot [-light] OUT.png < screen")
		os.Exit(2)
	}
	screen, err := io.ReadAll(os.Stdin)
	if err == nil {
		theme := termshot.Dark
		if *light {
			theme = termshot.Light
		}
		var f *os.File
		if f, err = os.Create(flag.Arg(0)); err == nil {
			err = png.Encode(f, termshot.Picture(string(screen), 0, theme))
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "qrshot:", err)
		os.Exit(1)
	}
}
