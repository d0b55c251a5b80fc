//go:build ttffdeps

// Built with -tags ttffdeps, ttffbase is ttffdeps: the same program with
// the libraries werkgroep must carry linked in, the pure-Go SQLite driver
// (PRODUCT.md: storage is SQLite through a pure-Go driver) and Huh
// (PRODUCT.md: Huh for forms). It does nothing with them; their package
// initialisation runs before main all the same. Its first frame is the
// floor for any program on this stack, which tools/ttffpair.sh measures
// beside ttffbase and werkgroep (PERFORMANCE.md).

package main

import (
	_ "charm.land/huh/v2"
	_ "modernc.org/sqlite"
)
