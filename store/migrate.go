package store

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sync"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are applied in name order; user_version counts those applied.
// They are read on first use, not when the program starts (PERFORMANCE.md).
var migrations = sync.OnceValue(func() []string {
	entries, err := fs.ReadDir(migrationFS, "migrations") // sorted by name
	if err != nil {
		panic(err)
	}
	var out []string
	for _, e := range entries {
		if path.Ext(e.Name()) != ".sql" {
			continue
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, string(b))
	}
	return out
})

// SchemaVersion is the schema version this program writes.
func SchemaVersion() int { return len(migrations()) }

func (s *Store) migrate() error {
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	all := migrations()
	if version > len(all) {
		return &OpenError{Path: s.path, Problem: Newer, Err: fmt.Errorf("schema version %d, this program knows %d", version, len(all))}
	}
	for i := version; i < len(all); i++ {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(all[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, i+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}
