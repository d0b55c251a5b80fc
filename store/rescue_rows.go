package store

import (
	"database/sql"
	"slices"
	"strings"
)

// copyTable copies what can be read of one table: in rowid order while
// that works, then row by row up to the largest rowid, so that one
// unreadable page costs only the rows on it. lost is the number of rows
// that failed to read, or -1 when nothing of the table could be read.
func copyTable(from *sql.DB, to *sql.Tx, table string, cols []string) (copied, lost int, err error) {
	list := `"` + strings.Join(cols, `", "`) + `"`
	ins, err := to.Prepare(`INSERT OR IGNORE INTO "` + table + `" (` + list + `) VALUES (?` + strings.Repeat(", ?", len(cols)-1) + `)`)
	if err != nil {
		return 0, 0, err
	}
	defer ins.Close()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols)+1)
	var rowid int64
	ptrs[0] = &rowid
	for i := range vals {
		ptrs[i+1] = &vals[i]
	}
	last, started := int64(0), false
	rows, err := from.Query(`SELECT rowid, ` + list + ` FROM "` + table + `" ORDER BY rowid`)
	if err == nil {
		for rows.Next() {
			if rows.Scan(ptrs...) != nil {
				break
			}
			if _, err := ins.Exec(vals...); err != nil {
				rows.Close()
				return copied, lost, err
			}
			copied++
			last, started = rowid, true
		}
		err = rows.Err()
		rows.Close()
	}
	if err == nil {
		return copied, 0, nil
	}
	// Part of the table could not be read: look each further row up by
	// its rowid, which reaches it through other pages of the tree.
	var top sql.NullInt64
	if from.QueryRow(`SELECT max(rowid) FROM "`+table+`"`).Scan(&top) != nil || !top.Valid {
		if !started {
			return 0, -1, nil
		}
		return copied, 1, nil
	}
	one := `SELECT rowid, ` + list + ` FROM "` + table + `" WHERE rowid = ?`
	for id := last + 1; id <= top.Int64; id++ {
		err := from.QueryRow(one, id).Scan(ptrs...)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			lost++
			continue
		}
		if _, err := ins.Exec(vals...); err != nil {
			return copied, lost, err
		}
		copied++
	}
	if lost == 0 {
		lost = 1 // the page that stopped the scan held at least one row
	}
	return copied, lost, nil
}

// dropOrphans removes rows that point at a row that was lost, until none
// is left, and says how many it removed.
func dropOrphans(tx *sql.Tx) (int, error) {
	removed := 0
	for {
		rows, err := tx.Query(`PRAGMA foreign_key_check`)
		if err != nil {
			return removed, err
		}
		type orphan struct {
			table string
			rowid int64
		}
		var found []orphan
		for rows.Next() {
			var o orphan
			var parent string
			var fk int
			var id sql.NullInt64
			if err := rows.Scan(&o.table, &id, &parent, &fk); err != nil {
				rows.Close()
				return removed, err
			}
			o.rowid = id.Int64
			found = append(found, o)
		}
		rows.Close()
		if len(found) == 0 {
			return removed, nil
		}
		for _, o := range found {
			res, err := tx.Exec(`DELETE FROM "`+o.table+`" WHERE rowid = ?`, o.rowid)
			if err != nil {
				return removed, err
			}
			n, _ := res.RowsAffected()
			removed += int(n)
		}
	}
}

// column is the first column of a query's rows, as text.
func column(db *sql.DB, q string, args ...any) ([]string, error) {
	rows, err := db.Query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// common is the names in want that have also has, in want's order.
func common(want, has []string) []string {
	var out []string
	for _, c := range want {
		if slices.Contains(has, c) {
			out = append(out, c)
		}
	}
	return out
}
