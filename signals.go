package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"werkgroep/i18n"
	"werkgroep/screens"
)

// Signals from outside (issue 11): the terminal window closed (SIGHUP),
// kill (SIGTERM), an outside SIGINT. Bubble Tea's own handler is off: it
// would end the program without the screens seeing it, and SIGHUP not at
// all. Instead each such signal becomes a screens.SignalMsg, on which the
// root saves every half-typed text at once and quits; Bubble Tea gives
// the terminal back; then the program ends as the shell expects of a
// program stopped by that signal (status 128+n: 129, 130, 143), by
// raising it again once the file is closed. ctrl+c typed in the program
// is a key, not a signal, and still ends with 0 (PRODUCT.md).

// stopSignals are the signals that stop the program after it has kept
// everything.
var stopSignals = []os.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT}

// signalWatch passes stop signals to a running program and remembers the
// first one.
type signalWatch struct {
	ch   chan os.Signal
	mu   sync.Mutex
	got  os.Signal
	done chan struct{}
}

func watchSignals(p *tea.Program) *signalWatch {
	w := &signalWatch{ch: make(chan os.Signal, 4), done: make(chan struct{})}
	signal.Notify(w.ch, stopSignals...)
	go func() {
		for {
			select {
			case sig := <-w.ch:
				w.mu.Lock()
				first := w.got == nil
				if first {
					w.got = sig
				}
				w.mu.Unlock()
				if first {
					go p.Send(screens.SignalMsg{Signal: sig}) // returns once the program has ended
				}
			case <-w.done:
				return
			}
		}
	}()
	return w
}

// signal is the first stop signal, or nil. A terminal that went away
// (reading it fails with EIO) counts as SIGHUP: the kernel sends that
// signal too, but reading may fail first.
func (w *signalWatch) signal(runErr error) os.Signal {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.got == nil && errors.Is(runErr, syscall.EIO) {
		w.got = syscall.SIGHUP
	}
	return w.got
}

// stop ends the watch. Signals stay caught until the program ends, so
// that a second one cannot cut the closing of the file short.
func (w *signalWatch) stop() { close(w.done) }

// tellSignal says why the program stopped, in the chrome language; not
// after SIGHUP, when there is no terminal to read it.
func tellSignal(stderr io.Writer, t i18n.Catalog, sig os.Signal) {
	if sig == syscall.SIGHUP {
		return
	}
	fmt.Fprintln(stderr, t.T("signal.stopped", signalName(sig)))
}

func signalName(sig os.Signal) string {
	switch sig {
	case syscall.SIGHUP:
		return "SIGHUP"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGINT:
		return "SIGINT"
	}
	return sig.String()
}

// showUnsaved puts half-typed text that could not be saved on the
// terminal, so that it can be copied: the last place it can go.
func showUnsaved(stderr io.Writer, t i18n.Catalog, texts []string) {
	if len(texts) == 0 {
		return
	}
	fmt.Fprintln(stderr, t.T("quit.lost"))
	for _, s := range texts {
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, s)
	}
}
