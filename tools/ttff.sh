#!/usr/bin/env bash
# Measures werkgroep's time to first frame on the large demo file against a
# minimal Bubble Tea v2 program, side by side in one run (PERFORMANCE.md).
# Usage: tools/ttff.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
(cd ../shared/tools/ttff && go build -o "$dir/ttff" .)
go build -o "$dir/werkgroep" .
go build -o "$dir/ttffbase" ./tools/ttffbase
"$dir/werkgroep" demo --size large --data "$dir/large.db" >/dev/null 2>&1
marker="groot voorbeeld"
for i in 1 2; do
	"$dir/ttff" -n "$runs" -marker "$marker" -- "$dir/ttffbase"
	"$dir/ttff" -n "$runs" -marker "$marker" -- "$dir/werkgroep" --data "$dir/large.db"
done
