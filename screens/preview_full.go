package screens

import (
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"werkgroep/export"
)

// fullLayout is the whole of the minutes laid out at one width, made in a
// goroutine of its own so that a resize does not wait for it
// (preview.go). The goroutine only reads the minutes, which nobody
// changes, and hands its result over through done: the screen takes it
// on its own update path (adopt), or drops it (stop) when the width
// changed again first.
type fullLayout struct {
	stop atomic.Bool
	done chan struct{}
	laid [][]previewLine // set before done is closed; nil when stopped
}

func startFull(blocks []export.Block, raw []string, pieces []piece, width int) *fullLayout {
	f := &fullLayout{done: make(chan struct{})}
	go func() {
		defer close(f.done)
		colsOf := columnsAt(blocks, width)
		laid := make([][]previewLine, len(pieces))
		for i := range pieces {
			if i%64 == 0 && f.stop.Load() {
				return
			}
			laid[i] = layoutPiece(blocks, raw, pieces, i, width, colsOf)
		}
		f.laid = laid
	}()
	return f
}

// ready reports whether the whole layout is there to take.
func (f *fullLayout) ready() bool {
	select {
	case <-f.done:
		return f.laid != nil
	default:
		return false
	}
}

// adopt takes over the whole layout when it is ready: from then on the
// position is shown in lines.
func (m *minutesPreview) adopt() {
	if m.full == nil || !m.full.ready() {
		return
	}
	m.laid, m.full = m.full.laid, nil
	m.count()
}

// stopFull drops a layout that is no longer wanted.
func (m *minutesPreview) stopFull() {
	if m.full != nil {
		m.full.stop.Store(true)
		m.full = nil
	}
}

// previewLaidOutMsg says that a whole layout is ready: the screen's next
// View takes it and shows the position in lines.
type previewLaidOutMsg struct{}

// laidOut waits, off the update path, for the whole layout being made, so
// that the screen is drawn again when it is there; nil when there is none.
func (m *minutesPreview) laidOut() tea.Cmd {
	f := m.full
	if f == nil {
		return nil
	}
	return func() tea.Msg {
		<-f.done
		return previewLaidOutMsg{}
	}
}

// waitLaidOut waits until the whole layout is made and takes it (tests,
// benchmarks).
func (m *minutesPreview) waitLaidOut() {
	if m.full != nil {
		<-m.full.done
		m.adopt()
	}
}
