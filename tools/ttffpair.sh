#!/usr/bin/env bash
# Time to first frame of werkgroep on the large demo against the minimal
# program (tools/ttffbase), like tools/ttff.sh, but alternating the two run
# by run, so that both see the same load on a busy machine; prints both
# medians and their ratio (PERFORMANCE.md). Each ttff call warms up once.
# Usage: tools/ttffpair.sh [pairs] (default 30).
set -euo pipefail
pairs=${1:-30}
. "$(dirname "$0")/ttffsetup.sh"
once() { "$dir/ttff" -n 1 -marker "$marker" -- "$@" | sed -n 's/.*median \([0-9.]*\).*/\1/p'; }
for _ in $(seq "$pairs"); do
	echo "$(once "$dir/ttffbase") $(once "$dir/werkgroep" --data "$dir/large.db")"
done >"$dir/pairs"
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
base=$(cut -d' ' -f1 "$dir/pairs" | median)
wg=$(cut -d' ' -f2 "$dir/pairs" | median)
ratio=$(awk '{print $2/$1}' "$dir/pairs" | median)
printf 'first-frame ms, %d pairs: ttffbase median %.2f, werkgroep median %.2f; ratio of medians %.2f, median ratio %.2f\n' \
	"$pairs" "$base" "$wg" "$(awk -v a="$wg" -v b="$base" 'BEGIN {print a/b}')" "$ratio"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
