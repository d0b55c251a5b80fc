package store

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"unsafe"

	"golang.org/x/sys/unix"
)

// watchFile reports writes to the data file, its WAL and its rollback
// journal through inotify on their folder (the WAL comes and goes with
// the last connection, so the folder is watched, not the files). The
// inotify descriptor is non-blocking and handed to Go's poller, so the
// reading goroutine sleeps without a thread and closing it wakes it.
func watchFile(path string) (<-chan struct{}, func(), error) {
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		return nil, nil, fmt.Errorf("watch %s: %w", path, err)
	}
	dir, base := filepath.Split(path)
	mask := uint32(unix.IN_MODIFY | unix.IN_CREATE | unix.IN_MOVED_TO | unix.IN_CLOSE_WRITE)
	if _, err := unix.InotifyAddWatch(fd, filepath.Clean(dir), mask); err != nil {
		unix.Close(fd)
		return nil, nil, fmt.Errorf("watch %s: %w", dir, err)
	}
	f := os.NewFile(uintptr(fd), "inotify")
	names := [][]byte{[]byte(base), []byte(base + "-wal"), []byte(base + "-journal")}
	events := make(chan struct{}, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(events)
		buf := make([]byte, 16*(unix.SizeofInotifyEvent+unix.NAME_MAX+1))
		for {
			n, err := f.Read(buf)
			if err != nil {
				return
			}
			if ours(buf[:n], names) {
				select {
				case events <- struct{}{}:
				default:
				}
			}
		}
	}()
	stop := func() {
		f.Close()
		<-done
	}
	return events, stop, nil
}

// ours reports whether any event in buf names one of the file's names.
func ours(buf []byte, names [][]byte) bool {
	for off := 0; off+unix.SizeofInotifyEvent <= len(buf); {
		ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
		start := off + unix.SizeofInotifyEvent
		end := start + int(ev.Len)
		if end > len(buf) {
			return false
		}
		name := bytes.TrimRight(buf[start:end], "\x00")
		for _, n := range names {
			if bytes.Equal(name, n) {
				return true
			}
		}
		off = end
	}
	return false
}
