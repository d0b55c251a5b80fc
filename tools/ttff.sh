#!/usr/bin/env bash
# Measures werkgroep's time to first frame on the large demo file against a
# minimal Bubble Tea v2 program, side by side in one run (PERFORMANCE.md).
# Usage: tools/ttff.sh [runs]
set -euo pipefail
runs=${1:-20}
. "$(dirname "$0")/ttffsetup.sh"
for i in 1 2; do
	"$dir/ttff" -n "$runs" -marker "$marker" -- "$dir/ttffbase"
	"$dir/ttff" -n "$runs" -marker "$marker" -- "$dir/werkgroep" --data "$dir/large.db"
done
