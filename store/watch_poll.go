//go:build !linux

package store

import "errors"

// watchFile has no file watch outside Linux yet: the Watcher reads
// data_version every pollEvery instead, one cheap read on the store's
// connection (see PERFORMANCE.md, "The room").
func watchFile(string) (<-chan struct{}, func(), error) {
	return nil, nil, errors.New("no file watch on this system")
}
